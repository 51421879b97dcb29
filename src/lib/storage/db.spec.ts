import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import v1 from './fixtures/v1.json';
import { AppDb } from './app-db';
import { stamp } from './db';
import { PERSONAL_TABLES } from './schema';

type Fixture = { version: number; stores: Record<string, string>; records: Record<string, unknown[]> };

/** Writes a fixture exactly as that old version of the app would have, then closes it. */
async function writeFixture(name: string, fixture: Fixture): Promise<void> {
	const old = new Dexie(name);
	old.version(fixture.version).stores(fixture.stores);
	await old.open();
	for (const [table, rows] of Object.entries(fixture.records)) await old.table(table).bulkAdd(rows);
	old.close();
}

describe('database schema and migrations', () => {
	it('opens a version-1 database with the current code and keeps every record', async () => {
		await writeFixture('migrate-v1', v1 as Fixture);
		const db = new AppDb('migrate-v1');
		await db.open();
		for (const [table, rows] of Object.entries((v1 as Fixture).records)) {
			const stored = await db.table(table).toArray();
			expect(stored, table).toHaveLength(rows.length);
			for (const row of rows) expect(stored, table).toContainEqual(expect.objectContaining(row as object));
		}
		// Version 2 added the safety plan: the old database gains the table, empty, and takes a plan.
		expect(db.verno).toBe(2);
		expect(await db.safetyPlans.count()).toBe(0);
		const profileId = (v1 as Fixture).records.profiles![0] as { id: string };
		await db.safetyPlans.add(stamp({ profileId: profileId.id, helperIds: [], reasons: 'Mijn kinderen' }));
		expect(await db.safetyPlans.where('profileId').equals(profileId.id).count()).toBe(1);
		db.close();
	});

	it('keeps text exactly as typed: emoji, HTML-like text, right-to-left', async () => {
		const db = new AppDb('exact-text');
		const person = stamp({
			profileId: 'p',
			name: 'سارة <script>alert(1)</script> 🌷',
			circle: 'close' as const,
			group: 'friends' as const,
			supports: []
		});
		await db.people.add(person);
		expect((await db.people.get(person.id))?.name).toBe(person.name);
		db.close();
	});

	it('stores text without bidi overrides, whichever way it is written (add, update, bulkPut)', async () => {
		const db = new AppDb('bidi-controls');
		const person = stamp({
			profileId: 'p',
			name: 'Ann\u202Elive',
			circle: 'close' as const,
			group: 'friends' as const,
			supports: [],
			note: 'سارة \u2067x\u2069'
		});
		await db.people.add(person);
		expect(await db.people.get(person.id)).toMatchObject({ name: 'Annlive', note: 'سارة x' });
		await db.people.update(person.id, { name: 'Bo\u202Db' });
		expect((await db.people.get(person.id))?.name).toBe('Bob');
		await db.people.bulkPut([{ ...person, id: 'restored', name: '\u202Blive' }]);
		expect((await db.people.get('restored'))?.name).toBe('live');
		db.close();
	});

	it('gives every new record an id and time stamps', () => {
		const record = stamp({ text: 'Ik kan goed luisteren' }, 1000);
		expect(record).toMatchObject({ text: 'Ik kan goed luisteren', createdAt: 1000, updatedAt: 1000 });
		expect(record.id).toMatch(/^[0-9a-f-]{32,36}$/);
		expect(stamp({}).id).not.toBe(record.id);
	});

	it('lists every table that holds personal records', () => {
		const db = new AppDb('tables');
		const names = db.tables.map((t) => t.name);
		for (const table of PERSONAL_TABLES) expect(names).toContain(table);
		expect(PERSONAL_TABLES).not.toContain('settings');
		db.close();
	});
});

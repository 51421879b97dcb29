import fc from 'fast-check';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { profiles } from '$lib/profile/profiles.svelte';
import { db, PERSONAL_TABLES, type PersonalTable } from '$lib/storage';
import {
	checkinsQuery,
	conversationQuery,
	goalsQuery,
	peopleQuery,
	stepsQuery,
	strengthsQuery
} from '$lib/goals/queries';
import { BackupError, createBackup, parseBackup, unlockBackup, type BackupData } from './envelope';
import { collectAll, restoreBackup } from './restore';
import { profileData } from './testdata';
import plainV1 from './fixtures/backup-v1-plain.json';
import encryptedV1 from './fixtures/backup-v1-encrypted.json';

// Issue 14: the reader, the writer and restore apply one set of schemas (src/lib/storage/records.ts).

const RUNS = { numRuns: 12 };
// Property runs write to IndexedDB many times; a shared, busy machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 60_000 });

async function freshDatabase(): Promise<void> {
	await Promise.all(db().tables.map((table) => table.clear()));
	profiles.forget();
}

async function everything(): Promise<Record<string, unknown[]>> {
	return Object.fromEntries(
		await Promise.all(db().tables.map(async (table) => [table.name, await table.toArray()] as const))
	);
}

/** Ways a single record can be unusable, each reproduced by a resident's or a coach's file. */
const BREAKAGES: {
	table: PersonalTable;
	name: string;
	breakIt: (record: Record<string, unknown>) => void;
}[] = [
	{ table: 'people', name: 'supports is a string', breakIt: (r) => (r.supports = 'practical') },
	{ table: 'people', name: 'unknown circle', breakIt: (r) => (r.circle = 'inner') },
	{ table: 'people', name: 'name is a number', breakIt: (r) => (r.name = 42) },
	{ table: 'people', name: 'orphan', breakIt: (r) => (r.profileId = 'nobody') },
	{ table: 'goals', name: 'unknown status', breakIt: (r) => (r.status = 'someday') },
	{ table: 'steps', name: 'done is text', breakIt: (r) => (r.done = 'ja') },
	{ table: 'strengths', name: 'no id', breakIt: (r) => delete r.id },
	{ table: 'checkins', name: 'score 9', breakIt: (r) => (r.ratings = { money: { score: 9, talk: true } }) },
	{ table: 'profiles', name: 'unknown kind', breakIt: (r) => (r.kind = 'admin') }
];

/** A valid data set with at least one record in each table the breakages touch. */
const filled = profileData(8).filter((data) =>
	(['people', 'goals', 'steps', 'strengths', 'checkins'] as const).every((t) => data[t].length > 0)
);

beforeEach(freshDatabase);

describe('backup → restore keeps every valid data set visible in every room', () => {
	it('survives a round trip into a fresh database, through each room’s queries', async () => {
		await fc.assert(
			fc.asyncProperty(profileData(20), async (data) => {
				await freshDatabase();
				const file = parseBackup(JSON.stringify(await createBackup(data, { appVersion: 'test' })));
				await restoreBackup(await unlockBackup(file), 'add');
				expect(await peopleQuery()).toHaveLength(data.people.length);
				expect(await goalsQuery()).toHaveLength(data.goals.length);
				expect(await stepsQuery()).toHaveLength(data.steps.length);
				expect(await strengthsQuery()).toHaveLength(data.strengths.length);
				expect(await checkinsQuery()).toHaveLength(data.checkins.length);
				expect(await conversationQuery()).toEqual(data.conversations[0]);
			}),
			RUNS
		);
	});

	it('restores the frozen fixtures completely', async () => {
		const plain = await unlockBackup(parseBackup(JSON.stringify(plainV1)));
		const encrypted = await unlockBackup(parseBackup(JSON.stringify(encryptedV1)), 'zeilboot tulp 42 🌷');
		for (const data of [plain, encrypted]) {
			await freshDatabase();
			await restoreBackup(data, 'replace');
			for (const table of PERSONAL_TABLES)
				expect(await db().table(table).toArray(), table).toEqual(data[table]);
		}
	});
});

describe('a single unusable record changes nothing', () => {
	for (const breakage of BREAKAGES) {
		it(`${breakage.table}: ${breakage.name}`, async () => {
			await fc.assert(
				fc.asyncProperty(filled, fc.nat(), async (data, pick) => {
					await freshDatabase();
					// The device already holds the valid set: a refused file must leave exactly that.
					await restoreBackup(data, 'replace');
					const before = await everything();
					const bad: BackupData = structuredClone(data);
					const rows = bad[breakage.table] ?? [];
					breakage.breakIt(rows[pick % rows.length]!);

					// The reader refuses the file with a named problem...
					const file = JSON.stringify(await createBackup(data, { appVersion: 'test' }));
					const tampered = JSON.stringify({ ...JSON.parse(file), data: bad });
					expect(() => parseBackup(tampered)).toThrow(BackupError);
					// ...and restore itself refuses it too, in either mode, leaving everything as it was.
					for (const mode of ['add', 'replace'] as const) {
						await expect(restoreBackup(bad, mode)).rejects.toThrow(BackupError);
						expect(await everything()).toEqual(before);
					}
				}),
				{ numRuns: 4 }
			);
		});
	}

	it('names the record and its problem for the message', () => {
		const data = structuredClone(plainV1.data) as unknown as BackupData;
		data.people[1]!.supports = 'practical';
		const file = JSON.stringify({ ...plainV1, data });
		let error: unknown;
		try {
			parseBackup(file);
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(BackupError);
		expect(error).toMatchObject({ problem: 'invalidRecord', detail: { table: 'people', number: 2 } });
	});
});

describe('the backup writer never writes what the reader refuses', () => {
	it('leaves out orphans and unusable records it finds on the device', async () => {
		const junk = fc.constantFrom<[PersonalTable, Record<string, unknown>]>(
			[
				'people',
				{
					id: 'x1',
					profileId: 'gone',
					name: 'Wees',
					circle: 'close',
					group: 'other',
					supports: [],
					createdAt: 1,
					updatedAt: 1
				}
			],
			[
				'people',
				{
					id: 'x2',
					profileId: 'p1',
					name: 7,
					circle: 'close',
					group: 'other',
					supports: [],
					createdAt: 1,
					updatedAt: 1
				}
			],
			['goals', { id: 'x3', profileId: 'gone', title: 'Weg', status: 'active', createdAt: 1, updatedAt: 1 }],
			['strengths', { id: 'x4', profileId: 'p1', text: ['geen tekst'], createdAt: 1, updatedAt: 1 }]
		);
		await fc.assert(
			fc.asyncProperty(profileData(10), fc.array(junk, { maxLength: 4 }), async (data, extras) => {
				await freshDatabase();
				await restoreBackup(data, 'replace');
				// Stored before writes were checked (or by a tab of an older version): around today's checks.
				const older = new Dexie(db().name);
				await older.open();
				for (const [table, record] of extras) await older.table(table).put(record);
				older.close();
				const written = JSON.stringify(await createBackup(await collectAll(), { appVersion: 'test' }));
				const read = await unlockBackup(parseBackup(written));
				expect(read.people).toHaveLength(data.people.length);
				expect(read.strengths).toHaveLength(data.strengths.length);
			}),
			RUNS
		);
	});
});

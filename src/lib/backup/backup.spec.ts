import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppDb } from '$lib/storage/app-db';
import { toBase64Url } from './bytes';
import {
	BackupError,
	backupFileName,
	createBackup,
	isEncrypted,
	parseBackup,
	summarize,
	unlockBackup,
	type BackupData,
	type BackupProblem
} from './envelope';
import { collectAll, restoreBackup } from './restore';
import { profileData } from './testdata';
import plainV1 from './fixtures/backup-v1-plain.json';
import encryptedV1 from './fixtures/backup-v1-encrypted.json';

/** The passphrase of fixtures/backup-v1-encrypted.json. */
const FIXTURE_PASSPHRASE = 'zeilboot tulp 42 🌷';

async function problemOf(run: () => unknown): Promise<BackupProblem | undefined> {
	try {
		await run();
	} catch (error) {
		if (error instanceof BackupError) return error.problem;
		throw error;
	}
	return undefined;
}

const sample: BackupData = {
	profiles: [{ id: 'p1', name: 'Sara', kind: 'own', createdAt: 1, updatedAt: 1 }],
	people: [
		{
			id: 'a',
			profileId: 'p1',
			name: 'Oma 🌷',
			circle: 'close',
			group: 'family',
			supports: [],
			createdAt: 1,
			updatedAt: 1
		}
	],
	snapshots: [],
	goals: [],
	steps: [],
	strengths: [{ id: 's', profileId: 'p1', text: 'Ik ben geduldig', createdAt: 1, updatedAt: 1 }],
	checkins: [],
	conversations: [],
	favourites: [],
	safetyPlans: [
		{ id: 'plan', profileId: 'p1', reasons: 'Mijn dochter', helperIds: ['a'], createdAt: 1, updatedAt: 1 }
	]
};

/** An encrypted backup of the sample, typed as one. */
async function sealedBackup() {
	const file = await createBackup(sample, { appVersion: '0.1.0', passphrase: 'goed' });
	if (!isEncrypted(file)) throw new Error('expected an encrypted backup');
	return file;
}

describe('backup envelope', () => {
	it('names the file with the local date', () => {
		expect(backupFileName(new Date(2026, 0, 5))).toBe('aan-het-roer-backup-2026-01-05.json');
	});

	it('says in the file name that a file has a passphrase', () => {
		expect(backupFileName(new Date(2026, 11, 5), true)).toBe(
			'aan-het-roer-backup-met-wachtwoord-2026-12-05.json'
		);
	});

	it('round-trips generated profiles through a plain file', async () => {
		await fc.assert(
			fc.asyncProperty(profileData(), async (data) => {
				const file = await createBackup(data, { appVersion: '0.1.0' });
				const parsed = parseBackup(JSON.stringify(file));
				expect(await unlockBackup(parsed)).toEqual(data);
			}),
			{ numRuns: 25 }
		);
	});

	it('round-trips generated profiles through an encrypted file', async () => {
		await fc.assert(
			fc.asyncProperty(profileData(200), fc.string({ minLength: 1, maxLength: 30 }), async (data, pass) => {
				const file = await createBackup(data, { appVersion: '0.1.0', passphrase: pass });
				const text = JSON.stringify(file);
				expect(text).not.toContain('"people"');
				expect(await unlockBackup(parseBackup(text), pass)).toEqual(data);
			}),
			{ numRuns: 3 }
		);
	}, 60_000);

	it('summarizes what a file holds', async () => {
		const file = await createBackup(sample, { appVersion: '0.1.0', now: new Date('2026-03-01T10:00:00Z') });
		expect(summarize(file, sample)).toEqual({
			createdAt: '2026-03-01T10:00:00.000Z',
			profiles: ['Sara'],
			counts: expect.objectContaining({ people: 1, strengths: 1, goals: 0 })
		});
	});
});

describe('malformed backups each get their own problem and change nothing', () => {
	it('wrong passphrase', async () => {
		const file = await createBackup(sample, { appVersion: '0.1.0', passphrase: 'goed' });
		expect(await problemOf(() => unlockBackup(parseBackup(JSON.stringify(file)), 'fout'))).toBe(
			'wrongPassphrase'
		);
		expect(await problemOf(() => unlockBackup(parseBackup(JSON.stringify(file))))).toBe('needsPassphrase');
	});

	it('every changed byte of an encrypted file is detected', async () => {
		const file = await sealedBackup();
		const text = JSON.stringify(file);
		const ct = file.encrypted.ciphertext;
		const start = text.indexOf(ct);
		// A spread of positions in the ciphertext (including the tag at the end) and in the header.
		const positions = [
			...Array.from({ length: 10 }, (_, i) => start + Math.floor((i * ct.length) / 10)),
			start + ct.length - 1,
			text.indexOf(file.createdAt) + 3,
			text.indexOf(file.appVersion)
		];
		for (const at of positions) {
			const flipped = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
			const problem = await problemOf(() => unlockBackup(parseBackup(flipped), 'goed'));
			expect(['tampered', 'damaged', 'notJson', 'truncated'], `position ${at}`).toContain(problem);
		}
	}, 60_000);

	it('a changed iv or salt is detected', async () => {
		const file = await sealedBackup();
		const iv = {
			...file,
			encrypted: {
				...file.encrypted,
				cipher: { name: 'AES-GCM' as const, iv: toBase64Url(new Uint8Array(12)) }
			}
		};
		expect(await problemOf(() => unlockBackup(parseBackup(JSON.stringify(iv)), 'goed'))).toBe('tampered');
		const salt = {
			...file,
			encrypted: { ...file.encrypted, kdf: { ...file.encrypted.kdf, salt: toBase64Url(new Uint8Array(16)) } }
		};
		expect(await problemOf(() => unlockBackup(parseBackup(JSON.stringify(salt)), 'goed'))).toBe(
			'wrongPassphrase'
		);
	});

	it('refuses absurd key-derivation work at once', async () => {
		const file = await sealedBackup();
		for (const iterations of [1e12, 1000, 600_000.5, -1]) {
			const evil = { ...file, encrypted: { ...file.encrypted, kdf: { ...file.encrypted.kdf, iterations } } };
			expect(await problemOf(() => parseBackup(JSON.stringify(evil)))).toBe('kdfRefused');
		}
	});

	it('newer version, other app, truncated, not JSON, too large, damaged records', async () => {
		const file = await createBackup(sample, { appVersion: '0.1.0' });
		const text = JSON.stringify(file);
		expect(await problemOf(() => parseBackup(JSON.stringify({ ...file, version: 2 })))).toBe('newerVersion');
		expect(await problemOf(() => parseBackup(JSON.stringify({ format: 'other', data: {} })))).toBe(
			'otherApp'
		);
		expect(await problemOf(() => parseBackup('[1,2,3]'))).toBe('otherApp');
		expect(await problemOf(() => parseBackup(text.slice(0, text.length / 2)))).toBe('truncated');
		expect(await problemOf(() => parseBackup('hallo'))).toBe('notJson');
		expect(await problemOf(() => parseBackup(' '.repeat(20 * 1024 * 1024)))).toBe('tooLarge');
		const orphan = { ...sample, people: [{ ...sample.people[0], profileId: 'nobody' }] };
		expect(await problemOf(() => parseBackup(JSON.stringify({ ...file, data: orphan })))).toBe('orphan');
		expect(await problemOf(() => parseBackup(JSON.stringify({ ...file, data: { people: 'x' } })))).toBe(
			'damaged'
		);
	});
});

describe('restoring into the database', () => {
	it('replaces everything or adds, in one transaction', async () => {
		const db = new AppDb('restore-test');
		await db.profiles.add({ id: 'old', name: 'Oud', kind: 'own', createdAt: 0, updatedAt: 0 });
		await restoreBackup(sample, 'add', db);
		expect((await db.profiles.toArray()).map((p) => p.id).sort()).toEqual(['old', 'p1']);
		await restoreBackup(sample, 'replace', db);
		expect(await collectAll(db)).toEqual(sample);
		db.close();
	});

	it('changes nothing when a write fails half way', async () => {
		const db = new AppDb('restore-fail');
		await restoreBackup(sample, 'replace', db);
		const bad = {
			...sample,
			strengths: [
				{ id: undefined as unknown as string, profileId: 'p1', text: 'x', createdAt: 1, updatedAt: 1 }
			]
		};
		await expect(restoreBackup(bad, 'replace', db)).rejects.toThrow();
		expect(await collectAll(db)).toEqual(sample);
		db.close();
	});
});

describe('committed fixture files keep importing', () => {
	it('version 1, plain', async () => {
		const data = await unlockBackup(parseBackup(JSON.stringify(plainV1)));
		expect(data.profiles[0]).toMatchObject({ name: 'Sara' });
		expect(data.people.length).toBeGreaterThan(0);
		const db = new AppDb('fixture-plain');
		await restoreBackup(data, 'replace', db);
		expect(await db.people.count()).toBe(data.people.length);
		db.close();
	});

	it('version 1, encrypted', async () => {
		const data = await unlockBackup(parseBackup(JSON.stringify(encryptedV1)), FIXTURE_PASSPHRASE);
		// A file made before the safety plan existed reads as having none, not as damaged.
		expect(data).toEqual({ ...(plainV1 as { data: BackupData }).data, safetyPlans: [] });
	});
});

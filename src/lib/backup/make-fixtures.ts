/**
 * Writes the committed fixture files once per backup format version: `npx tsx src/lib/backup/make-fixtures.ts`.
 * Never regenerate an existing version's fixture: it stands for files residents already have.
 */
import { writeFileSync } from 'node:fs';
import { createBackup, type BackupData } from './envelope.ts';

const t = Date.UTC(2026, 10, 1);
const base = { profileId: 'p1', createdAt: t, updatedAt: t };
const data: BackupData = {
	profiles: [{ id: 'p1', name: 'Sara', kind: 'own', createdAt: t, updatedAt: t }],
	people: [
		{
			id: 'n1',
			...base,
			name: 'Oma Fatma 🌷',
			circle: 'close',
			group: 'family',
			supports: ['listening', 'care'],
			energy: 'gives'
		},
		{
			id: 'n2',
			...base,
			name: 'Buurvrouw Ans',
			circle: 'further',
			group: 'neighbours',
			supports: ['practical'],
			canAsk: 'Boodschappen'
		},
		{ id: 'n3', ...base, name: 'سارة', circle: 'far', group: 'friends', supports: [] }
	],
	snapshots: [],
	goals: [
		{ id: 'g1', ...base, title: 'Minder schulden', area: 'money', status: 'active', breakthrough: true }
	],
	steps: [
		{ id: 's1', ...base, goalId: 'g1', title: 'Bel het Geldloket', order: 0, helperIds: ['n2'], done: false }
	],
	strengths: [{ id: 'k1', ...base, text: 'Ik geef niet op' }],
	checkins: [{ id: 'c1', ...base, date: '2026-10-30', ratings: { money: { score: 2, talk: true } } }],
	conversations: [{ id: 'v1', ...base, question: 'Hoe krijg ik rust in mijn geldzaken?' }],
	favourites: [{ id: 'f1', ...base, activityId: 'act-1' }]
};
const dir = new URL('./fixtures/', import.meta.url);
const now = new Date(t);
writeFileSync(
	new URL('backup-v1-plain.json', dir),
	JSON.stringify(await createBackup(data, { appVersion: '0.1.0', now }), null, '\t') + '\n'
);
writeFileSync(
	new URL('backup-v1-encrypted.json', dir),
	JSON.stringify(
		await createBackup(data, { appVersion: '0.1.0', now, passphrase: 'zeilboot tulp 42 🌷' }),
		null,
		'\t'
	) + '\n'
);

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { profileData } from '$lib/backup/testdata';
import type { BackupData } from '$lib/backup/envelope';
import type { CheckIn, Conversation, Goal, Person, SafetyPlan, Step, Strength } from '$lib/storage/schema';
import { fromBase64Url, toBase64Url } from '$lib/backup/bytes';
import {
	OPT_IN_PARTS,
	SHARE_PARTS,
	forSending,
	fromWire,
	pickShared,
	toWire,
	type SharePart,
	type ShareSource
} from './compact';
import { buildShareLink, decodeShare, encodeShare, fitsBudget, ShareError, type ShareProblem } from './link';
import { partsWithContent, sharedToRecords } from './source';
import { typicalSource } from './typical';

function sourceOf(data: BackupData): ShareSource {
	return {
		profileName: String(data.profiles[0]?.name ?? ''),
		people: data.people as unknown as Person[],
		goals: data.goals as unknown as Goal[],
		steps: data.steps as unknown as Step[],
		strengths: data.strengths as unknown as Strength[],
		checkins: data.checkins as unknown as CheckIn[],
		conversation: data.conversations[0] as unknown as Conversation | undefined,
		safetyPlan: data.safetyPlans?.[0] as unknown as SafetyPlan | undefined
	};
}

async function problemOf(fragment: string): Promise<ShareProblem | 'opened'> {
	try {
		await decodeShare(fragment);
		return 'opened';
	} catch (error) {
		if (error instanceof ShareError) return error.problem;
		throw error;
	}
}

const partsArb = fc.subarray([...SHARE_PARTS]).map((parts) => new Set<SharePart>(parts));

describe('share link', () => {
	it('round-trips any chosen parts of any profile', async () => {
		await fc.assert(
			fc.asyncProperty(profileData(120), partsArb, async (data, parts) => {
				const shared = pickShared(sourceOf(data), parts);
				expect(fromWire(JSON.parse(JSON.stringify(toWire(shared))))).toEqual(shared);
				expect(await decodeShare(await encodeShare(shared))).toEqual(shared);
			}),
			{ numRuns: 25 }
		);
	});

	it('shares exactly the chosen parts and never private notes', () => {
		const source = typicalSource();
		source.people[0]!.note = 'geheim';
		const shared = pickShared(source, new Set<SharePart>(['network', 'strengths']));
		expect(Object.keys(shared).sort()).toEqual(['from', 'network', 'strengths']);
		expect(JSON.stringify(shared)).not.toContain('geheim');
	});

	it('keeps the key and the data in the fragment only, unreadable', async () => {
		const link = await buildShareLink(
			pickShared(typicalSource(), new Set(SHARE_PARTS)),
			'https://app.example/gedeeld/'
		);
		const url = new URL(link);
		expect(url.pathname).toBe('/gedeeld/');
		expect(url.search).toBe('');
		expect(url.hash).toMatch(/^#v1\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]+$/);
		expect(link).not.toContain('Fatima');
	});

	it('fits a typical profile in the 2,000 character budget', async () => {
		const link = await buildShareLink(
			pickShared(typicalSource(), new Set(SHARE_PARTS)),
			'https://app.example/gedeeld/'
		);
		expect(fitsBudget(link)).toBe(true);
	});

	it('detects any single changed character of a link', async () => {
		const fragment = await encodeShare(pickShared(typicalSource(), new Set(['goals'] as SharePart[])));
		await fc.assert(
			fc.asyncProperty(
				fc.nat({ max: fragment.length - 1 }),
				fc.constantFrom(...'AQgw-_9z.'),
				async (at, ch) => {
					fc.pre(fragment[at] !== ch);
					const changed = fragment.slice(0, at) + ch + fragment.slice(at + 1);
					expect(await problemOf(changed)).not.toBe('opened');
				}
			),
			{ numRuns: 150 }
		);
	});

	it('detects any single flipped bit of the encrypted body', async () => {
		const fragment = await encodeShare(pickShared(typicalSource(), new Set(['network'] as SharePart[])));
		const [version, key, body] = fragment.split('.') as [string, string, string];
		const bytes = fromBase64Url(body);
		await fc.assert(
			fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 7 }), async (at, bit) => {
				const copy = bytes.slice();
				copy[at]! ^= 1 << bit;
				expect(await problemOf(`${version}.${key}.${toBase64Url(copy)}`)).toBe('damaged');
			}),
			{ numRuns: 100 }
		);
	});

	it('gives a clear problem for empty, truncated, foreign and newer links', async () => {
		const fragment = await encodeShare({ from: 'Sara', strengths: ['Ik ben geduldig'] });
		expect(await problemOf('')).toBe('empty');
		expect(await problemOf('#')).toBe('empty');
		expect(await problemOf(fragment.slice(0, -10))).toBe('damaged');
		expect(await problemOf(fragment.slice(0, 20))).toBe('damaged');
		expect(await problemOf('hallo')).toBe('damaged');
		expect(await problemOf(fragment.replace(/^v1/, 'v2'))).toBe('version');
		expect(await problemOf(fragment.replace(/^v1/, 'v0'))).toBe('damaged');
		expect(await problemOf(`${fragment}.extra`)).toBe('damaged');
		expect(await problemOf(`#${fragment}`)).toBe('opened');
	});
});

describe('who shared it, and when', () => {
	it('carries the name the resident chose and the day, and marks the kept copy with both', async () => {
		const sent = forSending(
			{ from: 'Fatima Yilmaz', strengths: ['Ik kook graag'] },
			'  Fatima ',
			'2026-12-06'
		);
		const received = await decodeShare(await encodeShare(sent));
		expect(received).toEqual({ from: 'Fatima', sharedOn: '2026-12-06', strengths: ['Ik kook graag'] });
		const { data } = sharedToRecords(received, 'Gezin Y.', () => 'id', 5);
		expect(data.profiles[0]).toMatchObject({
			name: 'Gezin Y.',
			copyOf: { from: 'Fatima', sharedOn: '2026-12-06' }
		});
	});

	it('opens a link made before links carried a date, and refuses a date that is not one', () => {
		expect(fromWire({ f: 'Sara', s: ['Geduldig'] })).toEqual({ from: 'Sara', strengths: ['Geduldig'] });
		expect(() => fromWire({ f: 'Sara', d: '6 december' })).toThrow();
		expect(() => fromWire({ f: 'Sara', d: 20261206 })).toThrow();
	});

	it('keeps at most 200 characters of a sender name on the copy', () => {
		const { data } = sharedToRecords({ from: 'x'.repeat(5000) }, 'Kopie', () => 'id', 5);
		expect((data.profiles[0] as { copyOf: { from: string } }).copyOf.from).toHaveLength(200);
	});
});

describe('saving a received share as a separate profile', () => {
	it('makes new records under a new shared profile', () => {
		let n = 0;
		const shared = pickShared(typicalSource(), new Set(SHARE_PARTS));
		const { profileId, data } = sharedToRecords(shared, 'Gezin Yilmaz', () => `id${n++}`, 5);
		expect(data.profiles).toEqual([
			{
				id: profileId,
				name: 'Gezin Yilmaz',
				kind: 'shared',
				copyOf: { from: shared.from },
				createdAt: 5,
				updatedAt: 5
			}
		]);
		expect(data.people).toHaveLength(25);
		expect(data.goals).toHaveLength(5);
		expect(data.steps).toHaveLength(20);
		for (const table of ['people', 'goals', 'steps', 'strengths', 'checkins', 'conversations'] as const)
			for (const row of data[table]) expect(row.profileId).toBe(profileId);
		const goalIds = new Set(data.goals.map((g) => g.id));
		expect(data.steps.every((s) => goalIds.has(s.goalId as string))).toBe(true);
		// Read back as a share, it is the same content.
		const again = pickShared(
			{
				profileName: shared.from,
				people: data.people as unknown as Person[],
				goals: data.goals as unknown as Goal[],
				steps: data.steps as unknown as Step[],
				strengths: data.strengths as unknown as Strength[],
				checkins: data.checkins as unknown as CheckIn[],
				conversation: data.conversations[0] as unknown as Conversation
			},
			new Set(SHARE_PARTS)
		);
		expect(again).toEqual(shared);
	});

	it('carries a safety plan with its helpers by name, and links them again on the other side', async () => {
		let n = 0;
		const source = typicalSource();
		const [oma, buurman] = source.people;
		source.safetyPlan = {
			id: 'plan',
			profileId: 'p',
			createdAt: 1,
			updatedAt: 1,
			warningSigns: 'Ik slaap slecht',
			reasons: 'Mijn dochter',
			otherHelpers: 'Tante Ans 06-…',
			helperIds: [oma!.id, buurman!.id]
		};
		const onlyPlan = pickShared(source, new Set(['safetyPlan']));
		expect(onlyPlan.safetyPlan).toEqual({
			warningSigns: 'Ik slaap slecht',
			reasons: 'Mijn dochter',
			otherHelpers: 'Tante Ans 06-…',
			helpers: [oma!.name, buurman!.name]
		});
		const link = await buildShareLink(onlyPlan, 'https://example.org/gedeeld/');
		expect(await decodeShare(new URL(link).hash.slice(1))).toEqual(onlyPlan);

		// With the map shared too, the helpers are the new profile's people; without it, names in the text.
		const both = sharedToRecords(
			pickShared(source, new Set(['network', 'safetyPlan'])),
			'X',
			() => `i${n++}`
		);
		const plan = both.data.safetyPlans![0]!;
		const names = both.data.people.filter((p) => (plan.helperIds as string[]).includes(p.id as string));
		expect(names.map((p) => p.name)).toEqual([oma!.name, buurman!.name]);
		const alone = sharedToRecords(onlyPlan, 'X', () => `j${n++}`).data.safetyPlans![0]!;
		expect(alone.helperIds).toEqual([]);
		expect(alone.otherHelpers).toBe(`${oma!.name}\n${buurman!.name}\nTante Ans 06-…`);
	});

	it('offers the safety plan only when it holds something, and never ticks it by itself', () => {
		const source = typicalSource();
		source.safetyPlan = { id: 'p', profileId: 'p', createdAt: 1, updatedAt: 1, helperIds: [] };
		expect(partsWithContent(source)).not.toContain('safetyPlan');
		source.safetyPlan.reasons = 'Mijn kat';
		expect(partsWithContent(source)).toContain('safetyPlan');
		expect(OPT_IN_PARTS).toEqual(['safetyPlan']);
	});

	it('offers only parts that hold something', () => {
		const source = typicalSource();
		source.conversation = undefined;
		source.checkins = [];
		expect(partsWithContent(source)).toEqual(['network', 'goals', 'strengths']);
	});
});

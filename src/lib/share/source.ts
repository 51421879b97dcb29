import { db, loadStorage, type AppDb } from '$lib/storage/db';
import { readOpenProfile } from '$lib/storage/current-profile';
import type { AreaRating, CheckIn, LifeArea } from '$lib/storage/schema';
import type { BackupData } from '$lib/backup/envelope';
import { SHARE_PARTS, pickShared, type SharedData, type SharePart, type ShareSource } from './compact';

/** One profile's records, read from the database, as the source for a share. */
export async function collectShareSource(database: AppDb, profileId: string): Promise<ShareSource> {
	const mine = <T extends { profileId: string }>(rows: T[]) => rows.filter((r) => r.profileId === profileId);
	const [profile, people, goals, steps, strengths, checkins, conversations, plans] = await Promise.all([
		database.profiles.get(profileId),
		database.people.toArray(),
		database.goals.toArray(),
		database.steps.toArray(),
		database.strengths.toArray(),
		database.checkins.toArray(),
		database.conversations.toArray(),
		database.safetyPlans.toArray()
	]);
	return {
		profileName: profile?.name ?? '',
		people: mine(people).sort((a, b) => a.createdAt - b.createdAt),
		goals: mine(goals).sort((a, b) => a.createdAt - b.createdAt),
		steps: mine(steps),
		strengths: mine(strengths).sort((a, b) => a.createdAt - b.createdAt),
		checkins: mine(checkins),
		conversation: mine(conversations).sort((a, b) => b.updatedAt - a.updatedAt)[0],
		safetyPlan: mine(plans).sort((a, b) => b.updatedAt - a.updatedAt)[0]
	};
}

/** The current profile's records as a share source; undefined when there is no profile yet. */
export async function currentShareSource(): Promise<ShareSource | undefined> {
	await loadStorage();
	const id = await readOpenProfile(db());
	return id ? collectShareSource(db(), id) : undefined;
}

/** Which parts have anything in them, so the share screen offers only those. */
export function partsWithContent(source: ShareSource): SharePart[] {
	const full = pickShared(source, new Set(SHARE_PARTS));
	return SHARE_PARTS.filter((part) => {
		const value = full[part];
		if (value === undefined) return false;
		if (part === 'safetyPlan' && source.safetyPlan)
			return Object.values(value).some((v) => (Array.isArray(v) ? v.length > 0 : !!v));
		return Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0;
	});
}

/** The sender's name as kept on a copy: a name, not a text (the share page asks at most this much). */
export const COPY_FROM_MAX = 200;

export interface NewRecords {
	profileId: string;
	data: BackupData;
}

/**
 * A received share as the records of a new, separate profile ("bewaar als apart profiel"), so what a
 * family shared never mixes with the coach's own records.
 */
export function sharedToRecords(
	shared: SharedData,
	name: string,
	makeId: () => string,
	now = Date.now()
): NewRecords {
	const stamp = { createdAt: now, updatedAt: now };
	const profileId = makeId();
	const people = (shared.network ?? []).map((p, i) => ({
		id: makeId(),
		profileId,
		...p,
		supports: [...p.supports],
		createdAt: now + i,
		updatedAt: now + i
	}));
	const goals: BackupData['goals'] = [];
	const steps: BackupData['steps'] = [];
	(shared.goals ?? []).forEach((g, gi) => {
		const goalId = makeId();
		const { steps: goalSteps, ...goal } = g;
		goals.push({ id: goalId, profileId, ...goal, createdAt: now + gi, updatedAt: now + gi });
		goalSteps.forEach((s, order) =>
			steps.push({ id: makeId(), profileId, goalId, ...s, order, helperIds: [], ...stamp })
		);
	});
	const checkins = (shared.checkins ?? []).map((c): CheckIn => {
		const ratings: Partial<Record<LifeArea, AreaRating>> = {};
		for (const r of c.ratings)
			ratings[r.area] = { talk: r.talk, ...(r.score ? { score: r.score as AreaRating['score'] } : {}) };
		return { id: makeId(), profileId, date: c.date, ratings, ...stamp };
	});
	return {
		profileId,
		data: {
			safetyPlans: shared.safetyPlan
				? [planRecord(shared.safetyPlan, people, profileId, makeId(), stamp)]
				: [],
			profiles: [
				{
					id: profileId,
					name,
					kind: 'shared',
					copyOf: {
						from: shared.from.slice(0, COPY_FROM_MAX),
						...(shared.sharedOn ? { sharedOn: shared.sharedOn } : {})
					},
					...stamp
				}
			],
			people,
			snapshots: [],
			goals,
			steps,
			strengths: (shared.strengths ?? []).map((text, i) => ({
				id: makeId(),
				profileId,
				text,
				createdAt: now + i,
				updatedAt: now + i
			})),
			// Backup rows are loosely typed (validated on import); a typed interface has no index signature.
			checkins: checkins as unknown as BackupData['checkins'],
			conversations: shared.conversation
				? [{ id: makeId(), profileId, ...shared.conversation, ...stamp }]
				: [],
			favourites: []
		}
	};
}

/**
 * A received plan as a record of the new profile: a helper who came along on the shared map is linked to
 * that person; one who did not is kept by name with the other helpers, so no name of the plan is lost.
 */
function planRecord(
	plan: NonNullable<SharedData['safetyPlan']>,
	people: { id: string; name: string }[],
	profileId: string,
	id: string,
	stamp: { createdAt: number; updatedAt: number }
): BackupData['safetyPlans'] extends (infer R)[] | undefined ? R : never {
	const { helpers, ...texts } = plan;
	const helperIds: string[] = [];
	const unmatched: string[] = [];
	for (const name of helpers) {
		const person = people.find((p) => p.name === name && !helperIds.includes(p.id));
		if (person) helperIds.push(person.id);
		else unmatched.push(name);
	}
	const otherHelpers = [...unmatched, texts.otherHelpers].filter(Boolean).join('\n');
	return { id, profileId, ...texts, helperIds, ...(otherHelpers ? { otherHelpers } : {}), ...stamp };
}

/**
 * The writes of the goals room. Each runs inside save(), which loads storage and reports failures as a
 * banner; each answers a WriteResult, so a caller acts only on `ok`.
 */
import { profiles } from '$lib/profile/profiles.svelte';
import {
	db,
	save,
	stamp,
	type WriteResult,
	type CheckIn,
	type Conversation,
	type Goal,
	type GoalStatus,
	type LifeArea,
	type Step
} from '$lib/storage';
import { cleanText, nextOrder, statusChange, tickChange, TITLE_MAX } from './progress';

export interface NewGoal {
	title: string;
	why?: string;
	area?: LifeArea;
	origin?: string;
	breakthrough?: boolean;
	steps?: string[];
}

export function addGoal(input: NewGoal): Promise<WriteResult<string>> {
	return save(async () => {
		const profileId = await profiles.ensure();
		const goal: Goal = stamp({
			profileId,
			title: cleanText(input.title, TITLE_MAX),
			why: cleanText(input.why ?? '') || undefined,
			area: input.area,
			origin: input.origin,
			status: 'active' as const,
			breakthrough: input.breakthrough || undefined
		});
		await db().transaction('rw', db().goals, db().steps, async () => {
			// One breakthrough at a time: the new choice replaces the old one (the old goal stays).
			if (goal.breakthrough) await clearBreakthrough(profileId);
			await db().goals.add(goal);
			const steps = (input.steps ?? []).map((title, order) =>
				stamp({
					profileId,
					goalId: goal.id,
					title: cleanText(title, TITLE_MAX),
					order,
					helperIds: [],
					done: false
				})
			);
			if (steps.length) await db().steps.bulkAdd(steps);
		});
		return goal.id;
	});
}

async function clearBreakthrough(profileId: string): Promise<void> {
	const now = Date.now();
	await db()
		.goals.where('profileId')
		.equals(profileId)
		.filter((goal) => !!goal.breakthrough)
		.modify({ breakthrough: false, updatedAt: now });
}

/** Makes an existing goal the breakthrough step. */
export function chooseBreakthrough(goalId: string): Promise<WriteResult<void>> {
	return save(async () => {
		const profileId = await profiles.ensure();
		await db().transaction('rw', db().goals, async () => {
			await clearBreakthrough(profileId);
			await db().goals.update(goalId, {
				breakthrough: true,
				status: 'active',
				doneAt: undefined,
				updatedAt: Date.now()
			});
		});
	});
}

export function updateGoal(
	id: string,
	changes: Partial<Pick<Goal, 'title' | 'why' | 'area'>>
): Promise<WriteResult<number>> {
	return save(() =>
		db().goals.update(id, {
			...changes,
			...(changes.title !== undefined && { title: cleanText(changes.title, TITLE_MAX) }),
			...(changes.why !== undefined && { why: cleanText(changes.why) || undefined }),
			updatedAt: Date.now()
		})
	);
}

export function setGoalStatus(id: string, status: GoalStatus): Promise<WriteResult<number>> {
	return save(() => db().goals.update(id, statusChange(status)));
}

export function deleteGoal(id: string): Promise<WriteResult<void>> {
	return save(() =>
		db().transaction('rw', db().goals, db().steps, async () => {
			await db().steps.where('goalId').equals(id).delete();
			await db().goals.delete(id);
		})
	);
}

export function addStep(
	goalId: string,
	input: { title: string; date?: string; helperIds: string[] }
): Promise<WriteResult<string>> {
	return save(async () => {
		const profileId = await profiles.ensure();
		const existing = await db().steps.where('goalId').equals(goalId).toArray();
		const step: Step = stamp({
			profileId,
			goalId,
			title: cleanText(input.title, TITLE_MAX),
			order: nextOrder(existing),
			date: input.date || undefined,
			helperIds: input.helperIds,
			done: false
		});
		await db().steps.add(step);
		return step.id;
	});
}

export function tickStep(id: string, done: boolean): Promise<WriteResult<number>> {
	return save(() => db().steps.update(id, tickChange(done)));
}

export function deleteStep(id: string): Promise<WriteResult<void>> {
	return save(() => db().steps.delete(id));
}

export function addStrength(text: string): Promise<WriteResult<string>> {
	return save(async () => {
		const profileId = await profiles.ensure();
		const strength = stamp({ profileId, text: cleanText(text, 500) });
		await db().strengths.add(strength);
		return strength.id;
	});
}

export function deleteStrength(id: string): Promise<WriteResult<void>> {
	return save(() => db().strengths.delete(id));
}

export function addCheckIn(date: string, ratings: CheckIn['ratings']): Promise<WriteResult<string>> {
	return save(async () => {
		const profileId = await profiles.ensure();
		const checkin: CheckIn = stamp({ profileId, date, ratings });
		await db().checkins.add(checkin);
		return checkin.id;
	});
}

export type ConversationFields = Pick<
	Conversation,
	'question' | 'tried' | 'goingWell' | 'hopes' | 'withWhom'
>;

/** One conversation preparation per profile: created on the first save, updated after. */
export function saveConversation(fields: ConversationFields): Promise<WriteResult<string>> {
	return save(async () => {
		const profileId = await profiles.ensure();
		const clean = Object.fromEntries(
			Object.entries(fields).map(([key, value]) => [key, cleanText(value ?? '') || undefined])
		) as ConversationFields;
		const existing = await db().conversations.where('profileId').equals(profileId).first();
		if (existing) {
			await db().conversations.put({ ...existing, ...clean, updatedAt: Date.now() });
			return existing.id;
		}
		const record: Conversation = stamp({ profileId, ...clean });
		await db().conversations.add(record);
		return record.id;
	});
}

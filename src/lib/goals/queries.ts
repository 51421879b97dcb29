/**
 * Reads for the goals room, meant to run inside `new LiveQuery(() => …)`. Each first reads the current
 * profile from the settings table, so Dexie also re-runs the query when the first profile is made (on the
 * first save) or the resident switches profile.
 */
import {
	db,
	type CheckIn,
	type Conversation,
	type Goal,
	type Person,
	type SafetyPlan,
	type Step,
	type Strength
} from '$lib/storage';

import { readOpenProfile } from '$lib/storage/current-profile';

/** The current profile, when this tab may read it (not behind its PIN). */
export const currentProfileId = (): Promise<string | undefined> => readOpenProfile(db());

async function owned<T>(
	table: 'goals' | 'steps' | 'strengths' | 'checkins' | 'people' | 'conversations' | 'safetyPlans'
): Promise<T[]> {
	const profileId = await currentProfileId();
	if (!profileId) return [];
	return (await db().table(table).where('profileId').equals(profileId).toArray()) as T[];
}

export const goalsQuery = () => owned<Goal>('goals');
export const stepsQuery = () => owned<Step>('steps');
export const strengthsQuery = async () =>
	(await owned<Strength>('strengths')).sort((a, b) => a.createdAt - b.createdAt);
export const checkinsQuery = () => owned<CheckIn>('checkins');
export const peopleQuery = async () =>
	(await owned<Person>('people')).sort((a, b) => a.name.localeCompare(b.name));
export const conversationQuery = async (): Promise<Conversation | undefined> =>
	(await owned<Conversation>('conversations'))[0];

export const safetyPlanQuery = async (): Promise<SafetyPlan | undefined> =>
	(await owned<SafetyPlan>('safetyPlans'))[0];

export interface GoalWithSteps {
	goal: Goal;
	steps: Step[];
}

/** One goal and its steps in order; null when it does not exist (deleted, or another profile's). */
export async function goalQuery(id: string): Promise<GoalWithSteps | null> {
	const profileId = await currentProfileId();
	const goal = await db().goals.get(id);
	if (!goal || goal.profileId !== profileId) return null;
	const steps = await db().steps.where('goalId').equals(id).sortBy('order');
	return { goal, steps };
}

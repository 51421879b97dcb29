import { profiles } from '$lib/profile/profiles.svelte';
import { db, save, stamp, type Goal, type Step, type WriteResult } from '$lib/storage';
import type { Activity } from './model';
import type { Occurrence } from './recurrence';

/**
 * Turns an activity into a goal of the resident's own ("Ik ga naar het taalcafé") with a first dated
 * step, in the goals room's tables. The goal remembers where it came from (`origin`).
 */
export async function addAsGoal(
	activity: Activity,
	next: Occurrence | undefined,
	texts: { title: string; step: string }
): Promise<WriteResult<string>> {
	return save(async () => {
		const profileId = await profiles.ensure();
		const goal: Goal = stamp({
			profileId,
			title: texts.title,
			area: 'takingPart' as const,
			status: 'active' as const,
			origin: `activity:${activity.id}`
		});
		const step: Step = stamp({
			profileId,
			goalId: goal.id,
			title: texts.step,
			order: 0,
			date: next?.date,
			helperIds: [],
			done: false
		});
		await db().transaction('rw', db().goals, db().steps, async () => {
			await db().goals.add(goal);
			await db().steps.add(step);
		});
		return goal.id;
	});
}

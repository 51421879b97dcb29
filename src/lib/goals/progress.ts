import type { Goal, GoalStatus, Step } from '$lib/storage/schema';

export interface Progress {
	done: number;
	total: number;
	/** 0–1; a goal without steps has no progress yet (0), not a failure. */
	ratio: number;
}

export function progressOf(steps: readonly Pick<Step, 'done'>[]): Progress {
	const total = steps.length;
	const done = steps.filter((step) => step.done).length;
	return { done, total, ratio: total === 0 ? 0 : done / total };
}

/** Every step ticked off, and at least one step: the moment to offer "is this goal done?". */
export function allStepsDone(steps: readonly Pick<Step, 'done'>[]): boolean {
	return steps.length > 0 && steps.every((step) => step.done);
}

/** The first step still open, in the resident's order. */
export function nextStep<S extends Pick<Step, 'done' | 'order'>>(steps: readonly S[]): S | undefined {
	return [...steps].sort((a, b) => a.order - b.order).find((step) => !step.done);
}

/** The order number for a step added at the end. */
export function nextOrder(steps: readonly Pick<Step, 'order'>[]): number {
	return steps.reduce((max, step) => Math.max(max, step.order), -1) + 1;
}

const STATUS_RANK: Record<GoalStatus, number> = { active: 0, paused: 1, done: 2 };

/** The breakthrough goal first, then active, paused and done; newest first within each. */
export function sortGoals<G extends Pick<Goal, 'status' | 'breakthrough' | 'createdAt'>>(
	goals: readonly G[]
): G[] {
	return [...goals].sort(
		(a, b) =>
			Number(!!b.breakthrough && b.status !== 'done') - Number(!!a.breakthrough && a.status !== 'done') ||
			STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
			b.createdAt - a.createdAt
	);
}

/** The breakthrough goal the resident is working on now (a finished one no longer counts). */
export function currentBreakthrough<G extends Pick<Goal, 'status' | 'breakthrough'>>(
	goals: readonly G[]
): G | undefined {
	return goals.find((goal) => goal.breakthrough && goal.status !== 'done');
}

/** The changes a status change brings: doneAt set when finished, cleared when reopened. */
export function statusChange(
	status: GoalStatus,
	now = Date.now()
): Pick<Goal, 'status' | 'doneAt' | 'updatedAt'> {
	return { status, doneAt: status === 'done' ? now : undefined, updatedAt: now };
}

/** The changes of ticking a step on or off. */
export function tickChange(done: boolean, now = Date.now()): Pick<Step, 'done' | 'doneAt' | 'updatedAt'> {
	return { done, doneAt: done ? now : undefined, updatedAt: now };
}

/** A title typed by the resident: trimmed, never empty, kept to a sane length. */
export const TITLE_MAX = 200;
export const NOTE_MAX = 2000;

export function cleanText(text: string, max = NOTE_MAX): string {
	return text.trim().slice(0, max);
}

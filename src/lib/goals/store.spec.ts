import { beforeEach, describe, expect, it } from 'vitest';
import { profiles } from '$lib/profile/profiles.svelte';
import { db } from '$lib/storage';
import { unwrap } from '$lib/storage/testing';
import { currentBreakthrough } from './progress';
import { currentProfileId, goalQuery } from './queries';
import {
	addCheckIn,
	addGoal,
	addStep,
	chooseBreakthrough,
	deleteGoal,
	saveConversation,
	setGoalStatus,
	tickStep
} from './store';

beforeEach(async () => {
	await Promise.all(db().tables.map((table) => table.clear()));
	profiles.forget();
});

describe('goal writes', () => {
	it('makes the first profile on the first save, and the queries find it', async () => {
		const id = unwrap(await addGoal({ title: '  Mijn post openen  ', breakthrough: true }));
		const profileId = await currentProfileId();
		expect(profileId).toBe(profiles.currentId);
		const goal = await db().goals.get(id);
		expect(goal).toMatchObject({
			title: 'Mijn post openen',
			status: 'active',
			breakthrough: true,
			profileId
		});
	});

	it('keeps one breakthrough step: a new choice replaces the old one, the old goal stays', async () => {
		const first = unwrap(await addGoal({ title: 'Eerst', breakthrough: true }));
		const second = unwrap(await addGoal({ title: 'Daarna', breakthrough: true }));
		let goals = await db().goals.toArray();
		expect(goals).toHaveLength(2);
		expect(currentBreakthrough(goals)?.id).toBe(second);

		await chooseBreakthrough(first);
		goals = await db().goals.toArray();
		expect(goals.filter((goal) => goal.breakthrough).map((goal) => goal.id)).toEqual([first]);
	});

	it('adds template steps in order and new steps after them, with helpers', async () => {
		const goalId = unwrap(await addGoal({ title: 'Geld', steps: ['a', 'b'] }));
		await addStep(goalId, { title: 'c', date: '2026-12-01', helperIds: ['p1'] });
		const { steps } = (await goalQuery(goalId))!;
		expect(steps.map((step) => [step.title, step.order])).toEqual([
			['a', 0],
			['b', 1],
			['c', 2]
		]);
		expect(steps[2]).toMatchObject({ date: '2026-12-01', helperIds: ['p1'], done: false });
	});

	it('ticks a step on and off, and marks a goal done and reopens it', async () => {
		const goalId = unwrap(await addGoal({ title: 'Geld', steps: ['a'] }));
		const [step] = (await goalQuery(goalId))!.steps;
		await tickStep(step!.id, true);
		expect((await db().steps.get(step!.id))?.doneAt).toBeTypeOf('number');
		await tickStep(step!.id, false);
		expect((await db().steps.get(step!.id))?.doneAt).toBeUndefined();

		await setGoalStatus(goalId, 'done');
		expect((await db().goals.get(goalId))?.doneAt).toBeTypeOf('number');
		await setGoalStatus(goalId, 'paused');
		const paused = await db().goals.get(goalId);
		expect(paused?.status).toBe('paused');
		expect(paused?.doneAt).toBeUndefined();
	});

	it('deletes a goal with its steps', async () => {
		const goalId = unwrap(await addGoal({ title: 'Weg', steps: ['a', 'b'] }));
		await deleteGoal(goalId);
		expect(await db().goals.count()).toBe(0);
		expect(await db().steps.count()).toBe(0);
		expect(await goalQuery(goalId)).toBeNull();
	});

	it('keeps one conversation preparation per profile and updates it', async () => {
		const first = unwrap(await saveConversation({ question: ' Mijn vraag ', tried: '' }));
		const second = unwrap(await saveConversation({ question: 'Andere vraag', hopes: 'Rust' }));
		expect(second).toBe(first);
		expect(await db().conversations.count()).toBe(1);
		expect(await db().conversations.get(first)).toMatchObject({ question: 'Andere vraag', hopes: 'Rust' });
	});

	it('stores a check-in with its date', async () => {
		const id = unwrap(await addCheckIn('2026-11-23', { money: { score: 2, talk: true } }));
		expect(await db().checkins.get(id)).toMatchObject({
			date: '2026-11-23',
			ratings: { money: { score: 2, talk: true } }
		});
	});
});

import { describe, expect, it } from 'vitest';
import {
	allStepsDone,
	cleanText,
	currentBreakthrough,
	nextOrder,
	nextStep,
	progressOf,
	sortGoals,
	statusChange,
	tickChange
} from './progress';

describe('goal progress', () => {
	it('counts ticked steps', () => {
		expect(progressOf([{ done: true }, { done: false }, { done: true }, { done: false }])).toEqual({
			done: 2,
			total: 4,
			ratio: 0.5
		});
	});

	it('gives a goal without steps no progress, not a division by zero', () => {
		expect(progressOf([])).toEqual({ done: 0, total: 0, ratio: 0 });
		expect(allStepsDone([])).toBe(false);
	});

	it('knows when every step is done', () => {
		expect(allStepsDone([{ done: true }, { done: true }])).toBe(true);
		expect(allStepsDone([{ done: true }, { done: false }])).toBe(false);
	});

	it('finds the next open step in the resident’s order', () => {
		const steps = [
			{ title: 'c', order: 2, done: false },
			{ title: 'a', order: 0, done: true },
			{ title: 'b', order: 1, done: false }
		];
		expect(nextStep(steps)?.title).toBe('b');
		expect(nextStep([{ order: 0, done: true }])).toBeUndefined();
	});

	it('adds a new step after the last one, also after a deleted one', () => {
		expect(nextOrder([])).toBe(0);
		expect(nextOrder([{ order: 0 }, { order: 3 }])).toBe(4);
	});
});

describe('goal order and status', () => {
	const goal = (status: 'active' | 'paused' | 'done', createdAt: number, breakthrough = false) => ({
		status,
		createdAt,
		breakthrough
	});

	it('puts the breakthrough first, then active, paused and done, newest first', () => {
		const goals = [
			goal('done', 5),
			goal('paused', 4),
			goal('active', 1),
			goal('active', 3),
			goal('active', 2, true)
		];
		expect(sortGoals(goals).map((g) => `${g.status}${g.createdAt}`)).toEqual([
			'active2',
			'active3',
			'active1',
			'paused4',
			'done5'
		]);
	});

	it('does not keep a finished breakthrough on top', () => {
		const goals = [goal('done', 9, true), goal('active', 1)];
		expect(sortGoals(goals)[0]?.status).toBe('active');
		expect(currentBreakthrough(goals)).toBeUndefined();
		expect(currentBreakthrough([goal('paused', 1, true)])?.status).toBe('paused');
	});

	it('stamps doneAt when a goal is done and clears it when reopened or paused', () => {
		expect(statusChange('done', 42)).toEqual({ status: 'done', doneAt: 42, updatedAt: 42 });
		expect(statusChange('paused', 43)).toEqual({ status: 'paused', doneAt: undefined, updatedAt: 43 });
		expect(tickChange(true, 7)).toEqual({ done: true, doneAt: 7, updatedAt: 7 });
		expect(tickChange(false, 8).doneAt).toBeUndefined();
	});

	it('trims and limits what the resident typed', () => {
		expect(cleanText('  hallo  ')).toBe('hallo');
		expect(cleanText('x'.repeat(3000))).toHaveLength(2000);
		expect(cleanText('<b>é 👍</b>', 10)).toBe('<b>é 👍</b>'.slice(0, 10));
	});
});

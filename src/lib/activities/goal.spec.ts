import { describe, expect, it } from 'vitest';
import { db } from '$lib/storage';
import { unwrap } from '$lib/storage/testing';
import { addAsGoal } from './goal';
import { occurrencesBetween } from './recurrence';
import { makeActivity } from './testing/make';

describe('an activity as a goal', () => {
	it('makes a goal with a first dated step', async () => {
		const activity = makeActivity({ id: 'taal', name: 'Taalcafé' }, [{ byday: [{ day: 'TU' }] }]);
		const [next] = occurrencesBetween(activity, '2026-11-24', '2026-11-24');
		const id = unwrap(
			await addAsGoal(activity, next, {
				title: 'Ik ga naar Taalcafé',
				step: 'Dinsdag naar Taalcafé'
			})
		);
		const goal = await db().goals.get(id);
		expect(goal).toMatchObject({
			title: 'Ik ga naar Taalcafé',
			status: 'active',
			origin: 'activity:taal',
			area: 'takingPart'
		});
		const steps = await db().steps.where('goalId').equals(id).toArray();
		expect(steps).toMatchObject([
			{ title: 'Dinsdag naar Taalcafé', date: '2026-11-24', done: false, profileId: goal!.profileId }
		]);
	});
});

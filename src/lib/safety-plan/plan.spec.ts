import { describe, expect, it } from 'vitest';
import type { Person } from '$lib/storage/schema';
import { cleanFields, emptyFields, fieldsOf, hasContent, helperNames, PART_MAX } from './plan';

const person = (id: string, name: string): Person => ({
	id,
	name,
	profileId: 'p',
	circle: 'close',
	group: 'family',
	supports: [],
	createdAt: 0,
	updatedAt: 0
});

describe('the safety plan fields', () => {
	it('stores trimmed words, leaves empty parts out and keeps each helper once', () => {
		const fields = { ...emptyFields(), warningSigns: '  Ik slaap slecht  ', reasons: '   ' };
		fields.helperIds = ['a', 'b', 'a'];
		expect(cleanFields(fields)).toEqual({
			warningSigns: 'Ik slaap slecht',
			selfHelp: undefined,
			distraction: undefined,
			otherHelpers: undefined,
			professionals: undefined,
			safeSurroundings: undefined,
			reasons: undefined,
			helperIds: ['a', 'b']
		});
	});

	it('bounds a very long part', () => {
		const fields = { ...emptyFields(), selfHelp: 'x'.repeat(PART_MAX + 50) };
		expect(cleanFields(fields).selfHelp).toHaveLength(PART_MAX);
	});

	it('fills the form from a stored plan, and from nothing', () => {
		expect(fieldsOf(undefined)).toEqual(emptyFields());
		const plan = {
			id: 'x',
			profileId: 'p',
			createdAt: 0,
			updatedAt: 0,
			reasons: 'Mijn dochter',
			helperIds: ['a']
		};
		expect(fieldsOf(plan)).toMatchObject({ reasons: 'Mijn dochter', selfHelp: '', helperIds: ['a'] });
	});

	it('knows an empty plan from a started one', () => {
		expect(hasContent(emptyFields())).toBe(false);
		expect(hasContent({ ...emptyFields(), helperIds: ['a'] })).toBe(true);
		expect(hasContent({ ...emptyFields(), distraction: 'Wandelen' })).toBe(true);
	});

	it('names the chosen helpers in the map’s order and never a person who was removed', () => {
		const people = [person('a', 'Oma Ria'), person('b', 'Buurman Kees'), person('c', 'Sanne')];
		expect(helperNames(['c', 'gone', 'a'], people)).toEqual(['Oma Ria', 'Sanne']);
	});
});

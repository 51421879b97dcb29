import { describe, expect, it } from 'vitest';
import { mergeTyped } from './draft';

const blank = { reasons: '', selfHelp: '', helperIds: [] as string[] };

describe('mergeTyped', () => {
	it('keeps what the resident typed before the saved copy arrived', () => {
		const saved = { reasons: '', selfHelp: 'Wandelen', helperIds: [] };
		const typed = { reasons: 'Mijn kat Mimi', selfHelp: '', helperIds: [] };
		expect(mergeTyped(saved, typed, blank)).toEqual({
			reasons: 'Mijn kat Mimi',
			selfHelp: 'Wandelen',
			helperIds: []
		});
	});

	it('takes every saved field when nothing was typed', () => {
		const saved = { reasons: 'Oma', selfHelp: 'Muziek', helperIds: ['a'] };
		expect(mergeTyped(saved, { ...blank, helperIds: [] }, blank)).toEqual(saved);
	});

	it('keeps a list the resident changed; a field still blank takes the saved value', () => {
		const saved = { reasons: 'Oma', selfHelp: '', helperIds: ['a'] };
		const typed = { reasons: '', selfHelp: '', helperIds: ['b'] };
		expect(mergeTyped(saved, typed, blank)).toEqual({ reasons: 'Oma', selfHelp: '', helperIds: ['b'] });
	});

	it('does not change the records it was given', () => {
		const saved = { reasons: 'Oma', selfHelp: '', helperIds: ['a'] };
		const typed = { reasons: 'X', selfHelp: '', helperIds: [] };
		mergeTyped(saved, typed, blank);
		expect(saved.reasons).toBe('Oma');
		expect(typed.reasons).toBe('X');
	});
});

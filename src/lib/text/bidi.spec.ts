import { describe, expect, it } from 'vitest';
import { stripBidiControls, withoutBidiControls } from './bidi';

describe('bidi controls in text from people and feeds', () => {
	it('removes overrides, embeddings and isolates, so "evil" cannot show as "live"', () => {
		expect(stripBidiControls('Ann\u202Elive')).toBe('Annlive');
		expect(stripBidiControls('\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069')).toBe('');
	});

	it('keeps Arabic, emoji and the left-to-right and right-to-left marks', () => {
		expect(stripBidiControls('قهوة ☕ \u200Fأم\u200E')).toBe('قهوة ☕ \u200Fأم\u200E');
	});

	it('cleans every string inside records, leaving other values alone', () => {
		const date = new Date(0);
		const cleaned = withoutBidiControls({
			name: '\u202Eabc',
			supports: ['x\u2066y'],
			nested: { note: 'n\u202Do' },
			count: 3,
			at: date,
			empty: null
		});
		expect(cleaned).toEqual({
			name: 'abc',
			supports: ['xy'],
			nested: { note: 'no' },
			count: 3,
			at: date,
			empty: null
		});
		expect(cleaned.at).toBe(date);
	});
});

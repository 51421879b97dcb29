import { describe, expect, it } from 'vitest';
import { HELPLINES } from './helplines';
import { spokenNote } from './spoken';

describe('spokenNote', () => {
	it('says which languages a Dutch-only line speaks to a resident reading another language', () => {
		const line = { languages: ['nl'] } as const;
		expect(spokenNote(line, 'ar')).toEqual(['nl']);
		expect(spokenNote(line, 'en')).toEqual(['nl']);
		expect(spokenNote(line, 'uk')).toEqual(['nl']);
	});

	it('says nothing when the resident reads a language the line speaks', () => {
		expect(spokenNote({ languages: ['nl'] }, 'nl')).toBeNull();
		expect(spokenNote({ languages: ['nl', 'en'] }, 'en')).toBeNull();
		expect(spokenNote({ languages: ['nl', 'en', 'ar'] }, 'ar')).toBeNull();
	});

	it('names every language the line speaks, in its own order', () => {
		expect(spokenNote({ languages: ['nl', 'en'] }, 'pl')).toEqual(['nl', 'en']);
	});

	it('says nothing when nobody checked the languages (never a guess)', () => {
		expect(spokenNote({ languages: null }, 'ar')).toBeNull();
		expect(spokenNote({ languages: [] }, 'tr')).toBeNull();
	});

	it('says nothing for the lines as checked on 2026-11-23: no own page named its languages', () => {
		for (const line of Object.values(HELPLINES)) expect(spokenNote(line, 'ar'), line.contact).toBeNull();
	});
});

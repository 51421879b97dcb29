import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from './languages';

/**
 * In right-to-left text, a token that starts with digits and goes on in Latin letters after a dot or
 * colon ("113.nl") is drawn back to front ("nl.113") unless it is isolated left-to-right with
 * U+2066 … U+2069. Plain numbers and phone numbers ("0800-2000") stay in order by themselves.
 */
const MIXED = /[0-9][0-9A-Za-z]*[.:][A-Za-z]\S*/g;
const ISOLATE_START = '\u2066';
/** Fields that are data, not text a resident reads in the page's direction. */
const DATA_FIELDS = new Set(['id', 'url', 'reviewed', 'related', 'phases', 'events', 'themes', 'contact']);

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

/** Every text in a message or topic file, with the field it sits in. */
function texts(value: unknown, field = ''): { field: string; text: string }[] {
	if (typeof value === 'string') return DATA_FIELDS.has(field) ? [] : [{ field, text: value }];
	if (Array.isArray(value)) return value.flatMap((item) => texts(item, field));
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, item]) => texts(item, key));
	return [];
}

function unisolated(text: string): string[] {
	return [...text.matchAll(MIXED)]
		.filter((match) => text[(match.index ?? 0) - 1] !== ISOLATE_START)
		.map((match) => match[0]);
}

describe('left-to-right pieces in right-to-left text', () => {
	it('finds an unisolated "113.nl" and accepts an isolated one', () => {
		expect(unisolated('تحدث في الدردشة على 113.nl.')).toEqual(['113.nl.']);
		expect(unisolated('تحدث في الدردشة على \u2066113.nl\u2069.')).toEqual([]);
		expect(unisolated('اتصل بـ 0800-2000 أو 112.')).toEqual([]);
	});

	for (const { code } of languages.filter((l) => l.dir === 'rtl')) {
		it(`${code}: every text keeps web addresses that start with digits in reading order`, () => {
			const found = files(join('messages', code)).flatMap((file) =>
				texts(JSON.parse(readFileSync(file, 'utf8'))).flatMap(({ text }) =>
					unisolated(text).map((token) => `${file}: ${token}`)
				)
			);
			expect(found).toEqual([]);
		});
	}
});

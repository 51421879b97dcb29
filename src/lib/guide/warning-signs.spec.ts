import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { TopicSchema } from './schema';
import { topicFiles } from './topic-files';

/**
 * Issue 16: the text above the warning signs, and every warning sign, must never sound like
 * reassurance. "Dan is het meer dan normaal" reads as "perfectly normal" in everyday Dutch (and the
 * en/pl/ar versions did the same). So no getHelpIntro and no signal says or implies "normal", in any
 * language: not even "niet meer normaal" or "minder dan normaal" — say what to do instead.
 */
const NORMAL = {
	nl: /normaa?l/i,
	en: /normal/i,
	// طبيعي "natural/normal", عادي "ordinary/normal" (also in العادية)
	ar: /طبيعي|عادي|عادية/,
	// normal, normaldir, normalden
	tr: /normal/i,
	// normalne, normalny, normalnie
	pl: /normaln/i,
	// нормально, нормальний, норма
	uk: /норм/i
} as const satisfies Record<string, RegExp>;

const getHelpIntro = (lang: string): string =>
	(JSON.parse(readFileSync(`messages/${lang}/guide-ui.json`, 'utf8')) as { topic: { getHelpIntro: string } })
		.topic.getHelpIntro;

describe('warning signs never sound like "normal"', () => {
	for (const [lang, normal] of Object.entries(NORMAL)) {
		it(`${lang}: the sentence above the warning signs says to get help, not that it is normal`, () => {
			const intro = getHelpIntro(lang);
			expect(intro.length).toBeGreaterThan(10);
			expect(intro).not.toMatch(normal);
		});

		it(`${lang}: no warning sign in any topic says or implies "normal"`, () => {
			const files = topicFiles(lang);
			expect(files.length).toBeGreaterThan(0);
			const found = files.flatMap((f) =>
				v
					.parse(TopicSchema, f.data)
					.getHelp.filter((h) => normal.test(h.signal))
					.map((h) => `${f.id}: ${h.signal}`)
			);
			expect(found).toEqual([]);
		});
	}

	it('the word lists catch the old wording', () => {
		expect('Dan is het meer dan normaal.').toMatch(NORMAL.nl);
		expect('Then it is more than normal.').toMatch(NORMAL.en);
		expect('إذن الأمر أكثر من عادي.').toMatch(NORMAL.ar);
		expect('O zaman bu normalden fazlası.').toMatch(NORMAL.tr);
		expect('To już więcej niż normalne.').toMatch(NORMAL.pl);
		expect('Тоді це вже більше, ніж норма.').toMatch(NORMAL.uk);
	});
});

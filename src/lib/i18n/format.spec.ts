import { describe, expect, it } from 'vitest';
import {
	formatBytes,
	formatDate,
	formatList,
	formatMoney,
	formatNumber,
	formatTime,
	joinDayAndTime,
	languageName,
	sortByName,
	withoutDoubledStop
} from './format';
import type { Lang } from './languages';

/** Monday 7 December 2026, 19:00 in Amsterdam. */
const AT = Date.parse('2026-12-07T18:00:00Z');
const END = Date.parse('2026-12-07T21:00:00Z');

/** Intl writes narrow and non-breaking spaces; the table is typed with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Every format the app uses, as a reader of each language should see it. */
const EXPECTED: Record<
	Lang,
	{
		long: string;
		feed: string;
		snapshot: string;
		when: string;
		money: string;
		list: string;
		languages: string[];
	}
> = {
	nl: {
		long: '7 december 2026',
		feed: '7 december om 19:00',
		snapshot: '7 dec 2026, 19:00',
		when: 'maandag 7 december, 19:00',
		money: '€ 0,25',
		list: 'A, B en C',
		languages: ['Arabisch', 'Engels', 'Nederlands', 'Oekraïens', 'Pools', 'Turks']
	},
	en: {
		long: 'December 7, 2026',
		feed: 'December 7 at 19:00',
		snapshot: 'Dec 7, 2026, 19:00',
		when: 'Monday, December 7, 19:00',
		money: '€0.25',
		list: 'A, B, and C',
		languages: ['Arabic', 'Dutch', 'English', 'Polish', 'Turkish', 'Ukrainian']
	},
	ar: {
		long: '7 ديسمبر 2026',
		feed: '7 ديسمبر في 19:00',
		snapshot: '07‏/12‏/2026، 19:00',
		when: 'الاثنين، 7 ديسمبر، 19:00',
		money: '‏0.25 €',
		list: 'A وB وC',
		languages: ['الإنجليزية', 'الأوكرانية', 'البولندية', 'التركية', 'العربية', 'الهولندية']
	},
	tr: {
		long: '7 Aralık 2026',
		feed: '7 Aralık 19:00',
		snapshot: '7 Ara 2026 19:00',
		when: '7 Aralık Pazartesi 19:00',
		money: '€0,25',
		list: 'A, B ve C',
		languages: ['Arapça', 'Felemenkçe', 'İngilizce', 'Lehçe', 'Türkçe', 'Ukraynaca']
	},
	pl: {
		long: '7 grudnia 2026',
		feed: '7 grudnia 19:00',
		snapshot: '7 gru 2026, 19:00',
		when: 'poniedziałek, 7 grudnia, 19:00',
		money: '0,25 €',
		list: 'A, B i C',
		languages: ['angielski', 'arabski', 'niderlandzki', 'polski', 'turecki', 'ukraiński']
	},
	uk: {
		long: '7 грудня 2026 р.',
		feed: '7 грудня о 19:00',
		snapshot: '7 груд. 2026 р., 19:00',
		when: 'понеділок, 7 грудня, 19:00',
		money: '0,25 EUR',
		list: 'A, B і C',
		languages: ['англійська', 'арабська', 'нідерландська', 'польська', 'турецька', 'українська']
	}
};

describe.each(Object.keys(EXPECTED) as Lang[])('formats in %s', (lang) => {
	const expected = EXPECTED[lang];

	it('shows times on a 24-hour clock, as the posters do', () => {
		expect(formatTime(AT, lang)).toBe('19:00');
		expect(formatTime(END, lang)).toBe('22:00');
		expect(
			plain(formatDate(AT, lang, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }))
		).toBe(expected.feed);
		expect(plain(formatDate(AT, lang, { dateStyle: 'medium', timeStyle: 'short' }))).toBe(expected.snapshot);
	});

	it('writes dates, money, lists and sizes the way the language does', () => {
		expect(plain(formatDate(AT, lang))).toBe(expected.long);
		expect(plain(formatMoney(0.25, lang))).toBe(expected.money);
		expect(plain(formatList(['A', 'B', 'C'], lang))).toBe(expected.list);
		expect(formatNumber(1.5, lang, { style: 'percent' })).toMatch(/150/);
		expect(formatBytes(1_572_864, lang)).toMatch(/1[.,]5/);
	});

	it("joins a day and a time with the language's own separator, never a foreign comma", () => {
		const day = formatDate(AT, lang, { weekday: 'long', day: 'numeric', month: 'long' });
		const when = joinDayAndTime(day, formatTime(AT, lang), lang);
		expect(plain(when)).toBe(expected.when);
		if (lang === 'ar') expect(when).not.toContain(',');
	});

	it("sorts language names in the reader's alphabet, not by code", () => {
		const codes = ['ar', 'en', 'pl', 'tr', 'uk', 'nl'];
		const sorted = sortByName(codes, (code) => languageName(code, lang), lang);
		expect(sorted.map((code) => languageName(code, lang))).toEqual(expected.languages);
	});
});

describe('punctuation', () => {
	it('keeps one full stop when a date brings its own', () => {
		expect(plain(withoutDoubledStop(`Ти бачиш список від ${formatDate(AT, 'uk')}.`))).toBe(
			'Ти бачиш список від 7 грудня 2026 р.'
		);
		expect(withoutDoubledStop('Even wachten...')).toBe('Even wachten...');
	});

	it('a name the feed wrote instead of a code stays as written', () => {
		expect(languageName('Gebarentaal', 'nl')).toBe('Gebarentaal');
	});
});

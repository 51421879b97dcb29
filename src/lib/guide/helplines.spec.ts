import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_HELPLINES, checkIsStale, HELPLINES, HELPLINES_BY_URGENCY, telHref } from './helplines';
import { CONTACTS } from './schema';
import { languages } from '$lib/i18n/languages';

type Tree = { [key: string]: string | Tree };
const messages = (lang: string) => JSON.parse(readFileSync(`messages/${lang}/contacts.json`, 'utf8')) as Tree;

describe('helplines', () => {
	it('describe every contact a topic can name, in CONTACTS order', () => {
		expect(ALL_HELPLINES.map((h) => h.contact)).toEqual([...CONTACTS]);
		for (const contact of CONTACTS) expect(HELPLINES[contact].contact).toBe(contact);
	});

	it('list a number only with the page it was checked on', () => {
		const withoutSource = ALL_HELPLINES.filter((h) => h.number && !h.source).map((h) => h.contact);
		expect(withoutSource).toEqual([]);
	});

	it('give hours, a second number and languages only with the page they were checked on', () => {
		for (const h of ALL_HELPLINES) {
			if (h.number && h.hours) expect(h.source ?? h.hoursSource, h.contact).toBeTruthy();
			if (!h.number && h.hours && h.website) expect(h.hoursSource, h.contact).toBeTruthy();
			if (h.altNumber) expect(h.altNumberSource, h.contact).toBeTruthy();
			expect(h.languages === null, h.contact).toBe(h.languagesSource === null);
		}
	});

	it('use https for every link', () => {
		const links = ALL_HELPLINES.flatMap((h) => [
			h.source,
			h.website,
			h.hoursSource,
			h.altNumberSource,
			h.languagesSource
		]).filter(Boolean);
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) expect(link).toMatch(/^https:\/\//);
	});

	it('say whether a listed number is free', () => {
		for (const h of ALL_HELPLINES.filter((h) => h.number)) expect(typeof h.free, h.contact).toBe('boolean');
	});

	it('keep the numbers that were checked', () => {
		expect(HELPLINES.emergency.number).toBe('112');
		expect(HELPLINES.suicidePrevention).toMatchObject({
			number: '113',
			altNumber: '0800-0113',
			free: true,
			hours: 'always'
		});
		expect(HELPLINES.veiligThuis).toMatchObject({ number: '0800-2000', free: true, hours: 'always' });
		expect(HELPLINES.sexualViolence).toMatchObject({ number: '0800-0188', free: true, hours: 'always' });
		expect(HELPLINES.sexualViolence.source).toMatch(/^https:\/\/www\.centrumseksueelgeweld\.nl\//);
		expect(HELPLINES.kindertelefoon).toMatchObject({ number: '0800-0432', free: true, hours: 'daily11to21' });
		expect(HELPLINES.juridischLoket).toMatchObject({ number: '0900-8020', free: false, hours: 'daily9to18' });
		expect(HELPLINES.police).toMatchObject({ number: '0900-8844', free: false });
		expect(HELPLINES.sexualViolence).toMatchObject({ number: '0800-0188', free: true, hours: 'always' });
	});

	it('give the Juridisch Loket its rate per minute, from its own page', () => {
		expect(HELPLINES.juridischLoket.centsPerMinute).toBe(25);
		expect(HELPLINES.juridischLoket.source).toMatch(/^https:\/\/www\.juridischloket\.nl\//);
		// A rate is only given for a paid line.
		for (const h of ALL_HELPLINES) if (h.centsPerMinute !== undefined) expect(h.free, h.contact).toBe(false);
	});

	it('say when each checked number, hours or cost was last checked (yyyy-mm-dd)', () => {
		for (const h of ALL_HELPLINES) {
			if (h.number || h.source || h.hoursSource) expect(h.checked, h.contact).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			if (h.checked) expect(Number.isNaN(new Date(h.checked).getTime()), h.contact).toBe(false);
		}
	});

	it('were all checked within the last 12 months: an older check fails until someone checks again', () => {
		const today = new Date();
		const stale = ALL_HELPLINES.filter((h) => h.checked && checkIsStale(h.checked, today)).map(
			(h) => `${h.contact} (checked ${h.checked})`
		);
		expect(stale).toEqual([]);
	});

	it('counts a check as stale from 12 months on', () => {
		const today = new Date('2026-12-04T12:00:00Z');
		expect(checkIsStale('2026-11-23', today)).toBe(false);
		expect(checkIsStale('2025-12-05', today)).toBe(false);
		expect(checkIsStale('2025-12-04', today)).toBe(true);
		expect(checkIsStale('2024-06-01', today)).toBe(true);
		// A date in the future is a typo, not a fresh check.
		expect(checkIsStale('2027-01-01', today)).toBe(true);
	});

	it('order the lines by urgency: 112, 113, Veilig Thuis, Centrum Seksueel Geweld, De Kindertelefoon first, the police line last', () => {
		const order = HELPLINES_BY_URGENCY.map((h) => h.contact);
		expect([...order].sort()).toEqual([...CONTACTS].sort());
		expect(order.slice(0, 5)).toEqual([
			'emergency',
			'suicidePrevention',
			'veiligThuis',
			'sexualViolence',
			'kindertelefoon'
		]);
		expect(order.at(-1)).toBe('police');
	});

	it('leave out numbers we could not check, and say why', () => {
		for (const contact of ['luisterlijn', 'geldfit'] as const) {
			expect(HELPLINES[contact].number).toBeNull();
			expect(HELPLINES[contact].unverifiedNumber).toBeTruthy();
			expect(HELPLINES[contact].website, 'the website still leads to the number').toMatch(/^https:\/\//);
		}
	});

	it('keep the day-and-night hours of De Luisterlijn from its own site, without a number', () => {
		expect(HELPLINES.luisterlijn).toMatchObject({ number: null, hours: 'always' });
		expect(HELPLINES.luisterlijn.hoursSource).toMatch(/^https:\/\/www\.deluisterlijn\.nl\//);
	});

	it('say nothing about languages no own page confirmed', () => {
		// Checked 2026-11-23: no line's own page named the languages it speaks (see the header comment).
		for (const h of ALL_HELPLINES) expect(h.languages, h.contact).toBeNull();
	});

	it('gives the GP out-of-hours service no number: each region has its own', () => {
		expect(HELPLINES.gpOutOfHours.number).toBeNull();
	});

	it('makes tel: links of digits only', () => {
		expect(telHref('0800-2000')).toBe('tel:08002000');
		expect(telHref('113')).toBe('tel:113');
		expect(telHref('088-0767 000')).toBe('tel:0880767000');
		expect(telHref('0800-0113')).toBe('tel:08000113');
	});

	for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
		it(`${lang}/contacts.json names every language a line can speak`, () => {
			const spoken = messages(lang).spoken as Tree;
			expect(spoken.note).toContain('{{languages}}');
			for (const code of languages.map((l) => l.code)) expect(spoken[code], code).toBeTruthy();
			expect(messages(lang).callFree).toContain('{{number}}');
		});
	}

	for (const lang of ['nl', 'en', 'ar', 'tr', 'pl', 'uk']) {
		it(`${lang}/contacts.json names and describes every contact, every hours value and every cost`, () => {
			const m = messages(lang);
			for (const contact of CONTACTS) {
				const entry = m[contact] as Tree | undefined;
				expect(entry?.name, `${contact}.name`).toBeTruthy();
				expect(entry?.description, `${contact}.description`).toBeTruthy();
			}
			const hours = m.hours as Tree;
			for (const h of ALL_HELPLINES) if (h.hours) expect(hours[h.hours], h.hours).toBeTruthy();
			expect(hours.unknown).toBeTruthy();
			expect((m.cost as Tree).free && (m.cost as Tree).paid).toBeTruthy();
			expect((m.cost as Tree).perMinute).toContain('{{amount}}');
		});
	}

	it('never writes a number in a description that is not the checked one', () => {
		// Descriptions may mention 112 and 113 (checked), nothing else that looks like a phone number.
		for (const lang of ['nl', 'en']) {
			const m = messages(lang);
			for (const contact of CONTACTS) {
				const description = (m[contact] as Tree).description as string;
				const numbers = description.match(/\d[\d -]{2,}\d/g) ?? [];
				const allowed = ['112', '113', ...ALL_HELPLINES.map((h) => h.number).filter(Boolean)];
				expect(
					numbers.filter((n) => !allowed.includes(n.trim())),
					`${lang} ${contact}`
				).toEqual([]);
			}
		}
	});
});

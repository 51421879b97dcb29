import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError, MAX_FEED_BYTES, parseFeed, parseFeedText, readSchedule } from './parse';

const fixture = (name: string) =>
	readFileSync(new URL(`./testing/fixtures/${name}`, import.meta.url), 'utf8');

describe('reading an HSDS 3.0 feed', () => {
	it('reads an HSDS API page into our model, ignoring fields we do not use', () => {
		const feed = parseFeedText(fixture('good.json'));
		expect(feed.total).toBe(2);
		expect(feed.skipped).toBe(0);
		const [taal, geld] = feed.activities;
		expect(taal).toMatchObject({
			id: 'ac148810-d857-441c-9679-408f346de14b',
			name: 'Taalcafé Voorbeeldwijk',
			organization: 'Buurthuis Voorbeeld',
			themes: ['language', 'meeting'],
			neighbourhood: 'Voorbeeldwijk',
			place: {
				name: 'Buurthuis Voorbeeld',
				street: 'Voorbeeldstraat 1',
				postalCode: '0000 AA',
				city: 'Voorbeeldstad'
			},
			free: true,
			wheelchair: true,
			referralNeeded: false,
			languages: ['nl', 'ar'],
			phone: '010-000 00 01',
			url: 'https://example.org/taalcafe',
			lastVerified: '2026-10-01'
		});
		expect(taal?.schedules[0]).toMatchObject({
			freq: 'WEEKLY',
			byday: [{ day: 'TU' }, { day: 'TH' }],
			opensAt: '19:00',
			closesAt: '20:30'
		});
		expect(geld).toMatchObject({
			free: false,
			cost: '€ 2,50',
			referralNeeded: true,
			neighbourhood: 'Elders',
			wheelchair: false
		});
		expect(geld?.schedules[0]?.byday).toEqual([{ day: 'MO', nth: 2 }]);
		// Fields a resident does not need are left out; an empty alert is no alert.
		expect(taal).not.toHaveProperty('accreditations');
		expect(taal?.alert).toBeUndefined();
	});

	it('accepts a plain list of services and { services: [...] }', () => {
		const service = {
			id: 'x',
			name: 'X',
			schedules: [{ byday: 'MO', opens_at: '10:00', closes_at: '11:00' }]
		};
		expect(parseFeed([service]).activities).toHaveLength(1);
		expect(parseFeed({ services: [service] }).activities).toHaveLength(1);
	});

	it('skips and counts broken records, and says what is wrong', () => {
		const feed = parseFeedText(fixture('bad.json'));
		expect(feed.activities.map((activity) => activity.id)).toEqual(['ok']);
		// Eight broken ones minus the defunct one, which is left out on purpose.
		expect(feed.total).toBe(9);
		expect(feed.skipped).toBe(7);
		const messages = feed.problems.map((problem) => `${problem.record}: ${problem.message}`);
		expect(messages).toContain('no-schedule: It has no schedule: we cannot tell when it is on.');
		expect(messages).toContain(
			'late: The schedule: start time "25:00" is not a time of day (use 00:00 to 23:59).'
		);
		expect(messages.some((line) => line.startsWith('weekday: The schedule: unknown weekday "XY"'))).toBe(
			true
		);
		expect(messages).toContain('no-name: The field "name" is missing.');
		expect(messages).toContain('ok: The id "ok" is used twice.');
		expect(messages).toContain('#7: It is not an object with fields.');
	});

	it('refuses a feed that is not JSON, not HSDS, empty or too big', () => {
		const code = (body: string) => {
			try {
				parseFeedText(body);
				return 'parsed';
			} catch (error) {
				return error instanceof FeedError ? error.code : 'other';
			}
		};
		expect(code('<html>502 Bad Gateway</html>')).toBe('not-json');
		expect(code('{"hello": "world"}')).toBe('not-hsds');
		expect(code('[]')).toBe('empty');
		expect(code('[{"id": "x"}]')).toBe('empty');
		expect(code(' '.repeat(MAX_FEED_BYTES + 1))).toBe('too-big');
	});

	it('keeps HTML, emoji and right-to-left text as plain text, and drops unsafe links', () => {
		const [activity] = parseFeed([
			{
				id: 'x',
				name: '<img src=x onerror=alert(1)> Koffie ☕ قهوة',
				url: 'javascript:alert(1)',
				schedules: [{ byday: 'MO', opens_at: '10:00', closes_at: '11:00' }]
			}
		]).activities;
		expect(activity?.name).toBe('<img src=x onerror=alert(1)> Koffie ☕ قهوة');
		expect(activity?.url).toBe('');
	});

	it('leaves bidi overrides out of every text from the feed', () => {
		const [activity] = parseFeed([
			{
				id: 'x',
				name: 'Koffie \u202Eevil',
				description: 'Open \u2066inloop\u2069',
				organization: { name: '\u202DBuurthuis' },
				schedules: [{ byday: 'MO', opens_at: '10:00', closes_at: '11:00' }]
			}
		]).activities;
		expect(activity?.name).toBe('Koffie evil');
		expect(activity?.description).toBe('Open inloop');
		expect(activity?.organization).toBe('Buurthuis');
	});

	it('leaves bidi overrides out of feed text, written raw or as JSON escapes', () => {
		const service = (name: string) => ({
			id: 'x',
			name,
			schedules: [{ byday: 'MO', opens_at: '10:00', closes_at: '11:00' }]
		});
		// JSON.stringify keeps U+202E raw; the escaped form is how many generators write it.
		const raw = JSON.stringify([service('Koffie \u202Eevil')]);
		const escaped = raw.replace('\u202E', '\\u202e');
		expect(escaped).toContain('\\u202e');
		for (const body of [raw, escaped]) expect(parseFeedText(body).activities[0]?.name).toBe('Koffie evil');
		expect(parseFeedText(JSON.stringify([service('Koffie \u200Fklopt')])).activities[0]?.name).toBe(
			'Koffie \u200Fklopt'
		);
	});

	it('keeps only a plain e-mail address, so a feed cannot add ?cc= or &body= to the mailto: link', () => {
		const emailOf = (email: string) =>
			parseFeed([
				{
					id: 'x',
					name: 'Koffie',
					email,
					schedules: [{ byday: 'MO', opens_at: '10:00', closes_at: '11:00' }]
				}
			]).activities[0]?.email;
		expect(emailOf('  info@buurthuis-roerdam.nl ')).toBe('info@buurthuis-roerdam.nl');
		expect(emailOf('info@example.org?cc=spy@evil.example&body=Kom%20langs')).toBe('');
		expect(emailOf('info@example.org&bcc=spy@evil.example')).toBe('');
		expect(emailOf('mailto:info@example.org')).toBe('');
		expect(emailOf('info@example.org\nBcc: spy@evil.example')).toBe('');
		expect(emailOf('a@b, c@d.nl')).toBe('');
		expect(emailOf('geen adres')).toBe('');
	});
});

describe('reading a schedule', () => {
	it('explains what is wrong in plain words', () => {
		expect(readSchedule({ freq: 'YEARLY', opens_at: '10:00', closes_at: '11:00' }).errors).toEqual([
			'repeat "YEARLY" is not supported (use WEEKLY, MONTHLY or DAILY).'
		]);
		expect(readSchedule({ freq: 'MONTHLY', opens_at: '10:00', closes_at: '11:00' }).errors[0]).toMatch(
			/no day given/
		);
		expect(
			readSchedule({
				byday: 'MO',
				opens_at: '10:00',
				closes_at: '11:00',
				valid_from: '2026-05-01',
				valid_to: '2026-04-01'
			}).errors[0]
		).toMatch(/before valid_from/);
		expect(
			readSchedule({ byday: 'MO', opens_at: '10:00', closes_at: '11:00', valid_from: '2026-02-30' }).errors[0]
		).toMatch(/not a date/);
		expect(readSchedule({ byday: 'MO', closes_at: '11:00' }).errors).toContain('no start time (opens_at).');
	});

	it('warns, but keeps, a schedule without an end time or a fortnightly one without a start date', () => {
		const noEnd = readSchedule({ byday: 'MO', opens_at: '10:00' });
		expect(noEnd.schedule?.closesAt).toBe('11:00');
		expect(noEnd.warnings[0]).toMatch(/no end time/);
		const fortnightly = readSchedule({
			freq: 'WEEKLY',
			interval: 2,
			byday: 'MO',
			opens_at: '10:00',
			closes_at: '11:00'
		});
		expect(fortnightly.schedule).toBeDefined();
		expect(fortnightly.warnings[0]).toMatch(/which weeks/);
	});

	it('reads a one-off date and an until date', () => {
		expect(
			readSchedule({ dtstart: '2026-12-12', count: 1, opens_at: '10:00', closes_at: '11:00' }).schedule?.freq
		).toBe('ONCE');
		expect(
			readSchedule({
				byday: 'MO',
				until: '2026-12-31T00:00:00Z',
				valid_to: '2027-06-30',
				opens_at: '10:00',
				closes_at: '11:00'
			}).schedule?.validTo
		).toBe('2026-12-31');
	});
});

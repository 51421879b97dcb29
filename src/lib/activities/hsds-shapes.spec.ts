import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canExportSeries, seriesIcs } from './calendar';
import { buildIndex } from './finder';
import { parseFeed, readSchedule } from './parse';
import { nextOccurrences, occurrenceKey, occurrencesBetween } from './recurrence';
import { hostileService } from './testing/hostile';
import { makeActivity } from './testing/make';

/** Our own fictional records in the shapes of the HSDS 3.0 specification's examples. */
const shape = (name: string): Record<string, unknown> =>
	JSON.parse(readFileSync(new URL(`./testing/fixtures/hsds/${name}`, import.meta.url), 'utf8')) as Record<
		string,
		unknown
	>;

const keys = (items: { activity: unknown }[]) => items.map((item) => occurrenceKey(item as never));

describe('the full service record (service_full.json shape)', () => {
	it('reads one schedule repeated at service, location and service-at-location level as one', () => {
		const feed = parseFeed([shape('service-full.json')]);
		const [activity] = feed.activities;
		expect(activity?.schedules).toHaveLength(1);
		expect(activity?.whenNote).toBe('Elke dinsdagochtend, ook in de schoolvakanties.');
		expect(feed.problems.map((problem) => problem.message)).toContain(
			'Schedule 2 repeats an earlier schedule: we use it once.'
		);
		// The week of Tuesday 24 November 2026: one session, not three.
		const week = occurrencesBetween(activity!, '2026-11-23', '2026-11-29');
		expect(week.map((item) => item.date)).toEqual(['2026-11-24']);
		const next = nextOccurrences(activity!, new Date('2026-11-24T08:00:00Z'), 3);
		expect(next.map((item) => item.date)).toEqual(['2026-11-24', '2026-12-01', '2026-12-08']);
	});

	it('gives every occurrence a distinct key, also when two different schedules meet', () => {
		// Tuesdays, and Tuesdays and Thursdays, at the same hour: different rules, the same sessions.
		const activity = makeActivity({}, [
			{ byday: [{ day: 'TU' }] },
			{ byday: [{ day: 'TU' }, { day: 'TH' }] }
		]);
		const week = occurrencesBetween(activity, '2026-11-23', '2026-11-29');
		expect(week.map((item) => item.date)).toEqual(['2026-11-24', '2026-11-26']);
		expect(new Set(keys(week)).size).toBe(week.length);
		const next = nextOccurrences(activity, new Date('2026-11-23T08:00:00Z'), 3);
		expect(next.map((item) => item.date)).toEqual(['2026-11-24', '2026-11-26', '2026-12-01']);
	});
});

describe('fields residents need (service_full.json shape)', () => {
	it('reads the alert, ages, what to bring, interpretation, transport and who checked it', () => {
		const record = {
			...shape('service-full.json'),
			alert: 'Op 1 december is er geen taalcafé.',
			maximum_age: 99
		};
		const [activity] = parseFeed([record]).activities;
		expect(activity).toMatchObject({
			alert: 'Op 1 december is er geen taalcafé.',
			minAge: 16,
			maxAge: 99,
			bring: ['Niets nodig.'],
			interpretation: 'Een vrijwilliger spreekt Arabisch.',
			lastVerified: '2026-10-01',
			checkedBy: 'controle@example.org'
		});
		expect(activity?.place.transport).toBe('Bus 15, halte Kadeplein.');
	});

	it('counts only assured_date as checked, never last_modified', () => {
		const record = { ...shape('service-full.json'), assured_date: null, assurer_email: 'not an address' };
		const [activity] = parseFeed([record]).activities;
		expect(activity?.lastVerified).toBe('');
		expect(activity?.checkedBy).toBeUndefined();
		const feed = parseFeed([{ ...record, id: 'b', assured_date: 'oktober' }]);
		expect(feed.activities[0]?.lastVerified).toBe('');
		expect(feed.problems.map((problem) => problem.message)).toContain(
			'assured_date "oktober" is not a date (use yyyy-mm-dd).'
		);
	});
});

describe('schedules as HSDS means them (an API page of full services)', () => {
	const page = () => parseFeed(shape('services-page.json'));
	const byId = (id: string) => page().activities.find((activity) => activity.id === id)!;
	const at = (iso: string) => new Date(iso);

	it("keeps a building's opening hours apart from the activity's own times", () => {
		const taal = byId('svc-taalcafe-bieb');
		expect(taal.timesAreOpeningHours).toBe(false);
		expect(taal.schedules).toHaveLength(1);
		expect(taal.schedules[0]).toMatchObject({ interval: 2, byday: [{ day: 'TU' }], opensAt: '10:00' });
		expect(taal.openingHours).toHaveLength(1);
		expect(taal.openingHours[0]).toMatchObject({ opensAt: '09:00', closesAt: '17:00' });
		// Fortnightly Tuesday 10–12, not "today 09:00 to 17:00" because the library is open.
		const next = nextOccurrences(taal, at('2026-11-24T08:00:00Z'), 3);
		expect(next.map((item) => item.date)).toEqual(['2026-11-24', '2026-12-08', '2026-12-22']);
		expect(next.every((item) => item.start.toISOString().endsWith('T09:00:00.000Z'))).toBe(true);
		const ics = seriesIcs(taal, at('2026-11-24T08:00:00Z'));
		expect(ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU');
		expect(ics).not.toContain('BYDAY=MO');
	});

	it('uses the opening hours as times only when the service has none, and never as a calendar series', () => {
		const spreekuur = byId('svc-spreekuur-bieb');
		expect(spreekuur.timesAreOpeningHours).toBe(true);
		expect(spreekuur.schedules[0]).toMatchObject({ opensAt: '09:00', closesAt: '17:00' });
		expect(spreekuur.openingHours).toEqual([]);
		expect(canExportSeries(spreekuur)).toBe(false);
		expect(() => seriesIcs(spreekuur, at('2026-11-24T08:00:00Z'))).toThrow(/opening hours/);
		expect(page().problems.map((problem) => `${problem.record}: ${problem.message}`)).toContain(
			"svc-spreekuur-bieb: No times of its own (service or service_at_location schedules): we show the building's opening hours (location schedules) instead, and offer no calendar series."
		);
	});

	it('reads every service_at_location as its own place with its own times', () => {
		const koffie = byId('svc-koffie-noord-zuid');
		expect(koffie.places.map((place) => place.name)).toEqual([
			'Buurthuis Noord (verzonnen)',
			'Buurthuis Zuid (verzonnen)'
		]);
		const week = occurrencesBetween(koffie, '2026-11-23', '2026-11-29');
		expect(week.map((item) => `${item.date} ${item.place.name}`)).toEqual([
			'2026-11-23 Buurthuis Noord (verzonnen)',
			'2026-11-26 Buurthuis Zuid (verzonnen)'
		]);
	});

	it('skips an unusable schedule with a warning and closes the dates of a closure entry', () => {
		const feed = page();
		expect(feed.skipped).toBe(0);
		const koffie = byId('svc-koffie-noord-zuid');
		expect(koffie.closures).toEqual([
			{ from: '2026-12-21', to: '2027-01-03', note: 'Gesloten tijdens de kerstvakantie.', place: undefined }
		]);
		expect(koffie.whenNote).toContain('Gesloten tijdens de kerstvakantie.');
		const dates = occurrencesBetween(koffie, '2026-12-14', '2027-01-10').map((item) => item.date);
		expect(dates).toEqual(['2026-12-14', '2026-12-17', '2027-01-04', '2027-01-07']);
		const warnings = feed.problems
			.filter((problem) => problem.record === 'svc-koffie-noord-zuid')
			.map((problem) => `${problem.severity}: ${problem.message}`);
		expect(warnings).toContain(
			'warning: Schedule 4: start time "25:00" is not a time of day (use 00:00 to 23:59). We skip this schedule.'
		);
	});
});

describe('bounds on hostile schedules', () => {
	const now = new Date('2026-11-24T09:30:00Z');

	it('refuses an enormous count with a named warning, and computes 300 hostile schedules', () => {
		const feed = parseFeed([
			...Array.from({ length: 100 }, (_, i) => hostileService(i, 1_000_000_000)),
			...Array.from({ length: 100 }, (_, i) => hostileService(100 + i, 900)),
			...Array.from({ length: 100 }, (_, i) => hostileService(200 + i, null))
		]);
		expect(
			feed.problems.filter((problem) => /count 1000000000 is more than/.test(problem.message))
		).toHaveLength(100);
		// The enormous counts are left out; 900 days from the year 1000 are long past; the uncounted rule is on today.
		expect(feed.activities).toHaveLength(200);
		const index = buildIndex(feed.activities, now);
		const today = index.entries.filter((entry) => entry.week.some((item) => item.date === '2026-11-24'));
		expect(today.map((entry) => entry.activity.id).sort()).toEqual(
			Array.from({ length: 100 }, (_, i) => `hostile-${200 + i}`).sort()
		);
		expect(index.entries.filter((entry) => entry.next).length).toBe(100);
	});

	it('ends a counted rule at its last date, also when it started long ago', () => {
		// Daily from 1 November 2026, 30 times: the last day is 30 November.
		const activity = makeActivity({}, [{ freq: 'DAILY', anchor: '2026-11-01', count: 30 }]);
		expect(occurrencesBetween(activity, '2026-11-28', '2026-12-03').map((item) => item.date)).toEqual([
			'2026-11-28',
			'2026-11-29',
			'2026-11-30'
		]);
	});
});

describe('rule parts we do not read are refused by name', () => {
	const base = { freq: 'WEEKLY', byday: 'WE', opens_at: '10:00', closes_at: '12:00' };

	it('refuses byweekno, byyearday, another week start, a foreign time zone and offset', () => {
		expect(readSchedule({ ...base, byweekno: '27,28' }).errors).toEqual([
			'byweekno is not supported (we would show it on the wrong dates).'
		]);
		expect(readSchedule({ ...base, byyearday: 100 }).errors).toEqual([
			'byyearday is not supported (we would show it on the wrong dates).'
		]);
		expect(readSchedule({ ...base, wkst: 'TU' }).errors).toEqual([
			'wkst "TU" is not supported: weeks start on Monday here (MO).'
		]);
		expect(readSchedule({ ...base, timezone: 3 }).errors).toEqual([
			'timezone "3" is not supported: give opens_at and closes_at in Amsterdam time.'
		]);
		expect(readSchedule({ ...base, opens_at: '10:00:00Z' }).errors).toEqual([
			'start time "10:00:00Z" has the offset Z, not Amsterdam\'s: give Amsterdam time.'
		]);
	});

	it("keeps Amsterdam's own offsets and week start, with a word", () => {
		const ok = readSchedule({ ...base, wkst: 'MO', timezone: 1, opens_at: '10:00:00+01:00' });
		expect(ok.errors).toEqual([]);
		expect(ok.schedule?.opensAt).toBe('10:00');
		expect(ok.warnings).toEqual([
			'start time "10:00:00+01:00": we read it as Amsterdam time, summer and winter.',
			'timezone "1": we read the times as Amsterdam time, summer and winter.'
		]);
	});

	it('skips such a schedule, not the service', () => {
		const feed = parseFeed([
			{
				id: 'zomer',
				name: 'Zomerschool (verzonnen)',
				schedules: [
					{ ...base, byweekno: '27,28' },
					{ freq: 'WEEKLY', byday: 'MO', opens_at: '10:00', closes_at: '11:00' }
				]
			}
		]);
		expect(feed.activities[0]?.schedules).toHaveLength(1);
		expect(feed.problems.map((problem) => problem.message)).toContain(
			'Schedule 1: byweekno is not supported (we would show it on the wrong dates). We skip this schedule.'
		);
	});
});

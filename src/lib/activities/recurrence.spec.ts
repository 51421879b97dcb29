import fc from 'fast-check';
import * as rrule from 'rrule';
import { describe, expect, it } from 'vitest';
import type { DayRule, Schedule, WeekdayCode } from './model';
import { isOnNow, nextOccurrences, occurrencesBetween, scheduleDates } from './recurrence';
import { makeActivity } from './testing/make';

const dates = (activity: ReturnType<typeof makeActivity>, from: string, to: string) =>
	occurrencesBetween(activity, from, to).map((item) => item.date);

describe('schedule expansion', () => {
	it('weekly on two days', () => {
		const activity = makeActivity({}, [{ byday: [{ day: 'TU' }, { day: 'TH' }] }]);
		expect(dates(activity, '2026-11-23', '2026-12-06')).toEqual([
			'2026-11-24',
			'2026-11-26',
			'2026-12-01',
			'2026-12-03'
		]);
	});

	it('every other week, in step with its start date', () => {
		const activity = makeActivity({}, [{ interval: 2, byday: [{ day: 'FR' }], anchor: '2026-01-02' }]);
		expect(dates(activity, '2026-11-16', '2026-12-20')).toEqual(['2026-11-20', '2026-12-04', '2026-12-18']);
	});

	it('monthly on the second Monday and on the last Friday', () => {
		const second = makeActivity({}, [{ freq: 'MONTHLY', byday: [{ day: 'MO', nth: 2 }] }]);
		expect(dates(second, '2026-11-01', '2027-01-31')).toEqual(['2026-11-09', '2026-12-14', '2027-01-11']);
		const last = makeActivity({}, [{ freq: 'MONTHLY', byday: [{ day: 'FR', nth: -1 }] }]);
		expect(dates(last, '2026-11-01', '2027-01-31')).toEqual(['2026-11-27', '2026-12-25', '2027-01-29']);
	});

	it('monthly on a day of the month', () => {
		const activity = makeActivity({}, [{ freq: 'MONTHLY', bymonthday: [15] }]);
		expect(dates(activity, '2026-11-01', '2027-01-31')).toEqual(['2026-11-15', '2026-12-15', '2027-01-15']);
	});

	it('seasonal: only between valid_from and valid_to', () => {
		const activity = makeActivity({}, [
			{ byday: [{ day: 'SA' }], validFrom: '2026-04-01', validTo: '2026-04-20' }
		]);
		expect(dates(activity, '2026-03-01', '2026-05-31')).toEqual(['2026-04-04', '2026-04-11', '2026-04-18']);
	});

	it('holiday hours the HSDS way: the regular run pauses (valid_to/valid_from), an extra entry covers the break', () => {
		// HSDS has no exception dates; a feed ends the regular schedule and adds the exceptional one.
		const activity = makeActivity({}, [
			{ byday: [{ day: 'WE' }], opensAt: '10:00', closesAt: '12:00', validTo: '2026-12-20' },
			{ freq: 'ONCE', anchor: '2026-12-30', opensAt: '14:00', closesAt: '16:00' },
			{ byday: [{ day: 'WE' }], opensAt: '10:00', closesAt: '12:00', validFrom: '2027-01-04' }
		]);
		const items = occurrencesBetween(activity, '2026-12-14', '2027-01-10');
		expect(items.map((item) => item.date)).toEqual(['2026-12-16', '2026-12-30', '2027-01-06']);
		// 30 December at 14:00 in Amsterdam (winter time, UTC+1).
		expect(items[1]?.start.toISOString()).toBe('2026-12-30T13:00:00.000Z');
		// No Wednesday in the break: seen on 21 December, the next time is the 30th.
		expect(nextOccurrences(activity, new Date('2026-12-21T09:00:00Z'), 1)[0]?.date).toBe('2026-12-30');
	});

	it('a single date', () => {
		const activity = makeActivity({}, [{ freq: 'ONCE', anchor: '2026-12-12' }]);
		expect(dates(activity, '2026-12-01', '2026-12-31')).toEqual(['2026-12-12']);
		expect(dates(activity, '2027-01-01', '2027-01-31')).toEqual([]);
	});

	it('a counted run stops after its count', () => {
		const activity = makeActivity({}, [{ byday: [{ day: 'MO' }], anchor: '2026-11-02', count: 3 }]);
		expect(dates(activity, '2026-11-01', '2026-12-31')).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
	});

	it('keeps the wall-clock time in the weeks the clocks change', () => {
		const activity = makeActivity({}, [
			{ byday: [{ day: 'SA' }, { day: 'SU' }, { day: 'MO' }], opensAt: '10:00', closesAt: '11:00' }
		]);
		const spring = occurrencesBetween(activity, '2026-03-28', '2026-03-30').map((item) =>
			item.start.toISOString()
		);
		expect(spring).toEqual([
			'2026-03-28T09:00:00.000Z',
			'2026-03-29T08:00:00.000Z',
			'2026-03-30T08:00:00.000Z'
		]);
		const autumn = occurrencesBetween(activity, '2026-10-24', '2026-10-26').map((item) =>
			item.start.toISOString()
		);
		expect(autumn).toEqual([
			'2026-10-24T08:00:00.000Z',
			'2026-10-25T09:00:00.000Z',
			'2026-10-26T09:00:00.000Z'
		]);
	});

	it('a temporarily closed activity has no dates', () => {
		const activity = makeActivity({ status: 'closed' }, [{ byday: [{ day: 'TU' }] }]);
		expect(dates(activity, '2026-11-23', '2026-12-06')).toEqual([]);
		expect(nextOccurrences(activity, new Date('2026-11-23T09:00:00Z'))).toEqual([]);
	});

	it('finds the next three times, skipping one that has ended', () => {
		const activity = makeActivity({}, [{ byday: [{ day: 'MO' }] }]);
		// Monday 23 November, 12:30 in Amsterdam: today's 10:00–12:00 is over.
		const next = nextOccurrences(activity, new Date('2026-11-23T11:30:00Z'));
		expect(next.map((item) => item.date)).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
	});

	it('finds a seasonal activity months ahead', () => {
		const activity = makeActivity({}, [
			{ byday: [{ day: 'SA' }], validFrom: '2027-04-01', validTo: '2027-09-30' }
		]);
		expect(nextOccurrences(activity, new Date('2026-11-23T09:00:00Z'), 1)[0]?.date).toBe('2027-04-03');
	});

	it('"nu open" at the boundaries: open at the start, closed at the end', () => {
		const [item] = occurrencesBetween(
			makeActivity({}, [{ byday: [{ day: 'MO' }] }]),
			'2026-11-23',
			'2026-11-23'
		);
		expect(item).toBeDefined();
		expect(isOnNow(item!, new Date('2026-11-23T08:59:59Z'))).toBe(false);
		expect(isOnNow(item!, new Date('2026-11-23T09:00:00Z'))).toBe(true);
		expect(isOnNow(item!, new Date('2026-11-23T10:59:59Z'))).toBe(true);
		expect(isOnNow(item!, new Date('2026-11-23T11:00:00Z'))).toBe(false);
	});

	it('a monthly last Sunday falls on both clock changes, at 10:00 Amsterdam time', () => {
		const activity = makeActivity({}, [
			{ freq: 'MONTHLY', byday: [{ day: 'SU', nth: -1 }], opensAt: '10:00', closesAt: '12:00' }
		]);
		const starts = (from: string, to: string) =>
			occurrencesBetween(activity, from, to).map((item) => item.start.toISOString());
		// 29 March and 25 October 2026 are the last Sundays, and the days the clocks change.
		expect(starts('2026-02-01', '2026-04-30')).toEqual([
			'2026-02-22T09:00:00.000Z',
			'2026-03-29T08:00:00.000Z',
			'2026-04-26T08:00:00.000Z'
		]);
		expect(starts('2026-10-01', '2026-11-30')).toEqual([
			'2026-10-25T09:00:00.000Z',
			'2026-11-29T09:00:00.000Z'
		]);
	});

	it('a night-time rule on the clock-change days: the skipped hour moves on, the doubled hour counts once', () => {
		const activity = makeActivity({}, [
			{ freq: 'DAILY', opensAt: '02:30', closesAt: '04:00', anchor: '2026-01-01' }
		]);
		const spring = occurrencesBetween(activity, '2026-03-29', '2026-03-29');
		// 02:30 does not exist on 29 March: it starts at 03:30 summer time; 04:00 is still 04:00.
		expect(spring.map((item) => [item.start.toISOString(), item.end.toISOString()])).toEqual([
			['2026-03-29T01:30:00.000Z', '2026-03-29T02:00:00.000Z']
		]);
		const autumn = occurrencesBetween(activity, '2026-10-25', '2026-10-25');
		expect(autumn.map((item) => item.start.toISOString())).toEqual(['2026-10-25T00:30:00.000Z']);
	});

	it('every other week keeps its rhythm across the clock change and years after its start', () => {
		const activity = makeActivity({}, [
			{ interval: 2, byday: [{ day: 'SU' }], anchor: '2023-01-01', opensAt: '10:00', closesAt: '11:00' }
		]);
		// 1 January 2023 was a Sunday; 2026-03-22 is 168 weeks later, so the 29th is off and 5 April on.
		expect(
			occurrencesBetween(activity, '2026-03-16', '2026-04-12').map((item) => item.start.toISOString())
		).toEqual(['2026-03-22T09:00:00.000Z', '2026-04-05T08:00:00.000Z']);
	});

	it('an evening that runs past midnight ends the next day', () => {
		const [item] = occurrencesBetween(
			makeActivity({}, [{ byday: [{ day: 'FR' }], opensAt: '21:00', closesAt: '01:00' }]),
			'2026-11-27',
			'2026-11-27'
		);
		expect(item?.end.toISOString()).toBe('2026-11-28T00:00:00.000Z');
	});
});

// rule-dates.ts reads recurrence rules with our own code, jumping straight to the window. The rrule
// library (a dev dependency, used only here) is the independent reader: on random HSDS-style rules our
// dates must be the very dates rrule gives when it walks from the rule's own start.
const { RRule } = 'RRule' in rrule ? rrule : (rrule as unknown as { default: typeof rrule }).default;
const CODES: WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function fromOwnStart(schedule: Schedule, from: string, to: string): string[] {
	const floating = (key: string) => new Date(`${key}T00:00:00Z`);
	const weekday = (rule: DayRule) => {
		const plain = RRule[rule.day];
		return rule.nth ? plain.nth(rule.nth) : plain;
	};
	return new RRule({
		freq: { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY }[
			schedule.freq as 'DAILY' | 'WEEKLY' | 'MONTHLY'
		],
		interval: schedule.interval,
		byweekday: schedule.byday.length ? schedule.byday.map(weekday) : null,
		bymonthday: schedule.bymonthday.length ? [...schedule.bymonthday] : null,
		wkst: RRule.MO,
		dtstart: floating(schedule.anchor!),
		until: schedule.validTo ? floating(schedule.validTo) : null,
		count: schedule.count ?? null
	})
		.between(floating(from), floating(to), true)
		.map((date) => date.toISOString().slice(0, 10));
}

const day = fc
	.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
	.map((date) => date.toISOString().slice(0, 10));

const schedule: fc.Arbitrary<Schedule> = fc.record({
	freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY') as fc.Arbitrary<Schedule['freq']>,
	interval: fc.integer({ min: 1, max: 4 }),
	byday: fc.oneof<fc.Arbitrary<DayRule[]>[]>(
		fc.constant([]),
		fc
			.uniqueArray(fc.constantFrom(...CODES), { minLength: 1, maxLength: 3 })
			.map((days) => days.map((code) => ({ day: code }))),
		fc
			.tuple(fc.constantFrom(...CODES), fc.constantFrom(1, 2, 3, 4, -1, -2))
			.map(([code, nth]) => [{ day: code, nth }])
	),
	bymonthday: fc.oneof<fc.Arbitrary<number[]>[]>(
		fc.constant([]),
		fc.uniqueArray(fc.constantFrom(1, 2, 15, 28, 29, 30, 31, -1), { minLength: 1, maxLength: 2 })
	),
	opensAt: fc.constant('10:00'),
	closesAt: fc.constant('12:00'),
	anchor: day,
	validTo: fc.option(day, { nil: undefined, freq: 2 }),
	count: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined, freq: 2 })
});

const example: Schedule = {
	freq: 'WEEKLY',
	interval: 1,
	byday: [],
	bymonthday: [],
	opensAt: '10:00',
	closesAt: '12:00'
};

describe('our reading of recurrence rules', () => {
	it('gives the dates rrule gives from the rule’s own start', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(schedule, day, fc.integer({ min: 0, max: 70 }), (rule, from, length) => {
				const to = new Date(Date.parse(`${from}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
				const last = rule.validTo && rule.validTo < to ? rule.validTo : to;
				const expected = from > last ? [] : fromOwnStart(rule, from, last);
				expect(scheduleDates(rule, from, to)).toEqual(expected);
			}),
			{
				numRuns: 400,
				// Rare in random draws, so always tried: a monthly rule on its start's day, and every third week.
				examples: [
					[{ ...example, freq: 'MONTHLY', anchor: '2023-02-02' }, '2026-03-01', 40],
					[{ ...example, interval: 3, byday: [{ day: 'WE' }], anchor: '2023-05-04' }, '2026-11-20', 30]
				]
			}
		);
	});
});

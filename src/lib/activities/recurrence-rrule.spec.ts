import fc from 'fast-check';
import * as rrule from 'rrule';
import { describe, expect, it } from 'vitest';
import type { DayRule, Schedule, WeekdayCode } from './model';
import { scheduleDates } from './recurrence';

// The rrule library is the reference our own matcher must agree with (it is a test-only dependency).
const { RRule } = 'RRule' in rrule ? rrule : (rrule as unknown as { default: typeof rrule }).default;
const CODES: WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function reference(schedule: Schedule, from: string, to: string): string[] {
	const utc = (key: string, end = false) => new Date(`${key}T${end ? '23:59' : '00:00'}:00Z`);
	const rule = new RRule({
		freq: { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY }[schedule.freq as 'DAILY'],
		interval: schedule.interval,
		byweekday: schedule.byday.length
			? schedule.byday.map((r) => (r.nth ? RRule[r.day].nth(r.nth) : RRule[r.day]))
			: null,
		bymonthday: schedule.bymonthday.length ? schedule.bymonthday : null,
		dtstart: utc(schedule.anchor!),
		count: schedule.count ?? null
	});
	return rule.between(utc(from), utc(to, true), true).map((d) => d.toISOString().slice(0, 10));
}

const day = fc
	.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

const schedule: fc.Arbitrary<Schedule> = fc.record({
	freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY') as fc.Arbitrary<Schedule['freq']>,
	interval: fc.integer({ min: 1, max: 4 }),
	byday: fc.oneof<fc.Arbitrary<DayRule[]>[]>(
		fc.constant([]),
		fc
			.uniqueArray(fc.constantFrom(...CODES), { minLength: 1, maxLength: 3 })
			.map((days) => days.map((d) => ({ day: d }))),
		fc
			.tuple(fc.constantFrom(...CODES), fc.constantFrom(1, 2, 3, 4, -1, -2))
			.map(([d, nth]) => [{ day: d, nth }])
	),
	bymonthday: fc.oneof<fc.Arbitrary<number[]>[]>(
		fc.constant([]),
		fc.uniqueArray(fc.constantFrom(1, 2, 15, 28, 31, -1), { minLength: 1, maxLength: 2 })
	),
	opensAt: fc.constant('10:00'),
	closesAt: fc.constant('12:00'),
	anchor: day,
	count: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined })
});

describe('our recurrence matcher agrees with rrule', () => {
	it('on random HSDS-style schedules and windows', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(schedule, day, fc.integer({ min: 0, max: 70 }), (rule, from, length) => {
				// nth weekdays only mean something for MONTHLY (rrule ignores them otherwise; HSDS never sends them).
				if (rule.freq !== 'MONTHLY' && rule.byday.some((r) => r.nth)) return;
				const to = new Date(Date.parse(`${from}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
				expect(scheduleDates(rule, from, to)).toEqual(reference(rule, from, to));
			}),
			{ numRuns: 400 }
		);
	});
});

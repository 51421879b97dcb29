import { describe, expect, it } from 'vitest';
import { addDays, dateKeyOf, instantAt, isoWeekday, wallClock } from './time';

describe('Amsterdam wall-clock time', () => {
	it('turns a winter and a summer wall-clock time into the right instant', () => {
		expect(instantAt('2026-01-13', '10:00').toISOString()).toBe('2026-01-13T09:00:00.000Z');
		expect(instantAt('2026-07-14', '10:00').toISOString()).toBe('2026-07-14T08:00:00.000Z');
	});

	it('handles the days the clocks change', () => {
		// 29 March 2026: 02:00 → 03:00. 02:30 does not exist and moves on to 03:30 summer time.
		expect(instantAt('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
		expect(instantAt('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
		// 25 October 2026: 03:00 → 02:00. 02:30 happens twice: the first one counts.
		expect(instantAt('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
		expect(instantAt('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
	});

	it('gives a fresh Date each time, so changing one cannot move the next answer', () => {
		const first = instantAt('2026-03-29', '02:30');
		first.setUTCFullYear(1999);
		expect(instantAt('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
		expect(instantAt('2026-03-29', '02:30')).not.toBe(instantAt('2026-03-29', '02:30'));
	});

	it('knows the Amsterdam day and weekday of an instant', () => {
		expect(dateKeyOf(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
		expect(wallClock(new Date('2026-11-23T23:30:00Z'))).toEqual({
			year: 2026,
			month: 11,
			day: 24,
			hour: 0,
			minute: 30
		});
		expect(isoWeekday('2026-11-23')).toBe(1);
		expect(isoWeekday('2026-11-29')).toBe(7);
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
	});
});

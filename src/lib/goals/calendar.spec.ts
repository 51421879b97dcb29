import { describe, expect, it } from 'vitest';
import { dateArray, icsFileName, stepEvent } from './calendar';

describe('a step in the calendar', () => {
	it('reads only real dates', () => {
		expect(dateArray('2026-12-03')).toEqual([2026, 12, 3]);
		expect(dateArray('2026-02-30')).toBeUndefined();
		expect(dateArray('morgen')).toBeUndefined();
	});

	it('makes an all-day event with the step and the goal', async () => {
		const ics = await stepEvent(
			{ id: 's1', title: 'Bel de woningcorporatie', date: '2026-12-03' },
			'Huur op tijd'
		);
		expect(ics).toContain('BEGIN:VEVENT');
		expect(ics).toContain('DTSTART;VALUE=DATE:20261203');
		expect(ics).toContain('SUMMARY:Bel de woningcorporatie');
		expect(ics).toContain('DESCRIPTION:Huur op tijd');
	});

	it('refuses a step without a date', async () => {
		await expect(stepEvent({ id: 's', title: 'x' }, 'g')).rejects.toThrow();
	});

	it('gives a safe file name', () => {
		expect(icsFileName('Bel de <b>bank</b>! 👍')).toBe('bel-de-bbankb.ics');
		expect(icsFileName('مرحبا')).toBe('stap.ics');
	});
});

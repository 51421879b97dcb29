import { describe, expect, it } from 'vitest';
import { canExportSeries, icsFileName, occurrenceIcs, recurrenceRule, seriesIcs } from './calendar';
import { occurrencesBetween } from './recurrence';
import { makeActivity } from './testing/make';

const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

describe('calendar files', () => {
	const activity = makeActivity({ name: 'Taalcafé, "Oost"', description: 'Praten; oefenen' }, [
		{ byday: [{ day: 'TU' }], opensAt: '19:00', closesAt: '20:30' }
	]);

	it('one date in exact UTC times', () => {
		const [item] = occurrencesBetween(activity, '2026-11-24', '2026-11-24');
		const ics = unfold(occurrenceIcs(item!));
		expect(ics).toContain('DTSTART:20261124T180000Z');
		expect(ics).toContain('DTEND:20261124T193000Z');
		expect(ics).toContain('SUMMARY:Taalcafé\\, "Oost"');
		expect(ics).toContain('LOCATION:Buurthuis\\, Voorbeeldstraat 1\\, 0000 AA Roerdam');
	});

	it('a series in wall-clock time with its repeat rule', () => {
		const ics = unfold(seriesIcs(activity, new Date('2026-11-23T09:00:00Z')));
		expect(ics).toContain('DTSTART:20261124T190000');
		expect(ics).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
	});

	it('writes numbered weekdays, intervals and end dates', () => {
		expect(
			recurrenceRule({
				freq: 'MONTHLY',
				interval: 1,
				byday: [{ day: 'FR', nth: -1 }],
				bymonthday: [],
				opensAt: '10:00',
				closesAt: '11:00',
				validTo: '2027-03-31'
			})
		).toBe('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20270331T235900');
		expect(
			recurrenceRule({
				freq: 'WEEKLY',
				interval: 2,
				byday: [{ day: 'MO' }],
				bymonthday: [],
				opensAt: '10:00',
				closesAt: '11:00'
			})
		).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
	});

	it('offers no series for a closed or one-off activity', () => {
		expect(canExportSeries(activity)).toBe(true);
		expect(canExportSeries({ ...activity, status: 'closed' })).toBe(false);
		expect(canExportSeries(makeActivity({}, [{ freq: 'ONCE', anchor: '2026-12-01' }]))).toBe(false);
	});

	it('makes a safe file name', () => {
		expect(icsFileName(activity)).toBe('taalcafe-oost.ics');
		expect(icsFileName(makeActivity({ name: 'قهوة' }))).toBe('activiteit.ics');
	});
});

describe('line folding by octets (RFC 5545 3.1)', () => {
	const arabic = 'مقهى اللغة للجيران: تعال وتحدث الهولندية مع الجيران، مع القهوة والشاي ☕ '.repeat(3).trim();
	const activity = makeActivity({ name: arabic, description: `${arabic}\n\n${arabic}` }, [
		{ byday: [{ day: 'TU' }], opensAt: '19:00', closesAt: '20:30' }
	]);

	it('keeps every line within 75 octets, never splits a character, and unfolds to the same text', () => {
		const [item] = occurrencesBetween(activity, '2026-11-24', '2026-11-24');
		for (const ics of [occurrenceIcs(item!), seriesIcs(activity, new Date('2026-11-23T09:00:00Z'))]) {
			const lines = ics.split('\r\n');
			const decoder = new TextDecoder('utf-8', { fatal: true });
			for (const line of lines) {
				const bytes = new TextEncoder().encode(line);
				expect(bytes.length).toBeLessThanOrEqual(75);
				// A fold inside a UTF-8 sequence would make this line invalid on its own.
				expect(decoder.decode(bytes)).toBe(line);
			}
			expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
			const summary = /^SUMMARY:(.*)$/m.exec(ics.replace(/\r\n[ \t]/g, ''))?.[1];
			expect(summary).toBe(arabic.replace(/,/g, '\\,'));
		}
	});
});

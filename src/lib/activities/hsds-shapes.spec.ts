import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse';
import { nextOccurrences, occurrenceKey, occurrencesBetween } from './recurrence';
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

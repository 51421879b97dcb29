import { describe, expect, it } from 'vitest';
import { buildIndex, find, NO_FILTERS, onToday, type Filters } from './finder';
import { makeActivity } from './testing/make';

// Tuesday 24 November 2026, 10:30 in Amsterdam.
const now = new Date('2026-11-24T09:30:00Z');
const activities = [
	makeActivity({ id: 'koffie', name: 'Koffieochtend', neighbourhood: 'Molenwijk' }, [
		{ byday: [{ day: 'TU' }], opensAt: '10:00', closesAt: '12:00' }
	]),
	makeActivity(
		{
			id: 'taal',
			name: 'Taalcafé',
			themes: ['language'],
			languages: ['nl', 'ar'],
			wheelchair: false,
			neighbourhood: 'Oosterpark'
		},
		[{ byday: [{ day: 'TU' }, { day: 'TH' }], opensAt: '19:00', closesAt: '20:30' }]
	),
	makeActivity(
		{ id: 'yoga', name: 'Stoelyoga', free: false, themes: ['health'], description: 'Rustig bewegen' },
		[{ byday: [{ day: 'WE' }] }]
	),
	makeActivity({ id: 'ochtend', name: 'Vroege wandeling' }, [
		{ byday: [{ day: 'TU' }], opensAt: '07:00', closesAt: '08:00' }
	]),
	makeActivity({ id: 'schuld', name: 'Schuldhulp', referralNeeded: true, themes: ['money'] }, [
		{ freq: 'MONTHLY', byday: [{ day: 'MO', nth: 2 }] }
	])
];
const index = buildIndex(activities, now);
const ids = (filters: Partial<Filters>, saved?: Set<string>) =>
	find(index, { ...NO_FILTERS, ...filters }, now, saved).map((found) => found.activity.id);

describe('finding activities', () => {
	it('today: what is still to come or on now, by start time', () => {
		expect(ids({ view: 'today' })).toEqual(['koffie', 'taal']);
	});

	it('this week: every time in the coming seven days', () => {
		// The early walk is over today, and next Tuesday is the eighth day.
		expect(ids({ view: 'week' })).toEqual(['koffie', 'taal', 'yoga', 'taal']);
	});

	it('everything: each activity once, by name, with its next time', () => {
		const found = find(index, { ...NO_FILTERS, view: 'all' }, now);
		expect(found.map((item) => item.activity.id)).toEqual(['koffie', 'schuld', 'yoga', 'taal', 'ochtend']);
		expect(found.find((item) => item.activity.id === 'schuld')?.occurrence?.date).toBe('2026-12-14');
	});

	it('filters: open now, free, wheelchair, no referral, theme, neighbourhood, language, day', () => {
		expect(ids({ view: 'today', openNow: true })).toEqual(['koffie']);
		expect(ids({ view: 'all', free: true })).not.toContain('yoga');
		expect(ids({ view: 'today', wheelchair: true })).toEqual(['koffie']);
		expect(ids({ view: 'all', noReferral: true })).not.toContain('schuld');
		expect(ids({ view: 'all', theme: 'language' })).toEqual(['taal']);
		expect(ids({ view: 'all', neighbourhood: 'Oosterpark' })).toEqual(['taal']);
		expect(ids({ view: 'all', language: 'ar' })).toEqual(['taal']);
		expect(ids({ view: 'week', day: 4 })).toEqual(['taal']);
		expect(ids({ view: 'all', day: 1 })).toEqual(['schuld']);
	});

	it('searches names and descriptions, ignoring case and accents', () => {
		expect(ids({ view: 'all', query: 'TAALCAFE' })).toEqual(['taal']);
		expect(ids({ view: 'all', query: 'rustig bewegen' })).toEqual(['yoga']);
		expect(ids({ view: 'all', query: 'niets zoals dit' })).toEqual([]);
	});

	it('saved: only the favourites', () => {
		expect(ids({ view: 'saved' }, new Set(['yoga', 'taal']))).toEqual(['yoga', 'taal']);
	});

	it('lists the neighbourhoods and languages for the filter menus', () => {
		expect(index.neighbourhoods).toEqual(['Centrum', 'Molenwijk', 'Oosterpark']);
		expect(index.languages).toEqual(['ar', 'nl']);
	});

	it('what is on today in one neighbourhood, for the walk-in start screen', () => {
		expect(onToday(index, 'molenwijk', now).map((item) => item.activity.id)).toEqual(['koffie']);
		expect(onToday(index, '', now).map((item) => item.activity.id)).toEqual(['koffie', 'taal']);
	});
});

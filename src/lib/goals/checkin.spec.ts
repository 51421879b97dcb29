import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIFE_AREAS } from '$lib/storage/schema';
import { byNewest, cleanRatings, compareCheckIns, hasAnyRating, isoDate, talkAreas } from './checkin';

describe('check-in comparison', () => {
	it('compares every area with the earlier check-in', () => {
		const earlier = {
			ratings: { money: { score: 2 as const, talk: false }, mood: { score: 4 as const, talk: false } }
		};
		const latest = {
			ratings: {
				money: { score: 4 as const, talk: true },
				mood: { score: 3 as const, talk: false },
				housing: { score: 5 as const, talk: false }
			}
		};
		const rows = compareCheckIns(latest, earlier);
		expect(rows.map((row) => row.area)).toEqual([...LIFE_AREAS]);
		expect(rows.find((row) => row.area === 'money')).toEqual({
			area: 'money',
			now: 4,
			before: 2,
			change: 2,
			talk: true
		});
		expect(rows.find((row) => row.area === 'mood')?.change).toBe(-1);
		// Only now, no before: no change is invented.
		expect(rows.find((row) => row.area === 'housing')).toMatchObject({
			now: 5,
			before: undefined,
			change: undefined
		});
		expect(rows.find((row) => row.area === 'family')).toMatchObject({
			now: undefined,
			change: undefined,
			talk: false
		});
	});

	it('works for a first check-in without an earlier one', () => {
		const rows = compareCheckIns({ ratings: { health: { score: 3, talk: false } } });
		expect(rows.every((row) => row.before === undefined && row.change === undefined)).toBe(true);
	});

	it('the change is always now minus before, within −4…4', () => {
		const score = fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>;
		fc.assert(
			fc.property(score, score, (now, before) => {
				const [row] = compareCheckIns(
					{ ratings: { money: { score: now, talk: false } } },
					{ ratings: { money: { score: before, talk: false } } }
				);
				expect(row?.change).toBe(now - before);
				expect(Math.abs(row?.change ?? 0)).toBeLessThanOrEqual(4);
			})
		);
	});

	it('sorts newest first, also two on one day', () => {
		const list = [
			{ id: 'a', date: '2026-01-05', createdAt: 1 },
			{ id: 'b', date: '2026-03-01', createdAt: 2 },
			{ id: 'c', date: '2026-03-01', createdAt: 3 }
		];
		expect(byNewest(list).map((c) => c.id)).toEqual(['c', 'b', 'a']);
	});

	it('lists the areas flagged to talk about', () => {
		expect(
			talkAreas({
				ratings: { mood: { talk: true }, money: { talk: true, score: 1 }, health: { talk: false } }
			})
		).toEqual(['money', 'mood']);
		expect(talkAreas(undefined)).toEqual([]);
	});
});

describe('cleaning a check-in before saving', () => {
	it('keeps filled-in areas only and drops invalid scores', () => {
		const ratings = cleanRatings({
			money: { score: 3, talk: false, note: '  ' },
			housing: { score: 9, talk: true },
			mood: { note: ' moe ' },
			family: {}
		});
		expect(ratings).toEqual({
			money: { score: 3, talk: false },
			housing: { talk: true },
			mood: { talk: false, note: 'moe' }
		});
		expect(hasAnyRating(ratings)).toBe(true);
		expect(hasAnyRating(cleanRatings({ family: { talk: false } }))).toBe(false);
	});

	it('limits a long note to 2,000 characters', () => {
		expect(cleanRatings({ money: { note: 'a'.repeat(2500) } }).money?.note).toHaveLength(2000);
	});

	it('gives the local date as yyyy-mm-dd', () => {
		expect(isoDate(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
	});
});

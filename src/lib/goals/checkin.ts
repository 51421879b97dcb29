import { LIFE_AREAS, type AreaRating, type CheckIn, type LifeArea } from '$lib/storage/schema';

export type Score = NonNullable<AreaRating['score']>;
export const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

export function isScore(value: unknown): value is Score {
	return typeof value === 'number' && SCORES.includes(value as Score);
}

/** Newest first: by date, then by the moment it was saved (two check-ins on one day). */
export function byNewest<C extends Pick<CheckIn, 'date' | 'createdAt'>>(checkins: readonly C[]): C[] {
	return [...checkins].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);
}

export interface AreaComparison {
	area: LifeArea;
	now?: Score;
	before?: Score;
	/** now − before, only when both are there. */
	change?: number;
	talk: boolean;
}

/** The latest check-in beside an earlier one, area by area; areas left open stay open (no guessing). */
export function compareCheckIns(
	latest: Pick<CheckIn, 'ratings'>,
	earlier?: Pick<CheckIn, 'ratings'>
): AreaComparison[] {
	return LIFE_AREAS.map((area) => {
		const now = latest.ratings[area]?.score;
		const before = earlier?.ratings[area]?.score;
		return {
			area,
			now,
			before,
			change: now !== undefined && before !== undefined ? now - before : undefined,
			talk: latest.ratings[area]?.talk ?? false
		};
	});
}

/** The areas the resident flagged "hier wil ik over praten", in the fixed order of the areas. */
export function talkAreas(checkin: Pick<CheckIn, 'ratings'> | undefined): LifeArea[] {
	if (!checkin) return [];
	return LIFE_AREAS.filter((area) => checkin.ratings[area]?.talk);
}

/** Keeps only what the resident actually filled in, so an empty area is not stored as a rating. */
export function cleanRatings(
	draft: Partial<Record<LifeArea, { score?: number; talk?: boolean; note?: string }>>
): CheckIn['ratings'] {
	const ratings: CheckIn['ratings'] = {};
	for (const area of LIFE_AREAS) {
		const entry = draft[area];
		if (!entry) continue;
		const score = isScore(entry.score) ? entry.score : undefined;
		const note = entry.note?.trim().slice(0, 2000) || undefined;
		const talk = !!entry.talk;
		if (score === undefined && !note && !talk) continue;
		ratings[area] = { talk, ...(score !== undefined && { score }), ...(note && { note }) };
	}
	return ratings;
}

export function hasAnyRating(ratings: CheckIn['ratings']): boolean {
	return Object.keys(ratings).length > 0;
}

/** Today as yyyy-mm-dd in the resident's own day (not UTC, which is yesterday late at night). */
export function isoDate(date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

import { CIRCLES, type Circle, type NetworkSnapshot, type Person } from '$lib/storage/schema';

type Entry = Pick<Person, 'id' | 'name' | 'circle'>;

export interface Move {
	id: string;
	name: string;
	from: Circle;
	to: Circle;
}

export interface Comparison {
	added: Entry[];
	removed: Entry[];
	closer: Move[];
	further: Move[];
}

const rank = (circle: Circle) => CIRCLES.indexOf(circle);

/** How the map changed since an earlier snapshot: who is new, who left, who came closer or moved away. */
export function compare(earlier: readonly Entry[], now: readonly Entry[]): Comparison {
	const before = new Map(earlier.map((p) => [p.id, p]));
	const after = new Map(now.map((p) => [p.id, p]));
	const result: Comparison = { added: [], removed: [], closer: [], further: [] };
	for (const person of now) {
		const old = before.get(person.id);
		if (!old) {
			result.added.push(person);
			continue;
		}
		const move = { id: person.id, name: person.name, from: old.circle, to: person.circle };
		if (rank(person.circle) < rank(old.circle)) result.closer.push(move);
		if (rank(person.circle) > rank(old.circle)) result.further.push(move);
	}
	for (const person of earlier) if (!after.has(person.id)) result.removed.push(person);
	return result;
}

export function hasChanges(c: Comparison): boolean {
	return c.added.length + c.removed.length + c.closer.length + c.further.length > 0;
}

/** The part of a person a snapshot keeps. */
export function snapshotPeople(people: readonly Person[]): NetworkSnapshot['people'] {
	return people.map(({ id, name, circle, group, supports, energy }) => ({
		id,
		name,
		circle,
		group,
		supports: [...supports],
		...(energy ? { energy } : {})
	}));
}

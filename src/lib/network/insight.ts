import { CIRCLES, SUPPORT_KINDS, type Circle, type Person, type SupportKind } from '$lib/storage/schema';
import type { Theme } from '$lib/themes';

/**
 * What the map shows back to the resident. Rules only notice; the wording (in messages/<lang>/network.json
 * under insight.<kind>) asks a gentle question and never judges.
 */
export type Insight =
	| { kind: 'missingSupport'; support: SupportKind; theme?: Theme }
	| { kind: 'carriesMuch'; personId: string; name: string; supports: SupportKind[] }
	| { kind: 'costsEnergy'; names: string[] }
	| { kind: 'emptyCircle'; circle: Circle; theme?: Theme };

/** Where a resident could look for each kind of support nobody gives yet. */
const SUPPORT_THEME: Partial<Record<SupportKind, Theme>> = {
	practical: 'practical',
	company: 'meeting',
	listening: 'meeting'
};

type Input = Pick<Person, 'id' | 'name' | 'circle' | 'supports' | 'energy'>;

/** A stable key, so the page can tell an insight that appeared from one that stayed. */
export function insightKey(insight: Insight): string {
	switch (insight.kind) {
		case 'missingSupport':
			return `missingSupport:${insight.support}`;
		case 'carriesMuch':
			return `carriesMuch:${insight.personId}`;
		case 'costsEnergy':
			return 'costsEnergy';
		case 'emptyCircle':
			return `emptyCircle:${insight.circle}`;
	}
}

/** One person is the only one for at least this many kinds of support: they may carry too much. */
export const SOLE_KINDS_LIMIT = 2;

/**
 * What matters most comes first: someone who may be worn out, contacts that drain, nobody close;
 * then missing kinds of support; the outer circles last. The page shows the first few.
 */
function priority(insight: Insight): number {
	switch (insight.kind) {
		case 'carriesMuch':
			return 0;
		case 'costsEnergy':
			return 1;
		case 'emptyCircle':
			return insight.circle === 'close' ? 2 : 4;
		case 'missingSupport':
			return 3;
	}
}

export function insights(people: readonly Input[]): Insight[] {
	if (people.length === 0) return [];
	const found: Insight[] = [];

	const givers = new Map<SupportKind, Input[]>(SUPPORT_KINDS.map((kind) => [kind, []]));
	for (const person of people) {
		for (const kind of new Set(person.supports)) givers.get(kind)?.push(person);
	}

	for (const kind of SUPPORT_KINDS) {
		if (givers.get(kind)!.length === 0) {
			found.push({ kind: 'missingSupport', support: kind, theme: SUPPORT_THEME[kind] });
		}
	}

	for (const person of people) {
		const soleFor = SUPPORT_KINDS.filter((kind) => {
			const list = givers.get(kind)!;
			return list.length === 1 && list[0] === person;
		});
		if (soleFor.length >= SOLE_KINDS_LIMIT) {
			found.push({ kind: 'carriesMuch', personId: person.id, name: person.name, supports: soleFor });
		}
	}

	const costly = people.filter((p) => p.energy === 'costs').map((p) => p.name);
	if (costly.length > 0) found.push({ kind: 'costsEnergy', names: costly });

	for (const circle of CIRCLES) {
		if (!people.some((p) => p.circle === circle)) {
			found.push({ kind: 'emptyCircle', circle, theme: circle === 'far' ? undefined : 'meeting' });
		}
	}
	// A stable sort: within one rank the order stays as found (support kinds, circles in their own order).
	return found.sort((a, b) => priority(a) - priority(b));
}

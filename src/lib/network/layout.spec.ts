import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CIRCLES, RELATION_GROUPS } from '$lib/storage/schema';
import { insideCell, layoutMap, overlaps, shortLabel, type MapInput } from './layout';

const personArb = fc.record({
	circle: fc.constantFrom(...CIRCLES),
	group: fc.constantFrom(...RELATION_GROUPS),
	label: fc.oneof(
		fc.string({ minLength: 1, maxLength: 40 }),
		fc.constantFrom('Fatima', 'محمد علي', '👩‍👧 Mam', '<script>x</script>', 'A'.repeat(500))
	)
});

const network = (min: number, max: number) =>
	fc
		.array(personArb, { minLength: min, maxLength: max })
		.map((list) => list.map((p, i): MapInput => ({ ...p, id: `p${i}` })));

const groupLabel = (g: string) => `Groep ${g}`;

describe('layoutMap', () => {
	it('puts every person on the map, in a shared "+N" marker, or (never for small maps) hidden', () => {
		fc.assert(
			fc.property(network(1, 60), (people) => {
				const map = layoutMap(people, { groupLabel });
				const shown = [...map.people.map((p) => p.id), ...map.overflow.flatMap((o) => o.ids), ...map.hidden];
				expect(shown.sort()).toEqual(people.map((p) => p.id).sort());
				if (people.length <= 5) expect(map.overflow).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	});

	it('keeps each marker inside its own ring and sector, also mirrored', () => {
		fc.assert(
			fc.property(network(1, 60), fc.boolean(), (people, mirror) => {
				const map = layoutMap(people, { groupLabel, mirror });
				for (const p of [...map.people, ...map.overflow]) {
					const sector = map.sectors.find((s) => s.group === p.group)!;
					expect(insideCell(p.x, p.y, p.circle, sector, mirror)).toBe(true);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('never lets two labels overlap, nor leave the picture', () => {
		fc.assert(
			fc.property(network(1, 60), (people) => {
				const map = layoutMap(people, { groupLabel });
				const boxes = [
					...map.people.map((p) => p.box),
					...map.overflow.map((o) => o.box),
					...map.sectors.flatMap((s) => (s.label ? [s.label.box] : []))
				];
				boxes.forEach((box, i) => {
					expect(box.x).toBeGreaterThanOrEqual(0);
					expect(box.y + box.h).toBeLessThanOrEqual(400);
					for (const other of boxes.slice(i + 1)) expect(overlaps(box, other)).toBe(false);
				});
			}),
			{ numRuns: 60 }
		);
	});

	it('gives the same map for the same people', () => {
		fc.assert(
			fc.property(network(1, 60), (people) => {
				expect(layoutMap(people, { groupLabel })).toEqual(layoutMap(people, { groupLabel }));
			}),
			{ numRuns: 20 }
		);
	});

	it('mirrors for right-to-left: same rows, opposite sides', () => {
		const people: MapInput[] = [{ id: 'a', circle: 'close', group: 'family', label: 'Ali' }];
		const [ltr] = layoutMap(people).people;
		const [rtl] = layoutMap(people, { mirror: true }).people;
		if (!ltr || !rtl) throw new Error('not placed');
		expect(rtl.y).toBeCloseTo(ltr.y);
		expect(rtl.x).toBeCloseTo(400 - ltr.x);
	});

	it('still shows 150 people in one group without overlap, grouping the rest behind "+N"', () => {
		const people: MapInput[] = Array.from({ length: 150 }, (_, i) => ({
			id: `p${i}`,
			circle: CIRCLES[i % 3] ?? 'far',
			group: 'friends',
			label: `Vriend ${i}`
		}));
		const map = layoutMap(people, { groupLabel });
		expect(map.overflow.length).toBeGreaterThan(0);
		expect(map.hidden).toEqual([]);
		expect(map.people.length).toBeGreaterThan(20);
	});
});

describe('shortLabel', () => {
	it('keeps short names and cuts long ones by character, emoji counted once', () => {
		expect(shortLabel('Oma')).toEqual({ text: 'Oma', truncated: false, length: 3 });
		expect(shortLabel('A'.repeat(500)).text).toBe('AAAAAAAAA…');
		expect(shortLabel('👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧').text).toBe('👩‍👧'.repeat(9) + '…');
	});

	it('counts what the map shows, the ellipsis included, without a space before it', () => {
		expect(shortLabel('Anna Maria', 6)).toEqual({ text: 'Anna…', truncated: true, length: 5 });
		expect(shortLabel('👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧👩‍👧', 5)).toEqual({
			text: '👩‍👧'.repeat(4) + '…',
			truncated: true,
			length: 5
		});
		// Asked again (the next drawing), the same answer.
		expect(shortLabel('Anna Maria', 6)).toEqual({ text: 'Anna…', truncated: true, length: 5 });
	});
});

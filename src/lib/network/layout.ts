import { CIRCLES, RELATION_GROUPS, type Circle, type RelationGroup } from '$lib/storage/schema';

/**
 * The network map's geometry, as pure maths (no DOM), so it can be tested and benchmarked on its own.
 *
 * Three rings around "ik", cut into sectors for the relation groups that have people. Every person is a
 * marker with its label underneath; markers are placed one by one on the free spot nearest the middle of
 * their cell (sector × ring), and a spot is free only when the label box touches no other box. When a cell
 * is full, the rest of its people share one "+N" marker, so labels never pile up, even with 150 people.
 */

export const MAP_SIZE = 400;
export const CENTER = MAP_SIZE / 2;
/** Outer radius of "ik" and of each ring. */
export const RADII = { me: 26, close: 96, further: 146, far: 194 } as const;
export const FONT_SIZE = 12;
/** Longest label on the map, in characters; the full name is in the list and the detail. */
export const MAX_LABEL = 10;
const SHORT_LABEL = 5;

const CHAR_WIDTH = FONT_SIZE * 0.62;
const LABEL_PAD = 4;
const BOX_HEIGHT = 31; // the marker (about 14) above one line of text
const MARKER_OFFSET = 9; // marker centre below the top of its box
const ANGLE_STEP = 7; // units of arc between candidate spots
const RADIUS_STEP = 9;

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface MapInput {
	id: string;
	circle: Circle;
	group: RelationGroup;
	/** What the map shows: the name, or initials when the resident hides names. */
	label: string;
}

export interface PlacedPerson {
	id: string;
	circle: Circle;
	group: RelationGroup;
	x: number;
	y: number;
	label: string;
	/** True when the label was shortened to fit. */
	truncated: boolean;
	box: Box;
}

/** Several people of one cell that share a marker because the cell is full. */
export interface OverflowMarker {
	circle: Circle;
	group: RelationGroup;
	ids: string[];
	x: number;
	y: number;
	box: Box;
}

export interface Sector {
	group: RelationGroup;
	/** Angles in radians, clockwise from the top (counter-clockwise when mirrored). */
	start: number;
	end: number;
	label?: { text: string; x: number; y: number; box: Box };
}

export interface MapLayout {
	sectors: Sector[];
	people: PlacedPerson[];
	overflow: OverflowMarker[];
	/** People who fit nowhere on the map (only in extreme cases); the list still shows them. */
	hidden: string[];
}

export interface LayoutOptions {
	groupLabel?: (group: RelationGroup) => string;
	/** Right-to-left: the map turns the other way round. */
	mirror?: boolean;
}

const BANDS: Record<Circle, [number, number]> = {
	close: [RADII.me, RADII.close],
	further: [RADII.close, RADII.further],
	far: [RADII.further, RADII.far]
};

/** Splits text into user-perceived characters, so an emoji or an accented letter counts as one. */
let segmenter: Intl.Segmenter | undefined;
export function graphemes(text: string): string[] {
	// Plain ASCII needs no segmenter, and most names are short: keep the common case cheap.
	if (/^[\x20-\x7e]*$/.test(text)) return text.split('');
	if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return Array.from(text);
	segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
	return Array.from(segmenter.segment(text), (s) => s.segment);
}

export interface ShortLabel {
	text: string;
	truncated: boolean;
	/** In user-perceived characters, ellipsis included: what the label's width is measured by. */
	length: number;
}

// Names barely change between two drawings, and splitting text that is not plain ASCII (an emoji, an
// Arabic name, the ellipsis of a cut label) costs more than the rest of a layout: remember the answers.
const labelCache = new Map<string, ShortLabel>();
const LABEL_CACHE_SIZE = 2000;

/** A label short enough for the map: at most `max` characters, with an ellipsis when cut. */
export function shortLabel(text: string, max = MAX_LABEL): ShortLabel {
	const key = `${max}\u0000${text.slice(0, 8 * max)}`;
	const known = labelCache.get(key);
	if (known) return known;
	if (labelCache.size >= LABEL_CACHE_SIZE) labelCache.clear();
	const label = cut(text, max);
	labelCache.set(key, label);
	return label;
}

function cut(text: string, max: number): ShortLabel {
	// Only the start matters: a 2,000-character name is cut before it is split.
	const clean = text
		.slice(0, 8 * max)
		.replace(/\s+/g, ' ')
		.trim();
	const chars = graphemes(clean);
	if (chars.length <= max) return { text: clean, truncated: false, length: chars.length };
	const head = chars.slice(0, max - 1);
	while (head.length > 0 && head.at(-1)!.trim() === '') head.pop();
	return { text: head.join('') + '…', truncated: true, length: head.length + 1 };
}

/** The width of a label of `text`, or of `length` characters when the caller has counted them already. */
export function labelWidth(text: string, length = graphemes(text).length): number {
	return Math.max(28, length * CHAR_WIDTH + 2 * LABEL_PAD);
}

export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function point(angle: number, radius: number, mirror: boolean): { x: number; y: number } {
	const a = mirror ? -angle : angle;
	return { x: CENTER + radius * Math.sin(a), y: CENTER - radius * Math.cos(a) };
}

function boxAt(x: number, y: number, w: number): Box {
	return { x: x - w / 2, y: y - MARKER_OFFSET, w, h: BOX_HEIGHT };
}

/**
 * Sector sizes grow with the square root of the number of people, so a big group gets more room
 * without squeezing a small group to nothing.
 */
export function sectorsFor(counts: Map<RelationGroup, number>): Sector[] {
	const groups = RELATION_GROUPS.filter((g) => (counts.get(g) ?? 0) > 0);
	const weights = groups.map((g) => Math.sqrt(counts.get(g) ?? 0));
	const total = weights.reduce((sum, w) => sum + w, 0);
	let start = 0;
	return groups.map((group, i) => {
		const end = i === groups.length - 1 ? 2 * Math.PI : start + (2 * Math.PI * (weights[i] ?? 0)) / total;
		const sector = { group, start, end };
		start = end;
		return sector;
	});
}

/** Candidate spots in a cell, nearest to its middle first. */
function candidates(sector: Sector, circle: Circle): { angle: number; radius: number }[] {
	const [inner, outer] = BANDS[circle];
	const r0 = inner + 10;
	const r1 = outer - 10;
	const midR = (r0 + r1) / 2;
	const midA = (sector.start + sector.end) / 2;
	const spots: { angle: number; radius: number; cost: number }[] = [];
	for (let radius = r0; radius <= r1 + 0.01; radius += RADIUS_STEP) {
		const margin = Math.min(4 / radius, (sector.end - sector.start) / 8);
		const a0 = sector.start + margin;
		const a1 = sector.end - margin;
		const steps = Math.max(1, Math.floor(((a1 - a0) * radius) / ANGLE_STEP));
		for (let i = 0; i <= steps; i++) {
			const angle = a0 + ((a1 - a0) * i) / steps;
			const cost = Math.abs(angle - midA) * midR + Math.abs(radius - midR) * 0.8;
			spots.push({ angle, radius, cost });
		}
	}
	return spots.sort((a, b) => a.cost - b.cost);
}

function byCell(people: MapInput[]): Map<string, MapInput[]> {
	const cells = new Map<string, MapInput[]>();
	for (const person of people) {
		const key = `${person.group}:${person.circle}`;
		const cell = cells.get(key);
		if (cell) cell.push(person);
		else cells.set(key, [person]);
	}
	return cells;
}

/** The boxes placed so far, bucketed by area, so checking a spot looks only at its neighbours. */
class BoxGrid {
	static readonly CELL = 50;
	static readonly SIDE = Math.ceil(MAP_SIZE / BoxGrid.CELL);
	#buckets: Box[][] = Array.from({ length: BoxGrid.SIDE * BoxGrid.SIDE }, () => []);

	#bucketsOf(box: Box): Box[][] {
		const clamp = (n: number) => Math.min(BoxGrid.SIDE - 1, Math.max(0, Math.floor(n / BoxGrid.CELL)));
		const found: Box[][] = [];
		for (let row = clamp(box.y); row <= clamp(box.y + box.h); row++) {
			for (let col = clamp(box.x); col <= clamp(box.x + box.w); col++) {
				found.push(this.#buckets[row * BoxGrid.SIDE + col]!);
			}
		}
		return found;
	}

	push(box: Box): void {
		for (const bucket of this.#bucketsOf(box)) bucket.push(box);
	}

	remove(box: Box): void {
		for (const bucket of this.#bucketsOf(box)) bucket.splice(bucket.indexOf(box), 1);
	}

	hits(box: Box): boolean {
		return this.#bucketsOf(box).some((bucket) => bucket.some((other) => overlaps(box, other)));
	}
}

/** Places everyone. The same input always gives the same map. */
export function layoutMap(people: MapInput[], options: LayoutOptions = {}): MapLayout {
	const mirror = options.mirror ?? false;
	const counts = new Map<RelationGroup, number>();
	for (const p of people) counts.set(p.group, (counts.get(p.group) ?? 0) + 1);
	const sectors = sectorsFor(counts);

	const taken = new BoxGrid();
	taken.push({ x: CENTER - RADII.me, y: CENTER - RADII.me, w: 2 * RADII.me, h: 2 * RADII.me });
	const free = (box: Box) =>
		box.x >= 0 && box.y >= 0 && box.x + box.w <= MAP_SIZE && box.y + box.h <= MAP_SIZE && !taken.hits(box);

	// Group names sit at the rim of each sector, where they help most; they skip a spot that is too narrow.
	if (options.groupLabel && sectors.length > 1) {
		for (const sector of sectors) {
			const { text, length } = shortLabel(options.groupLabel(sector.group), 14);
			const w = labelWidth(text, length);
			const { x, y } = point((sector.start + sector.end) / 2, RADII.far - 12, mirror);
			const box = { x: x - w / 2, y: y - 9, w, h: 18 };
			if (free(box)) {
				taken.push(box);
				sector.label = { text, x, y, box };
			}
		}
	}

	// A fuller map gets shorter labels, so more people fit before any have to share a "+N" marker.
	const maxLabel = people.length <= 20 ? MAX_LABEL : people.length <= 40 ? 7 : SHORT_LABEL;
	const placed: PlacedPerson[] = [];
	const overflow: OverflowMarker[] = [];
	const hidden: string[] = [];
	const cells = byCell(people);

	// Inner rings first: the people closest to the resident get the best spots.
	for (const circle of CIRCLES) {
		for (const sector of sectors) {
			const cell = cells.get(`${sector.group}:${circle}`);
			if (!cell) continue;
			const spots = candidates(sector, circle).map((s) => point(s.angle, s.radius, mirror));
			const inCell: PlacedPerson[] = [];
			const left: string[] = [];
			for (const person of cell) {
				if (left.length > 0) {
					left.push(person.id);
					continue;
				}
				// A crowded cell first tries a shorter label before it starts grouping people.
				let label = shortLabel(person.label, maxLabel);
				let w = labelWidth(label.text, label.length);
				let spot = spots.find(({ x, y }) => free(boxAt(x, y, w)));
				if (!spot && label.length > SHORT_LABEL) {
					label = shortLabel(person.label, SHORT_LABEL);
					w = labelWidth(label.text, label.length);
					spot = spots.find(({ x, y }) => free(boxAt(x, y, w)));
				}
				if (!spot) {
					left.push(person.id);
					continue;
				}
				const box = boxAt(spot.x, spot.y, w);
				taken.push(box);
				inCell.push({
					id: person.id,
					circle,
					group: sector.group,
					x: spot.x,
					y: spot.y,
					label: label.text,
					truncated: label.truncated,
					box
				});
			}
			if (left.length > 0) {
				const w = labelWidth(`+${left.length + 1}`);
				let spot = spots.find(({ x, y }) => free(boxAt(x, y, w)));
				if (!spot && inCell.length > 0) {
					// Give the last person's spot to the "+N" marker; they join the group behind it.
					const last = inCell.pop()!;
					taken.remove(last.box);
					left.unshift(last.id);
					spot = { x: last.x, y: last.y };
				}
				if (!spot && sector.label) {
					// The group's name gives way: its people matter more than its label.
					taken.remove(sector.label.box);
					sector.label = undefined;
					spot = spots.find(({ x, y }) => free(boxAt(x, y, w)));
				}
				if (spot) {
					const box = boxAt(spot.x, spot.y, labelWidth(`+${left.length}`));
					taken.push(box);
					overflow.push({ circle, group: sector.group, ids: left, x: spot.x, y: spot.y, box });
				} else {
					hidden.push(...left);
				}
			}
			placed.push(...inCell);
		}
	}
	return { sectors, people: placed, overflow, hidden };
}

/** The SVG path of a ring segment, for shading a sector. */
export function sectorPath(sector: Sector, inner: number, outer: number, mirror = false): string {
	const full = sector.end - sector.start >= 2 * Math.PI - 1e-9;
	const end = full ? sector.end - 1e-4 : sector.end;
	const large = end - sector.start > Math.PI ? 1 : 0;
	const sweepOut = mirror ? 0 : 1;
	const sweepIn = 1 - sweepOut;
	const a = point(sector.start, outer, mirror);
	const b = point(end, outer, mirror);
	const c = point(end, inner, mirror);
	const d = point(sector.start, inner, mirror);
	const f = (n: number) => n.toFixed(2);
	return (
		`M${f(a.x)} ${f(a.y)} A${outer} ${outer} 0 ${large} ${sweepOut} ${f(b.x)} ${f(b.y)} ` +
		`L${f(c.x)} ${f(c.y)} A${inner} ${inner} 0 ${large} ${sweepIn} ${f(d.x)} ${f(d.y)} Z`
	);
}

/** The line between two sectors, from "ik" to the rim. */
export function sectorEdge(
	angle: number,
	mirror = false
): { x1: number; y1: number; x2: number; y2: number } {
	const a = point(angle, RADII.me, mirror);
	const b = point(angle, RADII.far, mirror);
	return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
}

/** Whether a point lies inside a person's ring and sector (used by the tests and by nobody else). */
export function insideCell(x: number, y: number, circle: Circle, sector: Sector, mirror = false): boolean {
	const dx = x - CENTER;
	const dy = CENTER - y;
	const radius = Math.hypot(dx, dy);
	let angle = Math.atan2(mirror ? -dx : dx, dy);
	if (angle < 0) angle += 2 * Math.PI;
	const [inner, outer] = BANDS[circle];
	return radius >= inner && radius <= outer && angle >= sector.start - 1e-9 && angle <= sector.end + 1e-9;
}

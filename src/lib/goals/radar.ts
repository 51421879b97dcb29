/**
 * Geometry of the spider chart: one spoke per life area, clockwise from the top. Pure numbers, so the
 * drawing is tested without a browser. An area without a score sits at the centre (the table says "open").
 */
export interface Point {
	x: number;
	y: number;
}

export function spokeAngle(index: number, count: number): number {
	return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

export function pointAt(index: number, count: number, radius: number, center: number): Point {
	const angle = spokeAngle(index, count);
	return { x: round(center + radius * Math.cos(angle)), y: round(center + radius * Math.sin(angle)) };
}

/** The polygon points for scores 1–5 (undefined → centre). */
export function polygon(
	scores: readonly (number | undefined)[],
	radius: number,
	center: number,
	max = 5
): string {
	return scores
		.map((score, index) => pointAt(index, scores.length, ((score ?? 0) / max) * radius, center))
		.map(({ x, y }) => `${x},${y}`)
		.join(' ');
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

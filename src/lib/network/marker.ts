import type { Energy } from '$lib/storage/schema';

/**
 * How a person's marker looks, so the map does not speak through colour alone:
 * the size grows with the kinds of support, the fill tells the energy.
 */
export type MarkerFill = 'full' | 'half' | 'open' | 'dashed';

export function markerRadius(supportCount: number): number {
	return 4.5 + 0.9 * Math.min(5, Math.max(0, supportCount));
}

export function markerFill(energy: Energy | undefined): MarkerFill {
	if (energy === 'gives') return 'full';
	if (energy === 'both') return 'half';
	if (energy === 'costs') return 'dashed';
	return 'open';
}

/** The left half of a circle, for "both": filled half, open half. */
export function halfPath(x: number, y: number, r: number): string {
	return `M${x} ${y - r} A${r} ${r} 0 0 0 ${x} ${y + r} Z`;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { todayAtCentre } from '$lib/walk-in/today';

const sample = readFileSync(new URL('../../../static/feed/voorbeeld.json', import.meta.url), 'utf8');

describe("the walk-in start screen's today list", () => {
	it('shows what is still on today in its neighbourhood, with Amsterdam times', async () => {
		vi.stubGlobal('fetch', async () => new Response(sample));
		// Tuesday 24 November 2026, 10:30 in Amsterdam.
		const items = await todayAtCentre('Kerkbuurt', 'nl', new Date('2026-11-24T09:30:00Z'));
		expect(items.length).toBeGreaterThan(0);
		expect(items.every((item) => item.title.endsWith('Kerkbuurt'))).toBe(true);
		expect(items[0]).toMatchObject({
			title: 'Peuterochtend Kerkbuurt',
			start: '09:30',
			end: '11:00',
			place: 'Buurtkamer De Toren'
		});
		vi.unstubAllGlobals();
	});

	it('is calm and empty when the feed cannot be read', async () => {
		vi.stubGlobal('fetch', async () => new Response('<html></html>'));
		expect(await todayAtCentre('Kerkbuurt', 'nl', new Date('2026-11-24T09:30:00Z'))).toEqual([]);
		vi.unstubAllGlobals();
	});
});

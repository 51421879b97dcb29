import { describe, expect, it } from 'vitest';
import {
	emptyBundle,
	prepareTakeHome,
	qrPath,
	readTakeHomeLink,
	reduce,
	sharedFromBundle,
	type TakeHomeBundle
} from './take-home';

function bundleWith(notes: number): TakeHomeBundle {
	const bundle = emptyBundle();
	bundle.people.push({
		id: 'p1',
		profileId: 'g',
		name: 'Fatima',
		circle: 'close',
		group: 'friends',
		supports: ['listening'],
		note: 'x'.repeat(notes),
		createdAt: 1,
		updatedAt: 1
	});
	bundle.checkins.push({
		id: 'c',
		profileId: 'g',
		date: '2026-11-23',
		ratings: {},
		createdAt: 1,
		updatedAt: 1
	});
	return bundle;
}

/** A stand-in link builder: the bundle as plain JSON, so its size is predictable. */
const plainLink = async (bundle: TakeHomeBundle, openAt: string) =>
	`${openAt}#${encodeURIComponent(JSON.stringify(bundle))}`;

describe('take it home', () => {
	it('drops history first, then notes', () => {
		const bundle = bundleWith(10);
		expect(reduce(bundle, 'history').checkins).toEqual([]);
		expect(reduce(bundle, 'history').people[0]?.note).toBe('x'.repeat(10));
		expect(reduce(bundle, 'notes').people[0]).not.toHaveProperty('note');
		expect(reduce(bundle, 'none')).toBe(bundle);
	});

	it('takes everything when it fits in one QR code', async () => {
		const result = await prepareTakeHome(bundleWith(10), 'https://app.example/delen/', plainLink);
		expect(result.reduction).toBe('none');
		expect(result.qr?.size).toBeGreaterThan(20);
		expect(qrPath(result.qr!)).toMatch(/^M\d+ \d+h1v1h-1z/);
	});

	it('leaves out notes when they make the link too big, and says so', async () => {
		const result = await prepareTakeHome(bundleWith(3000), 'https://app.example/delen/', plainLink);
		expect(result.reduction).toBe('notes');
		expect(result.link).not.toContain('xxxx');
		expect(result.qr).not.toBeNull();
	});

	it('makes an encrypted link whose fragment does not show the data', async () => {
		const result = await prepareTakeHome(bundleWith(10), 'https://app.example/');
		expect(result.link.startsWith('https://app.example/gedeeld/#v1.')).toBe(true);
		expect(result.link).not.toContain('Fatima');
	});

	it('reads its own link back into the same data, and refuses anything else', async () => {
		const bundle = bundleWith(10);
		const { link } = await prepareTakeHome(bundle, 'https://app.example/');
		expect(await readTakeHomeLink(link)).toEqual(sharedFromBundle(bundle));
		expect((await readTakeHomeLink(link))?.network?.[0]?.name).toBe('Fatima');
		expect(await readTakeHomeLink('https://app.example/#nope')).toBeNull();
		const tampered = link.slice(0, -4) + (link.endsWith('AAAA') ? 'BBBB' : 'AAAA');
		expect(await readTakeHomeLink(tampered)).toBeNull();
	});
});

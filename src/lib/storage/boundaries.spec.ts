import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 14: rooms go through the data layer (schemas → repositories → rooms), never around it.

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? filesUnder(path) : [path];
	});
}

const source = filesUnder('src').filter((file) => /\.(ts|svelte)$/.test(file) && !file.endsWith('.spec.ts'));

describe('the data layer is the only way to storage', () => {
	it('no page or component calls db() itself', () => {
		const offenders = source
			.filter((file) => file.startsWith(join('src', 'routes')) || file.endsWith('.svelte'))
			.filter((file) => /\bdb\(\)/.test(readFileSync(file, 'utf8')));
		expect(offenders).toEqual([]);
	});

	it("spells the current profile's settings key in one place", () => {
		const spelling = source.filter((file) => readFileSync(file, 'utf8').includes("'currentProfile'"));
		expect(spelling).toEqual([join('src', 'lib', 'storage', 'current-profile.ts')]);
	});
});

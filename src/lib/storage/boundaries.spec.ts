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

	it('one wipe module serves "Alles wissen", profile delete and the end of a guest session', () => {
		const users = [
			join('src', 'routes', 'mijn-gegevens', 'EraseEverything.svelte'),
			join('src', 'lib', 'data', 'profile-repo.ts'),
			join('src', 'lib', 'walk-in', 'wipe.ts'),
			join('src', 'lib', 'walk-in', 'session.ts')
		];
		for (const file of users) expect(readFileSync(file, 'utf8'), file).toContain("'$lib/storage/wipe'");
		// Nothing else deletes a database or a profile's records its own way.
		const deleters = source.filter((file) =>
			/\.deleteDatabase\(|where\('profileId'\)[^;]*\.delete\(\)/.test(readFileSync(file, 'utf8'))
		);
		expect(deleters).toEqual([join('src', 'lib', 'storage', 'wipe.ts')]);
	});

	it('storage knows nothing of walk-in mode: walk-in uses storage, never the other way round', () => {
		const storage = source.filter((file) => file.startsWith(join('src', 'lib', 'storage')));
		const importers = storage.filter((file) =>
			/\$lib\/walk-in\/|\.\.\/walk-in\//.test(readFileSync(file, 'utf8'))
		);
		expect(importers).toEqual([]);
	});
});

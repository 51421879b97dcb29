import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A topic page's one script (enhance.ts) is bundled on its own, without Svelte's compiler: a module with
 * runes anywhere in its imports throws "$state is not defined" on every topic page. That happened once,
 * when two changes met (storage/wipe.ts → current-profile.ts → unlocked.ts → a .svelte.ts module); each
 * alone was fine. This walks the static imports and names the path to any such module.
 */
const ROOT = resolve('src');

function resolveImport(from: string, spec: string): string | undefined {
	const base = spec.startsWith('$lib/')
		? resolve(ROOT, 'lib', spec.slice(5))
		: spec.startsWith('.')
			? resolve(dirname(from), spec)
			: undefined;
	if (!base) return undefined; // a package
	for (const candidate of [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`])
		if (existsSync(candidate) && !candidate.endsWith('/')) {
			try {
				readFileSync(candidate);
				return candidate;
			} catch {
				// a folder: try the next
			}
		}
	return undefined;
}

function staticImports(file: string): string[] {
	const code = readFileSync(file, 'utf8');
	return [...code.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)]
		.filter(([statement]) => !/^\s*(?:import|export)\s+type\s/.test(statement))
		.map(([, spec]) => spec!);
}

function runePaths(entry: string): string[] {
	const seen = new Set<string>();
	const found: string[] = [];
	const walk = (file: string, path: string[]) => {
		if (seen.has(file)) return;
		seen.add(file);
		if (/\.svelte(\.ts)?$/.test(file)) {
			found.push([...path, file].map((f) => f.replace(`${ROOT}/`, '')).join(' → '));
			return;
		}
		for (const spec of staticImports(file)) {
			const next = resolveImport(file, spec);
			if (next) walk(next, [...path, file]);
		}
	};
	walk(entry, []);
	return found;
}

describe('the topic page script', () => {
	it('imports no Svelte component or rune module', () => {
		const entry = resolve(ROOT, 'routes/gids/[id]/[[lang=lang]]/enhance.ts');
		expect(runePaths(entry)).toEqual([]);
	});
});

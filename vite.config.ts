import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appManifest } from './src/lib/pwa/manifest.ts';
import { flatten, staleKeys, withoutKeys, type SourceRecord } from './src/lib/i18n/source-stamp.ts';

// A municipality may host the app in a sub folder ("/aan-het-roer"); see README. Same value as svelte.config.js.
const basePath = process.env.BASE_PATH ?? '';

/**
 * rrule without the parts "In de wijk" never uses, which its RRule class imports so tree-shaking cannot drop
 * them: the English sentences (toText/fromText), the RFC 5545 string (toString/fromString), the result
 * cache (we pass noCache) and Easter rules (BYEASTER). Those modules become stubs that throw if ever called,
 * and `rrule` resolves to the RRule class without the index's RRuleSet and rrulestr. On the /wijk/ first
 * visit rrule then costs about 6.5 KiB gzip instead of 13 (measurements in the commit messages).
 */
function rruleTrimmed(): Plugin {
	const stubs: Record<string, string[]> = {
		'./nlp/index': ['fromText', 'parseText', 'toText', 'isFullyConvertible'],
		'./parsestring': ['parseString', 'parseDtstart'],
		'./optionstostring': ['optionsToString'],
		'./cache': ['Cache'],
		'./easter': ['easter']
	};
	return {
		name: 'rrule-trimmed',
		enforce: 'pre',
		apply: 'build',
		resolveId(source, importer, options) {
			const inRrule = importer?.replaceAll('\\', '/').includes('/node_modules/rrule/');
			if (inRrule && Object.hasOwn(stubs, source)) return `\0rrule-stub:${source}`;
			// The server build (prerendering) loads rrule in Node, which needs its own CommonJS build.
			if (source === 'rrule' && !options.ssr && !importer?.includes('/node_modules/'))
				return this.resolve('rrule/dist/esm/rrule.js', importer, { skipSelf: true });
		},
		load(id) {
			const names = id.startsWith('\0rrule-stub:') && stubs[id.slice('\0rrule-stub:'.length)];
			if (!names) return;
			return [
				`function none() { throw new Error("rrule's ${id.slice(12)} is not bundled (vite.config.ts)"); }`,
				`export { ${names.map((name) => `none as ${name}`).join(', ')} };`
			].join('\n');
		}
	};
}

/**
 * valibot is one module, so its shared chunk holds every validator any room uses (the guide's, the backup's,
 * the share link's). "In de wijk" imports its own tree-shaken copy instead, with only the few validators
 * the HSDS schema needs, inside the room's chunk: /wijk/ first visit 105.1 → 104.0 KiB. A session that
 * also opens a backup or a guide page downloads those few validators twice (about 1 KiB, then cached).
 */
function ownValibot(): Plugin {
	return {
		name: 'activities-own-valibot',
		enforce: 'pre',
		apply: 'build',
		async resolveId(source, importer, options) {
			const inActivities = importer?.replaceAll('\\', '/').includes('/src/lib/activities/');
			if (source !== 'valibot' || options.ssr || !inActivities) return;
			const resolved = await this.resolve(source, importer, { skipSelf: true });
			return resolved && `${resolved.id}?activities`;
		}
	};
}

/**
 * An interface string whose Dutch text changed after it was translated is left out of its language's file,
 * so i18next shows the current Dutch text (its fallback) instead of an old translation. Which Dutch text each
 * string was made from is in src/lib/i18n/sources/<lang>.json (source-stamp.ts); stale.spec.ts lists them.
 * Guide topics are handled in topics.server.ts, where the page can mark each stale paragraph.
 */
function staleTranslationsInDutch(): Plugin {
	const file = /\/messages\/(en|ar|tr|pl|uk)\/([\w-]+)\.json$/;
	const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
	return {
		name: 'stale-translations-in-dutch',
		enforce: 'pre',
		transform(code, id) {
			const match = file.exec(id.replaceAll('\\', '/'));
			if (!match) return;
			const [, lang, ns] = match;
			const recordPath = `src/lib/i18n/sources/${lang}.json`;
			const dutchPath = `messages/nl/${ns}.json`;
			this.addWatchFile(recordPath);
			this.addWatchFile(dutchPath);
			const stamps = (readJson(recordPath) as SourceRecord)[ns!];
			// A namespace never stamped (just merged) shows as it is; stale.spec.ts lists it until it is stamped.
			if (!stamps) return;
			const own = JSON.parse(code) as unknown;
			const stale = staleKeys(flatten(readJson(dutchPath)), flatten(own), stamps);
			if (stale.length === 0) return;
			return { code: JSON.stringify(withoutKeys(own, new Set(stale))), map: null };
		}
	};
}

export default defineConfig({
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						// What every room reads before it draws (live queries, which profile is open and unlocked, whether
						// this is a walk-in tablet and how its guests' database is guarded), in one chunk: split by the
						// bundler along who imports them, they cost an extra request and ~600 B on every route.
						{
							name: 'storage-read',
							test: /src\/lib\/(storage\/(live\.svelte|unlocked|current-profile|guest-guard)|walk-in\/(device|walk-in\.svelte|storage-guard)|settings\/walk-in-config)\.ts/
						}
					]
				}
			}
		}
	},
	plugins: [
		staleTranslationsInDutch(),
		ownValibot(),
		rruleTrimmed(),
		sveltekit(),
		SvelteKitPWA({
			// The resident decides when to update: a surprise reload could lose what they are typing.
			registerType: 'prompt',
			// We register the worker ourselves in +layout.svelte (Kit ignores transformIndexHtml when prerendering).
			injectRegister: false,
			// Absolute, so every page registers the same worker, whichever folder the page sits in.
			base: `${basePath}/`,
			scope: `${basePath}/`,
			manifest: appManifest,
			workbox: {
				// Precache the whole shell and every prerendered page, so every route opens offline
				// after one visit. Guide topics are pages too, so they are covered here.
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,json}',
					'prerendered/**/*.{html,json,svg}'
				],
				// Only the first worker claims open pages; later ones wait for the resident's "bijwerken".
				clientsClaim: true,
				skipWaiting: false,
				// The prerendered guide pages and the sample feed together are larger than Workbox's 2 MiB default.
				maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
				// A topic page is plain HTML without the app's router, so its data file is never fetched.
				globIgnores: [
					'prerendered/dependencies/gids/*/__data.json',
					'prerendered/dependencies/gids/*/*/__data.json'
				],
				navigateFallback: null,
				// /wijk/?thema=money (links from the guide) must open offline too: same precached page.
				ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^thema$/, /^wijk$/]
			},
			kit: {
				// Precache page URLs as the app links them ("gids/"), matching trailingSlash in +layout.ts.
				trailingSlash: 'always',
				includeVersionFile: true
			}
		})
	],
	test: {
		environment: 'node',
		setupFiles: ['src/test-setup.ts'],
		// A test that checks nothing passes silently: refuse it.
		expect: { requireAssertions: true },
		// Property tests over encrypted backups take 4–6 s on a quiet 2-core machine; the 5 s default failed
		// them under load. A hung test still fails, within this bound.
		testTimeout: 20_000,
		restoreMocks: true,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts']
				}
			},
			{
				// Rune state (`*.svelte.spec.ts`, as Svelte's docs name them), compiled and resolved as for the
				// browser, so $effect runs as it does in the app; Node's server output would skip it.
				extends: true,
				// Svelte's own rune helpers as in the browser too: on the server, svelte/reactivity's
				// createSubscriber does nothing, and a LiveQuery would never ask storage.
				resolve: {
					alias: [
						{
							find: /^svelte\/reactivity$/,
							replacement: fileURLToPath(
								new URL('./node_modules/svelte/src/reactivity/index-client.js', import.meta.url)
							)
						}
					]
				},
				test: {
					name: 'runes',
					include: ['src/**/*.svelte.spec.ts'],
					environment: './src/test-runes-environment.ts'
				}
			}
		]
	}
});

import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { appManifest } from './src/lib/pwa/manifest.ts';

// A municipality may host the app in a sub folder ("/aan-het-roer"); see README. Same value as svelte.config.js.
const basePath = process.env.BASE_PATH ?? '';

export default defineConfig({
	plugins: [
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
					'prerendered/**/*.{html,json}'
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
		include: ['src/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['src/test-setup.ts'],
		// A test that checks nothing passes silently: refuse it.
		expect: { requireAssertions: true },
		restoreMocks: true
	}
});

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere: no legacy reactive statements can creep in.
		runes: true
	},
	kit: {
		// Every page is prerendered to plain HTML: it reads without JavaScript and the service worker
		// can precache each one. `fallback` serves unknown URLs (e.g. a share link path) from the shell.
		adapter: adapter({ fallback: '404.html', strict: true }),
		// The service worker comes from @vite-pwa/sveltekit, not Kit's own.
		serviceWorker: { register: false },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		alias: { $messages: 'messages' },
		// A relative base keeps the app working when a municipality hosts it in a sub folder.
		paths: { relative: true, base: process.env.BASE_PATH ?? '' }
	}
};

export default config;

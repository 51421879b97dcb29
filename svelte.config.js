import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { loadEnv } from 'vite';
import { templateScripts } from './src/lib/shell/app-template.js';

/**
 * The Content-Security-Policy makes "nothing leaves the app's origin but the activities feed" a rule the
 * browser enforces, not only a promise of our code (issue 18). Prerendered pages carry it as a <meta> tag;
 * headers that only a server can send (frame-ancestors) are in the README.
 */
const env = loadEnv(
	process.env.NODE_ENV === 'development' ? 'development' : 'production',
	process.cwd(),
	'PUBLIC_'
);

/** The configured feed's origin, the one place besides our own that the app may fetch from. */
function feedOrigin() {
	if (!env.PUBLIC_FEED_URL) return [];
	try {
		const { origin } = new URL(env.PUBLIC_FEED_URL);
		return origin === 'null' ? [] : [origin];
	} catch {
		return []; // a relative address: our own origin
	}
}

/**
 * Kit hashes the inline scripts it writes; app.html's own two (quick exit, prefs before paint) we hash here,
 * in the form hooks.server.ts ships them (without their comments).
 */
const appHtmlScripts = templateScripts(readFileSync(new URL('./src/app.html', import.meta.url), 'utf8')).map(
	({ shipped }) => `sha256-${createHash('sha256').update(shipped).digest('base64')}`
);

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
		paths: { relative: true, base: process.env.BASE_PATH ?? '' },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScripts],
				// Svelte sets some styles inline (transitions, style: directives in the prerendered HTML).
				'style-src': ['self', 'unsafe-inline'],
				// The map's PNG export draws an SVG blob; QR codes and icons may be data: images.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', ...feedOrigin()],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['self'],
				'frame-src': ['none'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

/**
 * `npm run screenshots`: full-page screenshots of every main screen at phone and tablet size, in Dutch
 * and Arabic, light and dark, for people to look at (not a test). Needs a build: `npm run build` first.
 * Writes to $SHOTS_DIR or /tmp/aan-het-roer-shots/.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { chromiumLaunch } from './chromium';

const port = 4290;
const out = process.env.SHOTS_DIR ?? '/tmp/aan-het-roer-shots';
const routes = [
	'/',
	'/gids/',
	'/gids/baby-crying/',
	'/gids/hulp/',
	'/netwerk/',
	'/doelen/',
	'/doelen/check-in/',
	'/wijk/',
	'/mijn-gegevens/',
	'/mijn-gegevens/delen/',
	'/taal/',
	'/over/'
];
const sizes = [
	['phone', 360, 800],
	['tablet', 768, 1024]
] as const;

const server = spawn('node', ['tests/support/serve.mjs'], {
	env: { ...process.env, PORT: String(port) },
	stdio: 'ignore'
});
await new Promise((done) => setTimeout(done, 800));
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunch);
try {
	for (const lang of ['nl', 'ar'] as const)
		for (const theme of ['light', 'dark'] as const)
			for (const [size, width, height] of sizes) {
				if (theme === 'dark' && size === 'tablet') continue;
				const context = await browser.newContext({ viewport: { width, height }, locale: 'nl-NL' });
				await context.addInitScript(
					(prefs) => localStorage.setItem('aan-het-roer:prefs', JSON.stringify(prefs)),
					{ lang, theme }
				);
				const page = await context.newPage();
				for (const route of routes) {
					await page.goto(`http://127.0.0.1:${port}${route}`, { waitUntil: 'networkidle' });
					await page.waitForFunction((l) => document.documentElement.lang === l, lang);
					const name = `${lang}-${theme}-${size}${route.replaceAll('/', '_')}.png`.replace('_.png', '.png');
					await page.screenshot({ path: join(out, name), fullPage: true });
				}
				await context.close();
			}
} finally {
	await browser.close();
	server.kill();
}
console.log(`screenshots in ${out}`);

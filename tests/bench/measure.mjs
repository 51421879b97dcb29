// Shared measuring helpers for the benchmark and the byte-budget test.

/** The main routes a resident opens first. Guide topic pages are measured by the guide's own bench. */
export const MAIN_ROUTES = ['/', '/gids/', '/netwerk/', '/doelen/', '/wijk/', '/mijn-gegevens/', '/over/'];

const COUNTED = new Set(['document', 'stylesheet', 'script']);

/**
 * Loads `url` in a fresh context without a service worker (a true first visit) and sums the bytes
 * that came over the wire, compressed, for HTML, CSS and JS.
 */
export async function firstVisitBytes(browser, url) {
	// In Dutch, the app's own language; another language adds its text files (about 2–8 KiB a route).
	const context = await browser.newContext({ serviceWorkers: 'block', locale: 'nl-NL' });
	const page = await context.newPage();
	const pending = [];
	page.on('requestfinished', (request) => {
		if (!COUNTED.has(request.resourceType())) return;
		pending.push(
			request.sizes().then((sizes) => ({ type: request.resourceType(), bytes: sizes.responseBodySize }))
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const sizes = await Promise.all(pending);
	await context.close();
	const sum = (type) => sizes.filter((s) => s.type === type).reduce((total, s) => total + s.bytes, 0);
	const html = sum('document');
	const css = sum('stylesheet');
	const js = sum('script');
	return { html, css, js, total: html + css + js };
}

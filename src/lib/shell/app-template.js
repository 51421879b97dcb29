// Plain JavaScript: svelte.config.js (which hashes these scripts for the Content-Security-Policy) imports it
// before any TypeScript tooling runs.

/**
 * app.html's comments explain its inline scripts to us; a resident's phone need not download them. They
 * cost ~370 bytes after compression on every page (measured on /wijk/activiteit/, 2026-12-06), where the
 * activity page sits at its 100 KiB budget.
 *
 * The shipped form drops comment lines, blank lines, indentation and HTML comments of the template. Lines stay
 * lines, so JavaScript's automatic semicolons work as written. Kit's own inline script is never touched: Kit
 * hashes it itself.
 */

/** @param {string} body */
export function shippedScript(body) {
	return body
		.split('\n')
		.map((line) => line.trim())
		.filter((line) => line !== '' && !line.startsWith('//'))
		.join('\n');
}

/**
 * Each inline script of the template as written and as shipped.
 * @param {string} template the text of src/app.html
 * @returns {{ written: string, shipped: string }[]}
 */
export function templateScripts(template) {
	return [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body = '']) => ({
		written: body,
		shipped: shippedScript(body)
	}));
}

/**
 * The template's HTML comments (not Svelte's hydration markers, which come with the page body).
 * @param {string} template
 * @returns {string[]}
 */
export function templateComments(template) {
	return [...template.matchAll(/<!--[\s\S]*?-->/g)].map(([comment]) => comment);
}

/**
 * A rendered page with the template's scripts and comments in their shipped form.
 * @param {string} html
 * @param {string} template
 */
export function shipTemplateParts(html, template) {
	let shipped = html;
	for (const { written, shipped: short } of templateScripts(template))
		shipped = shipped.replace(`<script>${written}</script>`, `<script>${short}</script>`);
	for (const comment of templateComments(template)) shipped = shipped.replace(comment, '');
	return shipped;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shipTemplateParts, shippedScript, templateComments, templateScripts } from './app-template.js';

const template = readFileSync('src/app.html', 'utf8');

describe('app.html as shipped', () => {
	it('finds both inline scripts and keeps each one valid JavaScript without its comments', () => {
		const scripts = templateScripts(template);
		expect(scripts).toHaveLength(2);
		for (const { written, shipped } of scripts) {
			expect(written).toMatch(/\/\/ /);
			expect(shipped).not.toMatch(/^\s*\/\//m);
			expect(shipped.length).toBeLessThan(written.length);
			expect(() => new Function(shipped)).not.toThrow();
		}
	});

	it('keeps code that contains slashes (the address checks)', () => {
		expect(shippedScript('\t\t// why\n\t\tif (/^(https:\\/\\/)/.test(url)) go();\n')).toBe(
			'if (/^(https:\\/\\/)/.test(url)) go();'
		);
	});

	it('drops the template comments and leaves the page body and Kit’s own script alone', () => {
		const kitScript = '<script>\n\t\t\t// Kit hashes this one itself\n\t\t\tstart();\n\t\t</script>';
		const page = template
			.replace('%sveltekit.head%', kitScript)
			.replace('%sveltekit.body%', '<!--[--><p>Hallo</p><!--]-->');
		const shipped = shipTemplateParts(page, template);
		expect(templateComments(template).length).toBeGreaterThan(0);
		for (const comment of templateComments(template)) expect(shipped).not.toContain(comment);
		expect(shipped).toContain(kitScript);
		expect(shipped).toContain('<!--[--><p>Hallo</p><!--]-->');
		for (const { shipped: script } of templateScripts(template))
			expect(shipped).toContain(`<script>${script}</script>`);
	});
});

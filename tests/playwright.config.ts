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
		serviceWorkers: 'allow',
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		trace: 'retain-on-failure',
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

/** Debian's Chromium: Playwright's own browser builds cannot be downloaded on these machines. */
export const chromiumLaunch = {
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	// Without the background-networking flags Chromium keeps trying to reach closed networks.
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};

import { execFileSync } from 'node:child_process';
import { chromiumLaunch } from './chromium';

/**
 * Prints the browser the run uses. Debian's Chromium moves on under the suite (156.0.8078.73 passed where
 * 156.0.8078.114 found real bugs), so every run's log says which build it proved.
 */
export default function globalSetup(): void {
	const version = execFileSync(chromiumLaunch.executablePath, ['--version'], {
		encoding: 'utf8',
		// Debian's wrapper script prints a harmless '[: … unexpected operator' line on stderr.
		stdio: ['ignore', 'pipe', 'ignore']
	})
		.split('\n')
		.find((line) => /Chromium|Chrome/.test(line));
	console.log(
		`End-to-end tests in ${version?.trim() ?? 'an unknown Chromium'} (${chromiumLaunch.executablePath})`
	);
}

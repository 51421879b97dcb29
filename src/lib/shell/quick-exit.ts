/**
 * "Snel weg": leave at once for a neutral site. `location.replace` swaps the app's one history entry
 * (all in-app navigation replaces state, see app.html), so the back button does not lead back here.
 * A deployer can choose the neutral site with PUBLIC_QUICK_EXIT_URL at build time.
 */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.buienradar.nl/';

export function quickExitUrl(configured: string | undefined): string {
	if (configured && /^https:\/\/[^\s]+$/.test(configured)) return configured;
	return DEFAULT_QUICK_EXIT_URL;
}

export function quickExit(url: string, win: Pick<Window, 'location'> = window): void {
	try {
		// Hide what was on screen straight away, even before the neutral page arrives.
		document.title = '';
		document.body.style.visibility = 'hidden';
	} catch {
		// No document (tests): the redirect below is what matters.
	}
	win.location.replace(url);
}

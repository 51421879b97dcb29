/**
 * "Snel weg": leave at once for a neutral site, with no page of the app left behind in Back.
 *
 * Inside the app every screen is a history entry of its own, so the phone's Back returns to the previous
 * screen (issue 18). Quick exit therefore first steps back over this tab's run of app entries to the first
 * one, and replaces that entry with the neutral site. How far back: the Navigation API's
 * `navigation.currentEntry.index`, which counts only the unbroken run of same-origin entries around the
 * current one, across whole page loads (a guide topic is one). The page that Back lands on may be another
 * document, so the address is handed over in sessionStorage and the first script of every page (app.html)
 * finishes the job with `location.replace`.
 *
 * Trade-off, also in the README: the stepped-over entries stay behind as *Forward* entries (no page can
 * remove them), and the browser's own history list keeps every address; the "Veilig gebruiken" page tells
 * how to clear it. A browser without the Navigation API only replaces the current entry.
 * A deployer can choose the neutral site with PUBLIC_QUICK_EXIT_URL at build time.
 */
export const DEFAULT_QUICK_EXIT_URL = 'https://www.buienradar.nl/';

/** The sessionStorage key that carries the address to the page Back lands on (read in app.html too). */
export const LEAVE_KEY = 'aan-het-roer:leave-to';

/** If the browser has not moved after this long, leave from where we are. */
const FALLBACK_MS = 1500;

export function quickExitUrl(configured: string | undefined): string {
	if (configured && /^https:\/\/[^\s]+$/.test(configured)) return configured;
	return DEFAULT_QUICK_EXIT_URL;
}

/** What leaving needs from the window; tests pass a stand-in. */
export interface LeavingWindow {
	location: Pick<Location, 'replace'>;
	history?: Pick<History, 'go'>;
	navigation?: { currentEntry: { index: number } | null };
	sessionStorage?: Pick<Storage, 'setItem' | 'getItem' | 'removeItem'>;
	setTimeout?: (handler: () => void, ms: number) => unknown;
}

/** How many entries of this app lie behind the current one in this tab. */
export function appEntriesBehind(win: LeavingWindow): number {
	const index = win.navigation?.currentEntry?.index;
	return typeof index === 'number' && index > 0 ? index : 0;
}

/**
 * Leaves the app for `url`: steps back to the tab's first app entry and replaces it. Also used to end a
 * guest session on a walk-in tablet (then `url` is the app's own start page).
 */
export function leaveApp(url: string, win: LeavingWindow = window as unknown as LeavingWindow): void {
	const steps = appEntriesBehind(win);
	if (steps > 0 && win.history && win.sessionStorage) {
		try {
			win.sessionStorage.setItem(LEAVE_KEY, url);
			win.history.go(-steps);
			win.setTimeout?.(() => finishLeaving(win), FALLBACK_MS);
			return;
		} catch {
			// No session storage (a strict privacy mode): replacing this one entry is the best we can do.
		}
	}
	win.location.replace(url);
}

/** Runs where Back landed (app.html has the same lines, for pages before any module loads). */
export function finishLeaving(win: LeavingWindow): boolean {
	const url = win.sessionStorage?.getItem(LEAVE_KEY);
	if (!url) return false;
	win.sessionStorage?.removeItem(LEAVE_KEY);
	win.location.replace(url);
	return true;
}

export function quickExit(url: string, win: LeavingWindow = window as unknown as LeavingWindow): void {
	try {
		// Hide what was on screen straight away, even before the neutral page arrives.
		document.title = '';
		document.documentElement.style.visibility = 'hidden';
	} catch {
		// No document (tests): leaving is what matters.
	}
	leaveApp(url, win);
}

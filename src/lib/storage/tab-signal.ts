/**
 * Word between the app's open tabs about what Dexie's own cross-tab events cannot carry: a deleted
 * database. Restores and profile switches reach other tabs through live queries; a wipe removes the
 * database under them, so they are told, and start afresh instead of showing (or saving into) what is gone.
 */
const CHANNEL = 'aan-het-roer:storage';
/** A channel also hears the other channels of its own tab: this tab's messages carry its mark. */
const THIS_TAB = Math.random().toString(36).slice(2);

interface Wiped {
	kind: 'wiped';
	from: string;
}

function channel(): BroadcastChannel | undefined {
	try {
		return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
	} catch {
		return undefined;
	}
}

/** After "Alles wissen" or a walk-in session's end: every other tab of the app must let go. */
export function announceWipe(): void {
	const open = channel();
	open?.postMessage({ kind: 'wiped', from: THIS_TAB } satisfies Wiped);
	open?.close();
}

/** Calls `handler` when another tab wiped the data; returns the unsubscribe. */
export function onWipeElsewhere(handler: () => void): () => void {
	const open = channel();
	if (!open) return () => undefined;
	open.onmessage = (event: MessageEvent<Partial<Wiped>>) => {
		if (event.data?.kind === 'wiped' && event.data.from !== THIS_TAB) handler();
	};
	return () => open.close();
}

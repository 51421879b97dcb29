/**
 * Word between the app's open tabs about what Dexie's own cross-tab events cannot carry. Dexie tells a tab
 * about changes to a database it has open (a restore, a profile switch); it cannot tell
 * - a tab that never opened the database, because there was none yet: a restore or a first save in another
 *   tab then `created` it, and this tab opens it too, so its rooms show the new records at once;
 * - a tab whose database was deleted under it: `wiped`, so it lets go and starts afresh instead of showing
 *   (or saving into) what is gone.
 */
import { TAB_CHANNEL } from './schema';

/** A channel also hears the other channels of its own tab: this tab's messages carry its mark. */
const THIS_TAB = Math.random().toString(36).slice(2);

export type TabSignal = 'wiped' | 'created';

interface Message {
	kind: TabSignal;
	from: string;
}

function channel(): BroadcastChannel | undefined {
	try {
		return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(TAB_CHANNEL);
	} catch {
		return undefined;
	}
}

function announce(kind: TabSignal): void {
	const open = channel();
	open?.postMessage({ kind, from: THIS_TAB } satisfies Message);
	open?.close();
}

/** Calls `handler` when another tab sends `kind`; returns the unsubscribe. */
function onSignal(kind: TabSignal, handler: () => void): () => void {
	const open = channel();
	if (!open) return () => undefined;
	open.onmessage = (event: MessageEvent<Partial<Message>>) => {
		if (event.data?.kind === kind && event.data.from !== THIS_TAB) handler();
	};
	return () => open.close();
}

/** After "Alles wissen" or a walk-in session's end: every other tab of the app must let go. */
export const announceWipe = (): void => announce('wiped');
export const onWipeElsewhere = (handler: () => void) => onSignal('wiped', handler);

/** This tab just created the database: tabs that found none can open it now. */
export const announceCreated = (): void => announce('created');
export const onCreatedElsewhere = (handler: () => void) => onSignal('created', handler);

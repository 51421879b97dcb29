/**
 * Escape is the keyboard shortcut for "Snel weg" (as on many domestic-abuse support sites), unless
 * something open on screen closes on Escape first: the menu, or a dialog. The PIN lock cannot be
 * closed (`data-escape-exits`), so there Escape leaves.
 */
const CLOSES_ON_ESCAPE = '#app-menu:not([hidden]), dialog[open]:not([data-escape-exits])';

export function escapeMeansExit(event: KeyboardEvent, doc: Pick<Document, 'querySelector'>): boolean {
	if (event.key !== 'Escape' || event.repeat) return false;
	if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
	// A search box with text clears itself on Escape.
	const target = event.target as Partial<HTMLInputElement> | null;
	if (target?.type === 'search' && target.value) return false;
	return doc.querySelector(CLOSES_ON_ESCAPE) === null;
}

/**
 * Listens for Escape and presses the visible "Snel weg" link, so the shortcut does exactly what a tap
 * does (including ending a guest session). Capture phase: it must see the menu still open, before the
 * menu's own Escape handler closes it. Returns a function that stops listening.
 */
export function listenForEscapeExit(win: Window = window): () => void {
	const listener = (event: KeyboardEvent) => {
		if (!escapeMeansExit(event, win.document)) return;
		const link =
			win.document.querySelector<HTMLElement>('dialog[open] a.quick-exit') ??
			win.document.querySelector<HTMLElement>('a.quick-exit');
		if (!link) return;
		event.preventDefault();
		link.click();
	};
	win.addEventListener('keydown', listener, true);
	return () => win.removeEventListener('keydown', listener, true);
}

/**
 * The only script a topic page loads. The page itself is prerendered HTML that reads without JavaScript;
 * this adds what needs a script: read-aloud, print, the menu, "Snel weg" without a trace in the history,
 * the guest session on a walk-in tablet, and the service worker that keeps every page for offline use.
 * It is bundled on its own (imported with ?worker&url), so none of the app's framework comes along.
 */
import { Speaker, type SpeakerView } from '$lib/guide/speaker';
import { listenForEscapeExit } from '$lib/shell/escape-exit';
import { quickExit } from '$lib/shell/quick-exit';
import { abandonGuestSession } from '$lib/walk-in/session';
import { watchGuestSession } from '$lib/walk-in/static-watch';

const root = document.querySelector<HTMLElement>('[data-static-page]');

function show(element: Element | null | undefined, visible: boolean): void {
	if (element instanceof HTMLElement) element.hidden = !visible;
}

function enhanceReader(page: HTMLElement): void {
	const tools = page.querySelector<HTMLElement>('[data-reader]');
	if (!tools) return;
	const buttons = (name: string) => tools.querySelector(`[data-say="${name}"]`);
	const render = (view: SpeakerView) => {
		show(buttons('start'), view.available && view.state === 'idle');
		show(buttons('pause'), view.available && view.state === 'speaking');
		show(buttons('resume'), view.available && view.state === 'paused');
		show(buttons('stop'), view.available && view.state !== 'idle');
		show(tools.querySelector('[data-no-voice]'), view.missingVoice);
	};
	const speaker = new Speaker(page.dataset.lang ?? document.documentElement.lang, render);
	render(speaker.view);
	// The title first, then every part of the text marked for reading, in page order.
	const parts = () => [
		document.getElementById('page-title')?.innerText ?? '',
		...Array.from(page.querySelectorAll<HTMLElement>('[data-read]'), (element) => element.innerText)
	];
	const actions: Record<string, () => void> = {
		start: () => speaker.start(parts()),
		pause: () => speaker.pause(),
		resume: () => speaker.resume(),
		stop: () => speaker.stop(),
		print: () => window.print()
	};
	tools.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLElement>('[data-say]');
		const action = button && actions[button.dataset.say ?? ''];
		if (!action) return;
		action();
		// The button pressed may have been hidden: keep the keyboard in the controls.
		if (button.hidden) tools.querySelector<HTMLElement>('[data-say]:not([hidden])')?.focus();
	});
	window.addEventListener('pagehide', () => speaker.stop());
}

/** The same disclosure the app's menu is: button + list, closes on Escape and on a tap outside. */
function enhanceMenu(): void {
	const toggle = document.querySelector<HTMLButtonElement>('[aria-controls="app-menu"]');
	const list = document.getElementById('app-menu');
	if (!toggle || !list) return;
	const setOpen = (open: boolean) => {
		list.hidden = !open;
		toggle.setAttribute('aria-expanded', String(open));
	};
	toggle.addEventListener('click', () => setOpen(list.hasAttribute('hidden')));
	window.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !list.hasAttribute('hidden')) {
			setOpen(false);
			toggle.focus();
		}
	});
	window.addEventListener('pointerdown', (event) => {
		if (!list.hasAttribute('hidden') && !toggle.parentElement?.contains(event.target as Node)) setOpen(false);
	});
}

function enhanceQuickExit(): void {
	const link = document.querySelector<HTMLAnchorElement>('a.quick-exit');
	link?.addEventListener('click', (event) => {
		event.preventDefault();
		abandonGuestSession();
		quickExit(link.href);
	});
	listenForEscapeExit();
}

function registerServiceWorker(page: HTMLElement): void {
	// The same worker and scope as the app's own registration (src/lib/pwa/update.svelte.ts).
	const { sw, root: scope } = page.dataset;
	if (!sw || !scope || !('serviceWorker' in navigator)) return;
	navigator.serviceWorker
		.register(new URL(sw, location.href), { scope: new URL(scope, location.href).pathname })
		.catch((error: unknown) => console.warn('[pwa] service worker not registered', error));
}

if (root) {
	enhanceQuickExit();
	enhanceMenu();
	enhanceReader(root);
	watchGuestSession(
		document.querySelector<HTMLElement>('[data-guest-bar]'),
		new URL(root.dataset.root ?? '/', location.href).href
	);
	registerServiceWorker(root);
	// Tests and the benchmark wait for this mark, as on the app's other pages.
	document.documentElement.dataset.hydrated = 'true';
}

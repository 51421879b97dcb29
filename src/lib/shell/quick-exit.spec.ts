import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	DEFAULT_QUICK_EXIT_URL,
	finishLeaving,
	LEAVE_KEY,
	leaveApp,
	quickExit,
	quickExitUrl,
	type LeavingWindow
} from './quick-exit';

function fakeWindow(index: number | null): LeavingWindow & { stored: Map<string, string> } {
	const stored = new Map<string, string>();
	return {
		stored,
		location: { replace: vi.fn() },
		history: { go: vi.fn() },
		navigation: index === null ? undefined : { currentEntry: { index } },
		sessionStorage: {
			getItem: (key) => stored.get(key) ?? null,
			setItem: (key, value) => void stored.set(key, value),
			removeItem: (key) => void stored.delete(key)
		},
		setTimeout: vi.fn()
	};
}

describe('quick exit', () => {
	it('uses the deployer’s neutral site only when it is a plain https address', () => {
		expect(quickExitUrl('https://www.example.nl/weer')).toBe('https://www.example.nl/weer');
		expect(quickExitUrl('javascript:alert(1)')).toBe(DEFAULT_QUICK_EXIT_URL);
		expect(quickExitUrl('http://insecure.example')).toBe(DEFAULT_QUICK_EXIT_URL);
		expect(quickExitUrl(undefined)).toBe(DEFAULT_QUICK_EXIT_URL);
	});

	it('on the first app entry of the tab, replaces it at once', () => {
		const win = fakeWindow(0);
		quickExit('https://www.example.nl/', win);
		expect(win.location.replace).toHaveBeenCalledWith('https://www.example.nl/');
		expect(win.history?.go).not.toHaveBeenCalled();
	});

	it('further in, steps back over every app entry and leaves the address for the page it lands on', () => {
		const win = fakeWindow(3);
		quickExit('https://www.example.nl/', win);
		expect(win.history?.go).toHaveBeenCalledWith(-3);
		expect(win.location.replace).not.toHaveBeenCalled();
		expect(win.stored.get(LEAVE_KEY)).toBe('https://www.example.nl/');

		// Where Back lands: replace that entry, and forget the address.
		expect(finishLeaving(win)).toBe(true);
		expect(win.location.replace).toHaveBeenCalledWith('https://www.example.nl/');
		expect(win.stored.has(LEAVE_KEY)).toBe(false);
		expect(finishLeaving(win), 'a later page load does nothing').toBe(false);
	});

	it('leaves from where it is when the browser did not move', () => {
		const win = fakeWindow(2);
		leaveApp('/', win);
		const fallback = vi.mocked(win.setTimeout!).mock.calls[0]?.[0];
		fallback?.();
		expect(win.location.replace).toHaveBeenCalledWith('/');
	});

	it('without the Navigation API or session storage, replaces the current entry', () => {
		const old = fakeWindow(null);
		quickExit('https://www.example.nl/', old);
		expect(old.location.replace).toHaveBeenCalledWith('https://www.example.nl/');
		const strict = fakeWindow(2);
		strict.sessionStorage!.setItem = () => {
			throw new DOMException('denied', 'SecurityError');
		};
		quickExit('https://www.example.nl/', strict);
		expect(strict.location.replace).toHaveBeenCalledWith('https://www.example.nl/');
	});

	it('app.html finishes the step back with the same key', () => {
		const html = readFileSync('src/app.html', 'utf8');
		expect(html).toContain(`sessionStorage.getItem('${LEAVE_KEY}')`);
		expect(html).toContain(`sessionStorage.removeItem('${LEAVE_KEY}')`);
	});
});

import { describe, expect, it } from 'vitest';
import { escapeMeansExit } from './escape-exit';

const key = (init: Omit<Partial<KeyboardEvent>, 'target'> & { target?: unknown }) =>
	({
		key: 'Escape',
		repeat: false,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		shiftKey: false,
		...init
	}) as KeyboardEvent;

/** A document where the given selectors match something. */
const doc = (open: string[] = []) => ({
	querySelector: (selector: string) =>
		open.some((part) => selector.split(', ').includes(part)) ? ({} as Element) : null
});

describe('Escape as the quick exit shortcut', () => {
	it('leaves when nothing on screen closes on Escape', () => {
		expect(escapeMeansExit(key({}), doc())).toBe(true);
	});

	it('lets an open menu or dialog close first, but not the PIN lock, which cannot close', () => {
		expect(escapeMeansExit(key({}), doc(['#app-menu:not([hidden])']))).toBe(false);
		expect(escapeMeansExit(key({}), doc(['dialog[open]:not([data-escape-exits])']))).toBe(false);
	});

	it('ignores other keys, held keys and combinations', () => {
		expect(escapeMeansExit(key({ key: 'Enter' }), doc())).toBe(false);
		expect(escapeMeansExit(key({ repeat: true }), doc())).toBe(false);
		expect(escapeMeansExit(key({ shiftKey: true }), doc())).toBe(false);
	});

	it('lets a search box with text clear itself', () => {
		expect(escapeMeansExit(key({ target: { type: 'search', value: 'huur' } }), doc())).toBe(false);
		expect(escapeMeansExit(key({ target: { type: 'search', value: '' } }), doc())).toBe(true);
	});
});

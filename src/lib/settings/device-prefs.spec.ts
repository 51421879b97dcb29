import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREFS_KEY, readPrefs, writePrefs } from './device-prefs';

function memoryStorage(): Storage {
	const map = new Map<string, string>();
	return {
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => void map.set(k, String(v)),
		removeItem: (k) => void map.delete(k),
		clear: () => map.clear(),
		key: (i) => [...map.keys()][i] ?? null,
		get length() {
			return map.size;
		}
	};
}

describe('device preferences', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('remembers and merges choices', () => {
		vi.stubGlobal('localStorage', memoryStorage());
		writePrefs({ lang: 'ar' });
		writePrefs({ textScale: 1.5 });
		expect(readPrefs()).toEqual({ lang: 'ar', textScale: 1.5 });
	});

	it('treats corrupt or blocked storage as "no preferences"', () => {
		const storage = memoryStorage();
		storage.setItem(PREFS_KEY, '{not json');
		vi.stubGlobal('localStorage', storage);
		expect(readPrefs()).toEqual({});
		vi.stubGlobal('localStorage', {
			getItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
		expect(readPrefs()).toEqual({});
		expect(writePrefs({ lang: 'nl' })).toBe(false);
	});
});

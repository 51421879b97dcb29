/**
 * Small, non-personal preferences of this device (language, text size, colour scheme), kept in
 * localStorage because they must apply before the first paint. The inline script in app.html reads the
 * same key. Any storage failure (private mode, blocked storage) falls back to defaults, never to an error.
 */
export const PREFS_KEY = 'aan-het-roer:prefs';

export type Theme = 'system' | 'light' | 'dark';

export interface DevicePrefs {
	lang?: string;
	textScale?: number;
	theme?: Theme;
}

export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

export function readPrefs(): DevicePrefs {
	try {
		const raw = globalThis.localStorage?.getItem(PREFS_KEY);
		const parsed: unknown = raw ? JSON.parse(raw) : {};
		return parsed && typeof parsed === 'object' ? (parsed as DevicePrefs) : {};
	} catch {
		return {};
	}
}

export function writePrefs(change: DevicePrefs): boolean {
	try {
		globalThis.localStorage?.setItem(PREFS_KEY, JSON.stringify({ ...readPrefs(), ...change }));
		return true;
	} catch {
		return false;
	}
}

export function clearPrefs(): void {
	try {
		globalThis.localStorage?.removeItem(PREFS_KEY);
	} catch {
		// Nothing stored, nothing to clear.
	}
}

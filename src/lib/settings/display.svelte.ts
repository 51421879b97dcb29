import { readPrefs, TEXT_SCALES, writePrefs, type Theme } from './device-prefs';

/** Text size and colour scheme of this device, applied to <html> (app.html applies them before paint). */
class Display {
	#textScale = $state(1);
	#theme = $state<Theme>('system');

	constructor() {
		if (typeof window === 'undefined') return;
		const prefs = readPrefs();
		if (typeof prefs.textScale === 'number' && (TEXT_SCALES as readonly number[]).includes(prefs.textScale)) {
			this.#textScale = prefs.textScale;
		}
		if (prefs.theme === 'light' || prefs.theme === 'dark') this.#theme = prefs.theme;
	}

	get textScale(): number {
		return this.#textScale;
	}

	get theme(): Theme {
		return this.#theme;
	}

	setTextScale(scale: number): void {
		this.#textScale = scale;
		writePrefs({ textScale: scale });
		document.documentElement.style.setProperty('--text-scale', String(scale));
	}

	setTheme(theme: Theme): void {
		this.#theme = theme;
		writePrefs({ theme });
		if (theme === 'system') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = theme;
	}
}

export const display = new Display();

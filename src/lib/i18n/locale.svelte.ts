import { ensureLanguage, i18n, type TranslateOptions } from './i18n';
import { withoutDoubledStop } from './format';
import { defaultLang, dirOf, guessLang, isLang, type Dir, type Lang } from './languages';
import { readPrefs, writePrefs } from '$lib/settings/device-prefs';

/**
 * The language the resident reads, as reactive state. Templates call `t()`; because `t` reads `#lang`,
 * every string re-renders when the language changes.
 */
class Locale {
	#lang = $state<Lang>(defaultLang);

	get lang(): Lang {
		return this.#lang;
	}

	get dir(): Dir {
		return dirOf(this.#lang);
	}

	/** Runs once in the browser: the stored choice, else the browser's first guess. */
	async restore(): Promise<void> {
		const stored = readPrefs().lang;
		const lang = isLang(stored) ? stored : guessLang(navigator.languages ?? [navigator.language]);
		await this.#apply(lang);
	}

	/** The resident's own choice: remembered on this device. */
	async choose(lang: Lang): Promise<void> {
		writePrefs({ lang });
		await this.#apply(lang);
	}

	/** At build time: the next page is prerendered in `lang` (a guide topic has a page per language). */
	async renderIn(lang: Lang): Promise<void> {
		await this.#apply(lang);
	}

	async #apply(lang: Lang): Promise<void> {
		await ensureLanguage(lang);
		await i18n.changeLanguage(lang);
		this.#lang = lang;
		if (typeof document !== 'undefined') {
			document.documentElement.lang = lang;
			document.documentElement.dir = dirOf(lang);
		}
	}

	t = (key: string, options?: TranslateOptions): string => {
		void this.#lang; // subscribe the caller to language changes
		const text = i18n.t(key, options) as string;
		// A value that brings its own full stop ("4 грудня 2026 р.") at the end of a sentence.
		return options && typeof text === 'string' ? withoutDoubledStop(text) : text;
	};
}

export const locale = new Locale();
export const t = locale.t;

/** The languages the app speaks. Dutch is the default and the fallback for anything not yet translated. */
export const languages = [
	{ code: 'nl', name: 'Nederlands', dir: 'ltr' },
	{ code: 'en', name: 'English', dir: 'ltr' },
	{ code: 'ar', name: 'العربية', dir: 'rtl' },
	{ code: 'tr', name: 'Türkçe', dir: 'ltr' },
	{ code: 'pl', name: 'Polski', dir: 'ltr' },
	{ code: 'uk', name: 'Українська', dir: 'ltr' }
] as const;

export type Lang = (typeof languages)[number]['code'];
export type Dir = 'ltr' | 'rtl';

export const defaultLang: Lang = 'nl';

export function isLang(value: unknown): value is Lang {
	return languages.some((l) => l.code === value);
}

export function dirOf(lang: Lang): Dir {
	return languages.find((l) => l.code === lang)?.dir ?? 'ltr';
}

/** First guess from the browser's preferred languages ("ar-MA" → ar); Dutch when none fits. */
export function guessLang(preferred: readonly string[]): Lang {
	for (const tag of preferred) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLang(base)) return base;
	}
	return defaultLang;
}

import type { Lang } from './languages';

/*
 * The one place where dates, times, numbers, lists and sort orders are made readable, per language, on
 * Intl. Everything on screen goes through here, so the same time reads the same on every page (issue 19).
 */

/** Dutch time zone, because the app is about Dutch cities. */
export const TIME_ZONE = 'Europe/Amsterdam';

/**
 * 24-hour clock in every language, as on the posters and in the feed ("19:00"): a 12-hour "07:00 م" beside
 * a poster's "19:00" reads as another time.
 */
const CLOCK = { hourCycle: 'h23' } as const;

export function formatDate(
	date: Date | number,
	lang: Lang,
	options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }
): string {
	const withClock = 'hour' in options || 'timeStyle' in options ? CLOCK : {};
	return new Intl.DateTimeFormat(lang, { timeZone: TIME_ZONE, ...options, ...withClock }).format(date);
}

/** "19:00". */
export function formatTime(date: Date | number, lang: Lang): string {
	return formatDate(date, lang, { hour: '2-digit', minute: '2-digit' });
}

/**
 * A day and a time as one phrase, joined the way this language joins them in its own date-and-time format
 * ("maandag 7 december, 19:00", Arabic "…، 19:00", Turkish without a comma), never a hard-coded ", ".
 */
export function joinDayAndTime(day: string, time: string, lang: Lang): string {
	// Day and month as numbers: no year, so no Ukrainian "р." joins the separator.
	const parts = new Intl.DateTimeFormat(lang, {
		timeZone: TIME_ZONE,
		day: 'numeric',
		month: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		...CLOCK
	}).formatToParts(0);
	const hour = parts.findIndex((part) => part.type === 'hour');
	const joiner = hour > 0 && parts[hour - 1]!.type === 'literal' ? parts[hour - 1]!.value : ' ';
	return `${day}${joiner}${time}`;
}

export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
	return new Intl.NumberFormat(lang, options).format(value);
}

/** "€ 0,25" in Dutch, "0,25 €" in Polish. */
export function formatMoney(euros: number, lang: Lang): string {
	return formatNumber(euros, lang, { style: 'currency', currency: 'EUR' });
}

export function formatBytes(bytes: number, lang: Lang): string {
	const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return formatNumber(value, lang, {
		style: 'unit',
		unit: units[unit],
		unitDisplay: 'short',
		maximumFractionDigits: unit === 0 ? 0 : 1
	});
}

/** "Arabisch, Turks en Pools": the language's own "and" and commas. */
export function formatList(
	items: string[],
	lang: Lang,
	type: 'conjunction' | 'disjunction' = 'conjunction'
): string {
	return new Intl.ListFormat(lang, { type }).format(items);
}

/** A language code as a name in the reader's language ("ar" → "Arabisch"); a name the feed wrote stays. */
export function languageName(code: string, lang: Lang): string {
	try {
		return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
	} catch {
		// Not a language code: the feed wrote the name itself.
		return code;
	}
}

/** Sorts by what the reader sees, in the reader's alphabet ("Engels" before "Turks", whatever the codes). */
export function sortByName<T>(items: readonly T[], name: (item: T) => string, lang: Lang): T[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}

/**
 * A sentence that ends on a value which ends on its own full stop (Ukrainian "4 грудня 2026 р.") keeps one
 * full stop, not "р..". Only exactly two: an ellipsis "..." stays.
 */
export function withoutDoubledStop(text: string): string {
	return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

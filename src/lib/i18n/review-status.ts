import type { Lang } from './languages';

/**
 * Whether a native speaker has checked the text of a language, per namespace (messages/<lang>/<ns>.json).
 * Dutch is the source and English is written by the team; the other four are drafts until a reviewer checks them.
 *
 * A reviewer who has read a namespace in full and fixed it marks it by adding its name to `checked` for that
 * language (for example `ar: { checked: ['common', 'walkin'] }`). Guide topics carry their own status in the
 * topic file ("translation": "unchecked" → "checked").
 */
export type ReviewStatus = 'source' | 'checked' | 'unchecked';

interface LanguageReview {
	/** Every namespace counts as checked (source and team-written languages). */
	all?: ReviewStatus;
	/** Namespaces a native speaker has checked. */
	checked?: readonly string[];
}

export const reviews: Record<Lang, LanguageReview> = {
	nl: { all: 'source' },
	en: { all: 'checked' },
	ar: { checked: [] },
	tr: { checked: [] },
	pl: { checked: [] },
	uk: { checked: [] }
};

export function reviewStatus(lang: Lang, namespace: string): ReviewStatus {
	const review = reviews[lang];
	if (review.all) return review.all;
	return review.checked?.includes(namespace) ? 'checked' : 'unchecked';
}

/** True when some of the app's text in this language still waits for a native speaker. */
export function hasUncheckedText(lang: Lang, namespaces: readonly string[]): boolean {
	return namespaces.some((ns) => reviewStatus(lang, ns) === 'unchecked');
}

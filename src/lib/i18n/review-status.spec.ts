import { describe, expect, it } from 'vitest';
import { languages } from './languages';
import { namespaces } from './resources';
import { hasUncheckedText, reviews, reviewStatus } from './review-status';

describe('review status of translations', () => {
	it('treats Dutch as the source and English as checked, in every namespace', () => {
		expect(reviewStatus('nl', 'common')).toBe('source');
		expect(reviewStatus('en', 'walkin')).toBe('checked');
		expect(hasUncheckedText('nl', namespaces)).toBe(false);
		expect(hasUncheckedText('en', namespaces)).toBe(false);
	});

	it('marks the Arabic, Turkish, Polish and Ukrainian drafts as not yet checked', () => {
		for (const lang of ['ar', 'tr', 'pl', 'uk'] as const) {
			expect(reviewStatus(lang, 'common')).toBe('unchecked');
			expect(hasUncheckedText(lang, namespaces)).toBe(true);
		}
	});

	it('counts a namespace a reviewer added as checked, and only that one', () => {
		const before = reviews.pl;
		reviews.pl = { checked: ['common'] };
		try {
			expect(reviewStatus('pl', 'common')).toBe('checked');
			expect(reviewStatus('pl', 'walkin')).toBe('unchecked');
			expect(hasUncheckedText('pl', ['common'])).toBe(false);
			expect(hasUncheckedText('pl', ['common', 'walkin'])).toBe(true);
		} finally {
			reviews.pl = before;
		}
	});

	it('has an entry for every language, naming only namespaces that exist', () => {
		expect(Object.keys(reviews).sort()).toEqual(languages.map((l) => l.code).sort());
		for (const review of Object.values(reviews))
			for (const ns of review.checked ?? []) expect(namespaces).toContain(ns);
	});
});

import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from './format';
import { loadNamespaces } from './i18n';
import { locale, t } from './locale.svelte';

describe('t', () => {
	afterEach(async () => {
		await locale.renderIn('nl');
	});

	it('keeps one full stop when a date ends a sentence with its own (issue 19)', async () => {
		await locale.renderIn('uk');
		await loadNamespaces(['activities']);
		const date = formatDate(Date.parse('2026-12-04T12:00:00Z'), 'uk');
		expect(date.endsWith('р.')).toBe(true);
		const text = t('activities:problem.offline', { date });
		expect(text.endsWith(`${date}`)).toBe(true);
		expect(text).not.toContain('..');
	});
});

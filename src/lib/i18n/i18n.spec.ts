import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureLanguage, i18n, loadNamespaces } from './i18n';

describe('i18n', () => {
	afterEach(async () => {
		await i18n.changeLanguage('nl');
	});

	it('renders real Dutch text without waiting (prerendering needs it)', () => {
		expect(i18n.isInitialized).toBe(true);
		expect(i18n.t('common:app.name')).toBe('Aan het roer');
		expect(i18n.t('common:quickExit.label')).toBe('Snel weg');
	});

	it('loads another language on demand', async () => {
		await ensureLanguage('en');
		await i18n.changeLanguage('en');
		expect(i18n.t('common:quickExit.label')).toBe('Quick exit');
	});

	it('falls back to Dutch for a text that is not translated yet', async () => {
		i18n.addResource('nl', 'common', 'onlyDutch', 'Alleen in het Nederlands');
		await ensureLanguage('ar');
		await i18n.changeLanguage('ar');
		expect(i18n.t('common:onlyDutch')).toBe('Alleen in het Nederlands');
	});

	it('a namespace asked for while a language is being applied comes in that language too (issue 19)', async () => {
		// After a full page load on a walk-in tablet: the guest bar asks for `walkin` while the layout
		// applies the guest's Turkish, in either order.
		const asked = loadNamespaces(['walkin']);
		await ensureLanguage('tr');
		await asked;
		await i18n.changeLanguage('tr');
		expect(i18n.hasResourceBundle('tr', 'walkin')).toBe(true);
		expect(i18n.t('walkin:bar.label')).not.toBe(i18n.getFixedT('nl')('walkin:bar.label'));

		const switching = ensureLanguage('pl');
		await loadNamespaces(['activity']);
		await switching;
		expect(i18n.hasResourceBundle('pl', 'activity')).toBe(true);
	});

	it('never shows a raw key, and reports the missing key loudly', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const text = i18n.t('common:does.not.exist');
		expect(text).not.toContain('does.not.exist');
		expect(error).toHaveBeenCalledWith(expect.stringContaining('common:does.not.exist'));
	});
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureLanguage, i18n } from './i18n';

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

	it('never shows a raw key, and reports the missing key loudly', () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
		const text = i18n.t('common:does.not.exist');
		expect(text).not.toContain('does.not.exist');
		expect(error).toHaveBeenCalledWith(expect.stringContaining('common:does.not.exist'));
	});
});

import { describe, expect, it } from 'vitest';
import { telHref } from './phone';

describe('telHref', () => {
	it('keeps only the digits a phone dials', () => {
		expect(telHref('0800-0113')).toBe('tel:08000113');
		expect(telHref('088 - 0767 000')).toBe('tel:0880767000');
		expect(telHref('112')).toBe('tel:112');
		expect(telHref('+31 20 123 45 67')).toBe('tel:+31201234567');
	});
});

import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_QUICK_EXIT_URL, quickExit, quickExitUrl } from './quick-exit';

describe('quick exit', () => {
	it('uses the deployer’s neutral site only when it is a plain https address', () => {
		expect(quickExitUrl('https://www.example.nl/weer')).toBe('https://www.example.nl/weer');
		expect(quickExitUrl('javascript:alert(1)')).toBe(DEFAULT_QUICK_EXIT_URL);
		expect(quickExitUrl('http://insecure.example')).toBe(DEFAULT_QUICK_EXIT_URL);
		expect(quickExitUrl(undefined)).toBe(DEFAULT_QUICK_EXIT_URL);
	});

	it('replaces the current history entry instead of adding one', () => {
		const replace = vi.fn();
		quickExit('https://www.example.nl/', { location: { replace } as unknown as Location });
		expect(replace).toHaveBeenCalledWith('https://www.example.nl/');
	});
});

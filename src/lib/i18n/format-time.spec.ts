import { describe, expect, it } from 'vitest';
import { formatTime } from './format';
import { languages } from './languages';

describe('times of day (issue 15, item 8)', () => {
	it('read as 24-hour "19:00" in every language, as on posters here', () => {
		const evening = new Date('2026-11-24T18:00:00Z'); // 19:00 in Amsterdam
		for (const { code: lang } of languages) {
			const text = formatTime(evening, lang);
			expect(text, lang).not.toMatch(/AM|PM|ص|م|ÖS|ÖÖ/i);
			// The language's own digits where Intl gives them (Arabic): compare as Latin digits.
			const latin = text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660));
			expect(latin.replace(/[^\d:]/g, ''), lang).toBe('19:00');
		}
	});
});

import { describe, expect, it } from 'vitest';
import { languages } from '$lib/i18n/languages';
import { switchTopicLanguage, topicPath } from './topic-path';

describe('topic addresses per language', () => {
	it('gives Dutch the bare address and every other language its own folder', () => {
		expect(topicPath('grief', 'nl')).toBe('/gids/grief/');
		expect(topicPath('grief', 'ar')).toBe('/gids/grief/ar/');
	});

	it('switches language from any topic address, also under a deploy folder', () => {
		expect(switchTopicLanguage('/gids/grief/', 'uk')).toBe('/gids/grief/uk/');
		expect(switchTopicLanguage('/gids/grief/ar/', 'nl')).toBe('/gids/grief/');
		expect(switchTopicLanguage('/aan-het-roer/gids/grief/tr/', 'pl')).toBe('/aan-het-roer/gids/grief/pl/');
	});

	it('knows every language folder the app has', () => {
		for (const { code } of languages) {
			expect(switchTopicLanguage(topicPath('grief', code), 'nl')).toBe('/gids/grief/');
		}
	});
});

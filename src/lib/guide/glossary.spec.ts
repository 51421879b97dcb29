import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryIn } from './glossary';

describe('glossary', () => {
	it('finds the words a text uses, abbreviations only in capitals', () => {
		expect(glossaryIn('Vraag een betalingsregeling aan. Het UWV betaalt de WW.')).toEqual([
			'betalingsregeling',
			'ww',
			'uwv'
		]);
		expect(glossaryIn('De Wijkteams helpen. Een nieuwe wwwebsite.')).toEqual(['wijkteam']);
		expect(glossaryIn('Bel de huisarts.')).toEqual([]);
	});

	it.each(['nl', 'en', 'ar', 'tr', 'pl', 'uk'])('%s explains every glossary word', (lang) => {
		const ui = JSON.parse(readFileSync(`messages/${lang}/guide-ui.json`, 'utf8')) as {
			glossary: Record<string, string>;
		};
		for (const id of Object.keys(GLOSSARY)) expect(ui.glossary[id]?.length ?? 0, id).toBeGreaterThan(10);
	});
});

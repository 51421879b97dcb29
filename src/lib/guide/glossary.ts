/**
 * Words of Dutch institutions and money matters that a topic may need but a resident may not know
 * (issue 17, item 3). One shared list for every topic: a topic page shows, under its text, the ones its
 * Dutch text uses, each with a plain explanation in the reader's language (guide-ui `glossary.<id>`).
 * The word itself stays Dutch, because that is the word on the letter, the sign or the phone menu.
 */
export const GLOSSARY = {
	vasteLasten: 'vaste lasten',
	toeslagen: 'toeslagen',
	betalingsregeling: 'betalingsregeling',
	incassobureau: 'incassobureau',
	deurwaarder: 'deurwaarder',
	ww: 'WW',
	uwv: 'UWV',
	aow: 'AOW',
	mantelzorgconsulent: 'mantelzorgconsulent',
	geheimhoudingsplicht: 'geheimhoudingsplicht',
	huisartsenpost: 'huisartsenpost',
	wijkteam: 'wijkteam',
	consultatiebureau: 'consultatiebureau',
	wmo: 'Wmo',
	lotgenotengroep: 'lotgenotengroep'
} as const;

export type GlossaryId = keyof typeof GLOSSARY;

/** Abbreviations match in capitals only ("WW", not "ww" in a word); words in any case, with a plural -en/-s. */
const PATTERNS = (Object.entries(GLOSSARY) as [GlossaryId, string][]).map(([id, word]) => {
	const abbreviation = word.length <= 4;
	const pattern = abbreviation
		? new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u')
		: new RegExp(`(?<![\\p{L}])${word}(?:en|s)?(?![\\p{L}])`, 'iu');
	return { id, pattern };
});

/** The glossary words a (Dutch) text uses, in list order. */
export function glossaryIn(text: string): GlossaryId[] {
	return PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ id }) => id);
}

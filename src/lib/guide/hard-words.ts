/**
 * Officialese ("ambtelijke taal") that makes a text feel like a letter from an office.
 * Guide texts avoid these; each has an everyday word beside it to use instead.
 * Matched as whole words or phrases, case-insensitive.
 */
export const HARD_WORDS: ReadonlyArray<{ word: string; instead: string }> = [
	{ word: 'indien', instead: 'als' },
	{ word: 'ten behoeve van', instead: 'voor' },
	{ word: 'middels', instead: 'met' },
	{ word: 'door middel van', instead: 'met' },
	{ word: 'derhalve', instead: 'daarom' },
	{ word: 'alvorens', instead: 'voordat' },
	{ word: 'teneinde', instead: 'om' },
	{ word: 'ten aanzien van', instead: 'over' },
	{ word: 'inzake', instead: 'over' },
	{ word: 'omtrent', instead: 'over' },
	{ word: 'dienen te', instead: 'moeten' },
	{ word: 'dient te', instead: 'moet' },
	{ word: 'reeds', instead: 'al' },
	{ word: 'thans', instead: 'nu' },
	{ word: 'tevens', instead: 'ook' },
	{ word: 'wellicht', instead: 'misschien' },
	{ word: 'dientengevolge', instead: 'daardoor' },
	{ word: 'betreffende', instead: 'over' },
	{ word: 'aangaande', instead: 'over' },
	{ word: 'conform', instead: 'volgens' },
	{ word: 'ingevolge', instead: 'volgens' },
	{ word: 'mits', instead: 'als' },
	{ word: 'c.q.', instead: 'of' },
	{ word: 'e.e.a.', instead: 'dit' },
	{ word: 'desalniettemin', instead: 'toch' },
	{ word: 'woonachtig', instead: 'wonen' },
	{ word: 'verstrekken', instead: 'geven' },
	{ word: 'retourneren', instead: 'terugsturen' },
	{ word: 'zorgdragen', instead: 'zorgen' },
	{ word: 'hulpverlening', instead: 'hulp' },
	{ word: 'problematiek', instead: 'problemen' },
	// Idioms and figures of speech: a reader who learned Dutch as a second language reads them word for word
	// ("a short fuse"?) and misses the meaning. Say what is meant (issue 17, item 3).
	...[
		{ word: 'kort lontje', instead: 'snel boos' },
		{ word: 'krabbelen weer op', instead: 'voelen zich weer beter' },
		{ word: 'krabbel je weer op', instead: 'voel je je weer beter' },
		{ word: 'weer opkrabbelen', instead: 'je weer beter voelen' },
		{ word: 'op zijn kop', instead: 'er verandert veel' },
		{ word: "op z'n kop", instead: 'er verandert veel' },
		{ word: 'vallen en opstaan', instead: 'het gaat niet in één keer goed' },
		{ word: 'stoom afblazen', instead: 'vertellen wat er moeilijk is' },
		{ word: 'wees mild', instead: 'wees niet te streng' },
		{ word: 'mild voor jezelf', instead: 'niet te streng voor jezelf' },
		{ word: 'roze wolk', instead: 'meteen gelukkig' },
		{ word: 'uit de hand', instead: 'misgaan' },
		{ word: 'aan de bel trekken', instead: 'hulp vragen' },
		{ word: 'op je tandvlees', instead: 'heel erg moe' },
		{ word: 'zwart gat', instead: 'je leeg voelen' },
		{ word: 'in de put', instead: 'somber' },
		{ word: 'door de zure appel', instead: 'iets moeilijks doen' },
		{ word: 'de draad weer oppakken', instead: 'weer beginnen' },
		{ word: 'met de handen in het haar', instead: 'weet niet meer wat je moet doen' },
		{ word: 'over de rooie', instead: 'heel boos' },
		{ word: 'het hoofd boven water', instead: 'het lukt nog net' }
	]
];

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PATTERNS = HARD_WORDS.map(({ word }) => ({
	word,
	// Whole word: no letter directly before or after (\b does not know ë or é).
	pattern: new RegExp(`(?<![\\p{L}])${escape(word)}(?![\\p{L}])`, 'iu')
}));

/** The officialese words a text uses, in list order. */
export function findHardWords(text: string): string[] {
	return PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ word }) => word);
}

/**
 * What an editor knows is still open on a topic, for the printable review sheet (review-sheet.ts) and the
 * sources test. Keep it short and true: remove a line when it is settled.
 */

/**
 * Topics whose sources are still short of the rule (two specific Dutch pages a reviewer can open): unverified or
 * unsuitable pages were removed and no verified replacement was found yet. sources.spec.ts fails when one of
 * them is fixed, so the list stays true.
 */
export const KNOWN_SHORT: readonly string[] = [
	'becoming-parent',
	'caring-relative',
	'child-development',
	'living-alone',
	'long-illness-family',
	'neighbour-conflict',
	'official-letters',
	'relationship-strain',
	'retirement',
	'separation-children'
];

/** Open questions for a reviewer, per topic (Dutch; the reviewer answers on the printed sheet). */
export const OPEN_QUESTIONS: Readonly<Record<string, readonly string[]>> = {
	'pregnancy-worries': [
		'De tekens van zwangerschapsvergiftiging komen van een Belgische ziekenhuispagina (UZ Leuven). Welke Nederlandse pagina (Thuisarts, NVOG, KNOV) zegt hetzelfde?'
	],
	loneliness: [
		'Is het CBS-cijfer van 2021 (ruim 4 op de 10) nog het nieuwste? Zo niet: welk jaar en welk cijfer?'
	],
	'getting-older-forgetfulness': [
		'Zijn de voorbeelden van gewone vergeetachtigheid (bril kwijt, afspraak vergeten) medisch juist gekozen?'
	]
};

/** Questions for the native-speaker reviewer of a language, on every sheet in that language. */
export const LANGUAGE_QUESTIONS: Readonly<Record<string, readonly string[]>> = {
	tr: ['Moet de gids "siz" gebruiken in plaats van "sen", zoals Turkse gezondheidsteksten meestal doen?'],
	uk: ['Moet de gids "ви" gebruiken in plaats van "ти", zoals Oekraïense gezondheidsteksten meestal doen?'],
	pl: ['Staan beide vormen (man/vrouw) overal waar het Pools het geslacht laat zien?']
};

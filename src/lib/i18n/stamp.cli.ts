import { stamp, staleStrings, TRANSLATED } from './source-files';

/*
 * npm run i18n:stale                       lists every translated string whose Dutch text changed
 * npm run i18n:stamp -- uk guide/grief     after updating the Ukrainian "grief" topic: it now translates the Dutch
 * npm run i18n:stamp -- pl data:summary.goals_one   one string
 * npm run i18n:stamp -- --all              every language, every string (only after checking them all!)
 *
 * Stamp only what you have really brought up to date: a stamp says "this translation says what the Dutch says now".
 */
const [command, ...args] = process.argv.slice(2);

if (command === 'stale') {
	let total = 0;
	for (const lang of TRANSLATED) {
		const stale = staleStrings(lang);
		total += stale.length;
		for (const key of stale) console.log(`${lang} ${key}`);
	}
	console.log(`${total} stale string(s)`);
} else if (command === 'stamp' && args[0] === '--all') {
	for (const lang of TRANSLATED) console.log(`${lang}: ${stamp(lang)} stamped`);
} else if (
	command === 'stamp' &&
	(TRANSLATED as readonly string[]).includes(args[0] ?? '') &&
	args.length > 1
) {
	console.log(`${args[0]}: ${stamp(args[0]!, args.slice(1))} stamped`);
} else {
	console.error(
		'usage: i18n:stale | i18n:stamp -- <en|ar|tr|pl|uk> <unit or unit:key>… | i18n:stamp -- --all'
	);
	process.exit(2);
}

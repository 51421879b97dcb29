import { formatMoney } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/languages';
import type { Helpline } from './helplines';

/** One fact beside a contact: an i18n key with its values. */
export interface ContactFact {
	key: string;
	values?: Record<string, string>;
}

/**
 * What a caller needs to know besides the number: the cost ("Gratis", "Niet gratis: € 0,25 per minuut") and
 * when the line answers ("Dag en nacht"). Topic pages and the helplines page show the same facts from the same
 * checked data (helplines.ts); nothing is said that the data does not hold.
 */
export function contactFacts(line: Helpline, lang: Lang): ContactFact[] {
	const facts: ContactFact[] = [];
	if (line.free === true) facts.push({ key: 'contacts:cost.free' });
	else if (line.free === false && line.centsPerMinute !== undefined) {
		const amount = formatMoney(line.centsPerMinute / 100, lang);
		facts.push({ key: 'contacts:cost.perMinute', values: { amount } });
	} else if (line.free === false) facts.push({ key: 'contacts:cost.paid' });
	if (line.hours) facts.push({ key: `contacts:hours.${line.hours}` });
	else if (line.number) facts.push({ key: 'contacts:hours.unknown' });
	return facts;
}

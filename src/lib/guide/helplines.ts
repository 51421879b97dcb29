import type { Lang } from '$lib/i18n/languages';
import { CONTACTS, type Contact } from './vocabulary';

/**
 * Whom a guide topic can send a resident to. Names and descriptions are i18n keys
 * (contacts:<id>.name, contacts:<id>.description); hours are contacts:hours.<hours>.
 *
 * Rule: a phone number is only listed when we found it on the organisation's own page
 * (or a government page, e.g. a municipality's page for 112), and that page is `source`.
 * `checked` says when the number, hours and cost were last checked there; a unit test fails once a
 * check is 12 months old, so somebody looks again. The same
 * goes for hours, cost and the languages a line speaks. Numbers we saw only in news articles are
 * left out on purpose (`number: null` with `unverifiedNumber` saying so): a wrong number on a
 * crisis page is worse than none. The website is always listed, so a resident can still find the
 * current number. Checked 2026-11-23 again with stored public copies of the pages: no own page
 * (or government page) said which languages a line speaks, so `languages` is null everywhere for now.
 */
export type Hours = 'always' | 'daily9to18' | 'daily11to21' | 'officeHours';

export interface Helpline {
	contact: Contact;
	/** As written in the Netherlands, e.g. "0800-2000"; null when there is no single national number or we could not verify it. */
	number: string | null;
	/** true: free to call; false: paid (0900); null: unknown or not a phone line. */
	free: boolean | null;
	/** For a paid line: the rate in euro cents a minute, when `source` states it (on top of normal call costs). */
	centsPerMinute?: number;
	/** null when unknown: the UI then points to the website. */
	hours: Hours | null;
	/** The organisation's own website (opened by the resident, never fetched by the app). */
	website: string | null;
	/** Where the number (and, unless `hoursSource` says otherwise, the hours and cost) was checked. */
	source: string | null;
	/** Where the hours were checked, when that is not `source` (or there is no checked number). */
	hoursSource?: string;
	/** A second checked number, e.g. a free 0800 line beside a short number. */
	altNumber?: string;
	/** Where `altNumber` was checked. */
	altNumberSource?: string;
	/**
	 * The languages the line itself speaks, as its own page says; null when unknown (the UI then
	 * says nothing). Only languages the app has are listed, so the UI can name them.
	 */
	languages: readonly Lang[] | null;
	/** Where `languages` was checked; null when `languages` is null. */
	languagesSource: string | null;
	/** What we saw elsewhere but could not check on the organisation's own page (English, one line). */
	unverifiedNumber?: string;
	/** yyyy-mm-dd: when the number, hours and cost were last checked on their sources; null when nothing is checked. */
	checked: string | null;
}

/** Checked 2026-11-23 with stored public copies of the pages (see the header). */
const CHECKED_NOV_2026 = '2026-11-23';

/** A line whose languages nobody has checked yet. */
const UNKNOWN_LANGUAGES = { languages: null, languagesSource: null } as const;

export const HELPLINES: Record<Contact, Helpline> = {
	emergency: {
		contact: 'emergency',
		number: '112',
		free: true,
		hours: 'always',
		website: null,
		source:
			'https://zorg.bergen.nl/is/een-vraag-over-2/zorg-en-ondersteuning/geweld-of-overlast/huiselijk-geweld',
		checked: CHECKED_NOV_2026,
		...UNKNOWN_LANGUAGES
	},
	police: {
		contact: 'police',
		number: '0900-8844',
		// A 0900 number: a start rate plus a rate per minute on top of normal call costs.
		free: false,
		hours: null,
		website: 'https://www.politie.nl',
		source:
			'https://www.politie.nl/nieuws/2019/november/27/03-veenendaal-aanpassing-openingstijden-publieksbalies-politiebureau-en--steunpunten.html',
		checked: CHECKED_NOV_2026,
		...UNKNOWN_LANGUAGES,
		unverifiedNumber:
			'The rate (2 cents a minute since 2022) and the hours are only in news articles, not on a politie.nl page we could check.'
	},
	gp: {
		contact: 'gp',
		number: null,
		free: null,
		hours: 'officeHours',
		website: null,
		source: null,
		checked: null,
		...UNKNOWN_LANGUAGES
	},
	gpOutOfHours: {
		contact: 'gpOutOfHours',
		// Every region has its own huisartsenpost number; the own GP's line gives it outside office hours.
		number: null,
		free: null,
		hours: 'always',
		website: null,
		source: null,
		checked: null,
		...UNKNOWN_LANGUAGES
	},
	wijkteam: {
		contact: 'wijkteam',
		number: null,
		free: null,
		hours: null,
		website: null,
		source: null,
		checked: null,
		...UNKNOWN_LANGUAGES
	},
	jgz: {
		contact: 'jgz',
		number: null,
		free: null,
		hours: null,
		website: null,
		source: null,
		checked: null,
		...UNKNOWN_LANGUAGES
	},
	midwife: {
		contact: 'midwife',
		number: null,
		free: null,
		hours: 'always',
		website: null,
		source: null,
		checked: null,
		...UNKNOWN_LANGUAGES
	},
	school: {
		contact: 'school',
		number: null,
		free: null,
		hours: null,
		website: null,
		source: null,
		checked: null,
		...UNKNOWN_LANGUAGES
	},
	suicidePrevention: {
		contact: 'suicidePrevention',
		number: '113',
		// The page header says "Bel gratis 113" (113 itself is free since October 2025).
		free: true,
		hours: 'always',
		website: 'https://www.113.nl',
		source: 'https://www.113.nl/schoolopdracht',
		// "round-the-clock confidential support through chats and phone calls"
		hoursSource: 'https://www.113.nl/english',
		// 113's own Q&A: 0800-0113 is free and anonymous on the phone bill.
		altNumber: '0800-0113',
		altNumberSource: 'https://www.113.nl/qa-nummerwijziging-113-en-gratis-nummer-0800-0113',
		checked: CHECKED_NOV_2026,
		...UNKNOWN_LANGUAGES,
		unverifiedNumber:
			'113.nl/english has English text but does not say the line speaks English; its old 0900-0113 number is not used here.'
	},
	veiligThuis: {
		contact: 'veiligThuis',
		number: '0800-2000',
		// Rijksoverheid: "Het nummer 0800-2000 is gratis en alle dagen en alle uren bereikbaar." The regional
		// Veilig Thuis pages say the same ("24/7 gratis bereikbaar 0800 – 2000", veiligthuisutrecht.nl).
		free: true,
		hours: 'always',
		website: 'https://www.veiligthuis.nl',
		source:
			'https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld',
		checked: CHECKED_NOV_2026,
		...UNKNOWN_LANGUAGES
	},
	sexualViolence: {
		contact: 'sexualViolence',
		number: '0800-0188',
		// Its own site: "Het CSG is 24/7 bereikbaar op het telefoonnummer 0800-0188", and help "bij voorkeur binnen
		// zeven dagen". 0800 numbers are free to call in the Netherlands; GGD Fryslân (2022) names the same national
		// number. The own page we could read does not itself say "gratis".
		free: true,
		hours: 'always',
		website: 'https://www.centrumseksueelgeweld.nl',
		source: 'https://www.centrumseksueelgeweld.nl/category/in-de-media/',
		checked: '2026-12-04',
		...UNKNOWN_LANGUAGES
	},
	kindertelefoon: {
		contact: 'kindertelefoon',
		number: '0800-0432',
		// A municipality's page: "Het telefoonnummer is: 0800- 0432 (gratis)". Ages 8–18 and "365 dagen per jaar":
		// the foundation that supports De Kindertelefoon (vriendenkindertelefoon.nl/kindertelefoon).
		free: true,
		hours: 'daily11to21',
		website: 'https://www.kindertelefoon.nl',
		source: 'https://www.culemborg.nl/kindermishandeling',
		// The ministries' (VWS, JenV) campaign site: "bel: 0800-0432 (elke dag: 11:00 - 21:00)".
		hoursSource: 'https://www.ikvermoedhuiselijkgeweld.nl/kindermishandeling',
		checked: CHECKED_NOV_2026,
		...UNKNOWN_LANGUAGES,
		unverifiedNumber:
			'"Dutch only" appears only in a student blog (2021), not on a Kindertelefoon or government page we could check.'
	},
	luisterlijn: {
		contact: 'luisterlijn',
		number: null,
		free: null,
		// Its own news page: "Vrijwilligers staan dag en nacht klaar"; the site's header says "Dag en nacht een luisterend oor".
		hours: 'always',
		website: 'https://www.deluisterlijn.nl',
		source: null,
		hoursSource: 'https://www.deluisterlijn.nl/home/nieuws/nieuws-alles.html?start=4',
		checked: CHECKED_NOV_2026,
		...UNKNOWN_LANGUAGES,
		unverifiedNumber:
			'088-0767 000, day and night, is in news articles (NRC 2021, ANP), but not on a De Luisterlijn page we could check.'
	},
	juridischLoket: {
		contact: 'juridischLoket',
		number: '0900-8020',
		// €0.25 a minute (maximum €12.50) plus normal call costs, every day 9–18; walk-in help at their offices is free.
		free: false,
		centsPerMinute: 25,
		hours: 'daily9to18',
		website: 'https://www.juridischloket.nl',
		source: 'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze',
		checked: CHECKED_NOV_2026,
		...UNKNOWN_LANGUAGES,
		unverifiedNumber:
			'refugeehelp.nl (2023) gives a free 0800-8020 and advice in Dutch and English; no Juridisch Loket page we could check says so.'
	},
	geldfit: {
		contact: 'geldfit',
		number: null,
		free: null,
		hours: null,
		website: 'https://www.geldfit.nl',
		source: null,
		checked: CHECKED_NOV_2026,
		...UNKNOWN_LANGUAGES,
		unverifiedNumber:
			'0800-8115 is free and anonymous on rechtwijzer.nl (as "Hulplijn 115" for debt help), but no Geldfit or government page names it as Geldfit\'s.'
	}
};

/** tel: link for a number: digits only ("0800-2000" → "tel:08002000"). */
export function telHref(number: string): string {
	return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export function helpline(contact: Contact): Helpline {
	return HELPLINES[contact];
}

/** Listed in the order of CONTACTS. */
export const ALL_HELPLINES: readonly Helpline[] = CONTACTS.map((c) => HELPLINES[c]);

/**
 * The order of the helplines page (issue 16): danger to life first, then crisis lines, then the doctor, then
 * lines for a talk, money and rights; the police line for things that are not urgent last.
 */
const URGENCY: readonly Contact[] = [
	'emergency',
	'suicidePrevention',
	'veiligThuis',
	'sexualViolence',
	'kindertelefoon',
	'gpOutOfHours',
	'midwife',
	'gp',
	'wijkteam',
	'luisterlijn',
	'geldfit',
	'juridischLoket',
	'jgz',
	'school',
	'police'
];
export const HELPLINES_BY_URGENCY: readonly Helpline[] = URGENCY.map((c) => HELPLINES[c]);

/**
 * A check counts for 12 months: from the same day a year later it is stale. A date after today is a
 * typo, not a fresh check, so it counts as stale too.
 */
export function checkIsStale(checked: string, today: Date): boolean {
	const [y = NaN, m = NaN, d = NaN] = checked.split('-').map(Number);
	if (Number.isNaN(y + m + d)) return true;
	const checkedDay = Date.UTC(y, m - 1, d);
	const todayDay = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
	if (checkedDay > todayDay) return true;
	return todayDay >= Date.UTC(y + 1, m - 1, d);
}

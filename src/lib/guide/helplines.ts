import { CONTACTS, type Contact } from './schema';

/**
 * Whom a guide topic can send a resident to. Names and descriptions are i18n keys
 * (contacts:<id>.name, contacts:<id>.description); hours are contacts:hours.<hours>.
 *
 * Rule: a phone number is only listed when we found it on the organisation's own page
 * (or, for 112, a municipality's page), and that page is `source`. Numbers we saw only in
 * news articles are left out on purpose (`number: null` with `unverifiedNumber` saying so):
 * a wrong number on a crisis page is worse than none. The website is always listed, so a
 * resident can still find the current number. Checked 2026-11-23 with public copies of the pages.
 */
export type Hours = 'always' | 'daily9to18' | 'officeHours';

export interface Helpline {
	contact: Contact;
	/** As written in the Netherlands, e.g. "0800-2000"; null when there is no single national number or we could not verify it. */
	number: string | null;
	/** true: free to call; false: paid (0900); null: unknown or not a phone line. */
	free: boolean | null;
	/** null when unknown: the UI then points to the website. */
	hours: Hours | null;
	/** The organisation's own website (opened by the resident, never fetched by the app). */
	website: string | null;
	/** Where the number (and, unless `hoursSource` says otherwise, the hours and cost) was checked. */
	source: string | null;
	/** A second source for the hours when the organisation's page we found did not state them. */
	hoursSource?: string;
	/** Why a number that is widely published is not listed here. */
	unverifiedNumber?: string;
}

export const HELPLINES: Record<Contact, Helpline> = {
	emergency: {
		contact: 'emergency',
		number: '112',
		free: true,
		hours: 'always',
		website: null,
		source:
			'https://zorg.bergen.nl/is/een-vraag-over-2/zorg-en-ondersteuning/geweld-of-overlast/huiselijk-geweld'
	},
	police: {
		contact: 'police',
		number: '0900-8844',
		// A 0900 number: a start rate plus a rate per minute on top of normal call costs.
		free: false,
		hours: null,
		website: 'https://www.politie.nl',
		source:
			'https://www.politie.nl/nieuws/2019/november/27/03-veenendaal-aanpassing-openingstijden-publieksbalies-politiebureau-en--steunpunten.html'
	},
	gp: { contact: 'gp', number: null, free: null, hours: 'officeHours', website: null, source: null },
	gpOutOfHours: {
		contact: 'gpOutOfHours',
		// Every region has its own huisartsenpost number; the own GP's line gives it outside office hours.
		number: null,
		free: null,
		hours: 'always',
		website: null,
		source: null
	},
	wijkteam: { contact: 'wijkteam', number: null, free: null, hours: null, website: null, source: null },
	jgz: { contact: 'jgz', number: null, free: null, hours: null, website: null, source: null },
	midwife: { contact: 'midwife', number: null, free: null, hours: 'always', website: null, source: null },
	school: { contact: 'school', number: null, free: null, hours: null, website: null, source: null },
	suicidePrevention: {
		contact: 'suicidePrevention',
		number: '113',
		free: true,
		hours: 'always',
		website: 'https://www.113.nl',
		source: 'https://www.113.nl/schoolopdracht',
		hoursSource:
			'https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt',
		unverifiedNumber:
			'0800-0113 (free) is in the news, but not on the 113 page we could check; 113 itself is free since October 2025.'
	},
	veiligThuis: {
		contact: 'veiligThuis',
		number: '0800-2000',
		free: true,
		hours: 'always',
		website: 'https://www.veiligthuis.nl',
		source: 'https://www.veiligthuisutrecht.nl/meer-informatie/over-verwaarlozing-en-geweld/'
	},
	kindertelefoon: {
		contact: 'kindertelefoon',
		number: '0800-0432',
		free: true,
		// Only a 2019 news article gives the hours (11–21); the number and "every day" come from the
		// foundation that supports De Kindertelefoon. The UI points to the website for the hours.
		hours: null,
		website: 'https://www.kindertelefoon.nl',
		source: 'https://www.vriendenkindertelefoon.nl/kindertelefoon'
	},
	luisterlijn: {
		contact: 'luisterlijn',
		number: null,
		free: null,
		hours: null,
		website: 'https://www.deluisterlijn.nl',
		source: null,
		unverifiedNumber:
			'088-0767 000, day and night, appears in several news articles (NRC 2021, ANP), but not on a De Luisterlijn page we could check.'
	},
	juridischLoket: {
		contact: 'juridischLoket',
		number: '0900-8020',
		// €0.25 a minute (maximum €12.50) plus normal call costs; walk-in help at their offices is free.
		free: false,
		hours: 'daily9to18',
		website: 'https://www.juridischloket.nl',
		source: 'https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze'
	},
	geldfit: {
		contact: 'geldfit',
		number: null,
		free: null,
		hours: null,
		website: 'https://www.geldfit.nl',
		source: null,
		unverifiedNumber:
			'0800-8115 (free, anonymous) appears in news and partner articles, but not on a Geldfit page we could check.'
	}
};

/** tel: link for a number: digits only ("0800-2000" → "tel:08002000"). */
export function telHref(number: string): string {
	return `tel:${number.replace(/[^\d+]/g, '')}`;
}

export function helpline(contact: Contact): Helpline {
	return HELPLINES[contact];
}

/** Listed in the order of CONTACTS, e.g. for an overview page of all helplines. */
export const ALL_HELPLINES: readonly Helpline[] = CONTACTS.map((c) => HELPLINES[c]);

/**
 * Builds the bundled sample feed (static/feed/voorbeeld.json) for the fictional town of Roerdam, in HSDS 3.0
 * structure. Everything is invented: names, addresses ("0000 AA" is no Dutch postcode) and phone numbers
 * (010-000 00 xx). Run `npx tsx src/lib/activities/testing/sample-feed.ts` to write it again.
 */
import { writeFileSync } from 'node:fs';

const NEIGHBOURHOODS = [
	{ name: 'Havenkwartier', street: 'Kadeweg', place: 'Buurthuis De Kade' },
	{ name: 'Molenwijk', street: 'Wiekenlaan', place: 'Wijkcentrum De Molen' },
	{ name: 'Oosterpark', street: 'Lindeplein', place: 'Huis van de Wijk Oost' },
	{ name: 'Kerkbuurt', street: 'Torenstraat', place: 'Buurtkamer De Toren' },
	{ name: 'De Velden', street: 'Akkerpad', place: 'Ontmoetingshuis De Velden' },
	{ name: 'Zuiderhof', street: 'Hofsingel', place: 'Wijkpunt Zuid' },
	{ name: 'Nieuwland', street: 'Polderdreef', place: 'Buurthuis Nieuwland' }
];

interface Kind {
	name: string;
	description: string;
	themes: string[];
	schedule: Record<string, unknown>;
	cost?: { amount: number; text: string };
	languages: string[];
	wheelchair: boolean;
	referral?: boolean;
	forWhom?: string;
	howToJoin: string;
	note?: string;
}

const weekly = (byday: string, opens: string, closes: string) => ({
	freq: 'WEEKLY',
	byday,
	opens_at: opens,
	closes_at: closes
});

const KINDS: Kind[] = [
	{
		name: 'Koffieochtend',
		description: 'Kom gezellig koffie drinken met buren. Je hoeft niets te doen. Gewoon binnenlopen.',
		themes: ['meeting', 'elderly'],
		schedule: weekly('TU', '10:00', '12:00'),
		languages: ['nl'],
		wheelchair: true,
		howToJoin: 'Loop gewoon binnen.'
	},
	{
		name: 'Geldspreekuur',
		description: 'Vragen over rekeningen, post of schulden? Een vrijwilliger kijkt met je mee.',
		themes: ['money', 'practical'],
		schedule: weekly('WE', '13:30', '16:00'),
		languages: ['nl', 'en', 'ar'],
		wheelchair: true,
		howToJoin: 'Loop binnen. Neem je post mee.'
	},
	{
		name: 'Taalcafé',
		description: 'Oefen Nederlands praten met anderen. Elk niveau is welkom.',
		themes: ['language', 'meeting'],
		schedule: weekly('TU,TH', '19:00', '20:30'),
		languages: ['nl', 'ar', 'tr', 'uk', 'pl'],
		wheelchair: false,
		howToJoin: 'Loop binnen. Je hoeft je niet aan te melden.'
	},
	{
		name: 'Repaircafé',
		description: 'Samen kapotte spullen maken: een lamp, een broek of een fiets.',
		themes: ['practical', 'meeting'],
		schedule: { freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '13:00' },
		languages: ['nl', 'en'],
		wheelchair: true,
		howToJoin: 'Neem je kapotte spullen mee.'
	},
	{
		name: 'Ouderkamer',
		description: 'Praat met andere ouders over opvoeden. Even ventileren mag ook.',
		themes: ['parenting', 'meeting'],
		schedule: {
			freq: 'WEEKLY',
			interval: 2,
			byday: 'FR',
			dtstart: '2026-01-02',
			opens_at: '09:00',
			closes_at: '10:30'
		},
		languages: ['nl', 'ar', 'tr'],
		wheelchair: true,
		forWhom: 'Ouders en verzorgers. Kleine kinderen mogen mee.',
		howToJoin: 'Loop binnen na het brengen naar school.'
	},
	{
		name: 'Wandelgroep',
		description: 'Een rustige wandeling van een uur door de wijk. Daarna koffie.',
		themes: ['health', 'meeting', 'elderly'],
		schedule: weekly('MO', '09:30', '10:30'),
		languages: ['nl'],
		wheelchair: false,
		howToJoin: 'Verzamelen bij de ingang.'
	},
	{
		name: 'Huiswerkklas',
		description: 'Hulp bij huiswerk voor kinderen van de basisschool en de middelbare school.',
		themes: ['youth', 'language'],
		schedule: weekly('MO,WE', '15:30', '17:00'),
		languages: ['nl', 'en'],
		wheelchair: true,
		forWhom: 'Kinderen van 8 tot 16 jaar.',
		howToJoin: 'Kom langs met je huiswerk.',
		note: 'Niet in de schoolvakanties.'
	},
	{
		name: 'Werkcafé',
		description: 'Hulp bij je cv, een sollicitatie of vrijwilligerswerk vinden.',
		themes: ['work', 'practical'],
		schedule: weekly('TH', '10:00', '12:00'),
		languages: ['nl', 'en', 'pl'],
		wheelchair: true,
		howToJoin: 'Loop binnen. Neem je telefoon of laptop mee.'
	},
	{
		name: 'Stoelyoga',
		description: 'Rustig bewegen op een stoel. Goed voor je lijf en je hoofd.',
		themes: ['health', 'elderly'],
		schedule: weekly('WE', '10:30', '11:30'),
		cost: { amount: 2.5, text: '€ 2,50 per keer.' },
		languages: ['nl'],
		wheelchair: true,
		howToJoin: 'Loop binnen. Draag makkelijke kleren.'
	},
	{
		name: 'Samen eten',
		description: 'Eet mee aan een lange tafel. Iedereen kookt een beetje mee.',
		themes: ['meeting', 'elderly'],
		schedule: { freq: 'MONTHLY', byday: '-1FR', opens_at: '17:30', closes_at: '19:30' },
		cost: { amount: 4, text: '€ 4 voor een maaltijd.' },
		languages: ['nl', 'tr', 'ar'],
		wheelchair: true,
		howToJoin: 'Meld je een dag van tevoren aan. Bel of loop binnen.'
	},
	{
		name: 'Peuterochtend',
		description: 'Spelen, zingen en koffie voor ouders met kinderen tot 4 jaar.',
		themes: ['parenting', 'youth'],
		schedule: weekly('TH', '09:30', '11:00'),
		languages: ['nl', 'ar', 'uk'],
		wheelchair: true,
		forWhom: 'Ouders met kinderen tot 4 jaar.',
		howToJoin: 'Loop binnen met je kind.'
	},
	{
		name: 'Formulierenhulp',
		description: 'Hulp bij brieven, toeslagen en formulieren van de gemeente.',
		themes: ['money', 'practical', 'language'],
		schedule: weekly('FR', '13:00', '15:00'),
		languages: ['nl', 'ar', 'tr', 'uk'],
		wheelchair: true,
		howToJoin: 'Loop binnen. Neem de brief en je DigiD mee.'
	},
	{
		name: 'Jongerenavond',
		description: 'Chillen, gamen en praten. Er is altijd een jongerenwerker.',
		themes: ['youth', 'meeting'],
		schedule: weekly('WE,FR', '19:00', '22:00'),
		languages: ['nl', 'en'],
		wheelchair: false,
		forWhom: 'Jongeren van 12 tot 18 jaar.',
		howToJoin: 'Loop gewoon binnen.'
	},
	{
		name: 'Buitensporten',
		description: 'Sporten in het park: voetbal, bootcamp of wandelvoetbal.',
		themes: ['health', 'youth'],
		schedule: {
			freq: 'WEEKLY',
			byday: 'SA',
			valid_from: '2026-04-01',
			valid_to: '2026-09-30',
			opens_at: '10:00',
			closes_at: '11:30'
		},
		languages: ['nl'],
		wheelchair: false,
		howToJoin: 'Kom in sportkleren naar het veld.',
		note: 'Alleen van april tot en met september.'
	},
	{
		name: 'Winterinloop',
		description: 'Een warme plek met soep en een praatje in de koude maanden.',
		themes: ['meeting', 'practical'],
		schedule: {
			freq: 'WEEKLY',
			byday: 'SU',
			valid_from: '2026-11-01',
			valid_to: '2027-03-31',
			opens_at: '12:00',
			closes_at: '16:00'
		},
		languages: ['nl', 'en', 'pl'],
		wheelchair: true,
		howToJoin: 'Loop binnen.',
		note: 'Alleen van november tot en met maart.'
	},
	{
		name: 'Mantelzorgcafé',
		description: 'Zorg je voor iemand? Praat met anderen die dat ook doen.',
		themes: ['health', 'meeting'],
		schedule: { freq: 'MONTHLY', byday: '2MO', opens_at: '14:00', closes_at: '16:00' },
		languages: ['nl'],
		wheelchair: true,
		forWhom: 'Mensen die zorgen voor een naaste.',
		howToJoin: 'Loop binnen.'
	}
];

const LANGUAGE_NAMES: Record<string, string> = {
	nl: 'Nederlands',
	en: 'Engels',
	ar: 'Arabisch',
	tr: 'Turks',
	pl: 'Pools',
	uk: 'Oekraïens'
};

function service(kind: Kind, kindIndex: number, hoodIndex: number) {
	const hood = NEIGHBOURHOODS[hoodIndex]!;
	const id = `roerdam-${kindIndex + 1}-${hoodIndex + 1}`;
	const n = kindIndex * 7 + hoodIndex;
	// Vary times a little per neighbourhood, so the lists do not look copied.
	const schedule: Record<string, unknown> = { id: `${id}-s`, ...kind.schedule };
	if (
		hoodIndex % 2 === 1 &&
		typeof schedule.opens_at === 'string' &&
		schedule.freq === 'WEEKLY' &&
		!('interval' in schedule)
	) {
		const days = ['MO', 'TU', 'WE', 'TH', 'FR'];
		const first = String(schedule.byday).split(',')[0]!;
		if (days.includes(first) && !String(schedule.byday).includes(','))
			schedule.byday = days[(days.indexOf(first) + hoodIndex) % 5];
	}
	const closed = n === 17 || n === 40;
	const wheelchair = hoodIndex === 4 ? false : kind.wheelchair;
	const languages = hoodIndex === 6 ? [...new Set([...kind.languages, 'uk'])] : kind.languages;
	return {
		id,
		name: `${kind.name} ${hood.name}`,
		description: kind.description,
		status: closed ? 'temporarily closed' : 'active',
		url: null,
		email: `info@${hood.name.toLowerCase().replace(/\s+/g, '')}.voorbeeld.invalid`,
		application_process: kind.howToJoin,
		fees_description: kind.cost ? kind.cost.text : null,
		eligibility_description: kind.forWhom ?? 'Iedereen is welkom.',
		assured_date: '2026-10-01',
		organization: { id: `org-${hoodIndex + 1}`, name: `${hood.place} (voorbeeld)` },
		phones: [{ number: `010-000 0${hoodIndex} ${String(10 + kindIndex).padStart(2, '0')}` }],
		languages: languages.map((code) => ({ code, name: LANGUAGE_NAMES[code] })),
		cost_options: kind.cost
			? [{ option: 'Per keer', amount: kind.cost.amount, currency: 'EUR', amount_description: null }]
			: [],
		service_at_locations: [
			{
				id: `${id}-sal`,
				location: {
					id: `loc-${hoodIndex + 1}`,
					location_type: 'physical',
					name: hood.place,
					latitude: 52 + hoodIndex / 100,
					longitude: 5 + kindIndex / 100,
					addresses: [
						{
							address_1: `${hood.street} ${(kindIndex % 5) + 1}`,
							city: 'Roerdam',
							region: hood.name,
							postal_code: `0000 A${String.fromCharCode(65 + hoodIndex)}`,
							country: 'NL',
							address_type: 'physical'
						}
					],
					accessibility: [
						{
							description: wheelchair ? 'Rolstoeltoegankelijk' : 'Niet rolstoeltoegankelijk',
							details: wheelchair
								? 'Ingang zonder drempel en een aangepast toilet.'
								: 'Er zijn trappen bij de ingang.'
						}
					]
				},
				schedules: [{ ...schedule, description: kind.note ?? null }]
			}
		],
		attributes: [
			...kind.themes.map((code) => ({ taxonomy_term: { code, taxonomy: 'aan-het-roer-thema' } })),
			...(wheelchair ? [{ taxonomy_term: { code: 'wheelchair-accessible', taxonomy: 'aan-het-roer' } }] : []),
			...(kind.referral ? [{ taxonomy_term: { code: 'referral-required', taxonomy: 'aan-het-roer' } }] : [])
		]
	};
}

export function sampleServices() {
	const services = [];
	for (const [kindIndex, kind] of KINDS.entries()) {
		// Each kind in four of the seven neighbourhoods: 16 × 4 = 64 activities.
		for (let i = 0; i < 4; i++)
			services.push(service(kind, kindIndex, (kindIndex + i * 2) % NEIGHBOURHOODS.length));
	}
	// Two that need a referral, to show the difference.
	services.push({
		...service(
			{
				...KINDS[1]!,
				name: 'Schuldhulp op afspraak',
				referral: true,
				howToJoin: 'Je hebt een verwijzing van het wijkteam nodig. Bel eerst.'
			},
			16,
			0
		)
	});
	services.push({
		...service(
			{ ...KINDS[5]!, name: 'Beweegmaatje', referral: true, howToJoin: 'Via je huisarts of het wijkteam.' },
			17,
			3
		)
	});
	return services;
}

if (process.argv[1]?.endsWith('sample-feed.ts')) {
	const feed = {
		note: 'Voorbeeldgegevens voor de app Aan het roer. Alle namen, adressen en nummers zijn verzonnen.',
		services: sampleServices()
	};
	writeFileSync('static/feed/voorbeeld.json', JSON.stringify(feed, null, '\t') + '\n');
	console.log(`Wrote ${feed.services.length} services to static/feed/voorbeeld.json`);
}

import * as v from 'valibot';
import { THEMES } from '$lib/themes';

/**
 * The shape of one guide topic in one language: messages/<lang>/guide/<id>.json.
 * Every language has the same ids and the same sections; Dutch is the source text.
 */
export const LIFE_PHASES = [
	'baby',
	'toddler',
	'child',
	'teen',
	'youngAdult',
	'parent',
	'adult',
	'older'
] as const;
export type LifePhase = (typeof LIFE_PHASES)[number];

export const LIFE_EVENTS = [
	'pregnancy',
	'newBaby',
	'schoolLife',
	'separation',
	'moving',
	'livingAlone',
	'jobLoss',
	'moneyTrouble',
	'bereavement',
	'illness',
	'caring',
	'retirement',
	'newInNL',
	'conflict'
] as const;
export type LifeEvent = (typeof LIFE_EVENTS)[number];

/** Whom to contact. Helplines are described (number, hours, source) in src/lib/guide/helplines.ts. */
export const CONTACTS = [
	'gp',
	'gpOutOfHours',
	'wijkteam',
	'jgz',
	'midwife',
	'school',
	'emergency',
	'police',
	'suicidePrevention',
	'veiligThuis',
	'sexualViolence',
	'kindertelefoon',
	'luisterlijn',
	'juridischLoket',
	'geldfit'
] as const;
export type Contact = (typeof CONTACTS)[number];

const text = v.pipe(v.string(), v.trim(), v.minLength(2));
const paragraphs = v.pipe(v.array(text), v.minLength(1));
const topicId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

export const TopicSchema = v.strictObject({
	id: topicId,
	lang: v.picklist(['nl', 'en', 'ar', 'tr', 'pl', 'uk']),
	title: text,
	/** The one-sentence answer: "Ja, dit is vaak normaal. …" */
	answer: text,
	phases: v.pipe(v.array(v.picklist(LIFE_PHASES)), v.minLength(1)),
	events: v.array(v.picklist(LIFE_EVENTS)),
	themes: v.pipe(v.array(v.picklist(THEMES)), v.minLength(1)),
	related: v.array(topicId),
	/** Extra words residents might search with (not shown), e.g. "huilbaby", "krijsen". */
	keywords: v.array(text),
	/** What is normal, and for how long. */
	normal: paragraphs,
	/** What you can do yourself. */
	yourself: paragraphs,
	/** What people around you can do. */
	others: paragraphs,
	/** What the neighbourhood offers (links to activities come from `themes`). */
	neighbourhood: paragraphs,
	/** When it is not just normal any more: concrete signals, each with whom to contact. */
	getHelp: v.pipe(v.array(v.strictObject({ signal: text, contact: v.picklist(CONTACTS) })), v.minLength(2)),
	/** "Soms is erover praten genoeg." */
	talking: text,
	sources: v.pipe(
		v.array(v.strictObject({ name: text, url: v.pipe(v.string(), v.url(), v.startsWith('https://')) })),
		v.minLength(1)
	),
	/** yyyy-mm-dd */
	reviewed: v.pipe(v.string(), v.isoDate()),
	/** Dutch is the source; other languages start 'unchecked' until a native speaker marks them 'checked'. */
	translation: v.picklist(['source', 'unchecked', 'checked'])
});

export type Topic = v.InferOutput<typeof TopicSchema>;

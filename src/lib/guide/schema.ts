import * as v from 'valibot';
import { THEMES } from '$lib/themes';

/**
 * The shape of one guide topic in one language: messages/<lang>/guide/<id>.json.
 * Every language has the same ids and the same sections; Dutch is the source text.
 */
// The words a topic may use are plain lists (vocabulary.ts), so a page that only shows a helpline does not
// load valibot with them.
import { CONTACTS, LIFE_EVENTS, LIFE_PHASES } from './vocabulary';
export { CONTACTS, LIFE_EVENTS, LIFE_PHASES };
export type { Contact, LifeEvent, LifePhase } from './vocabulary';

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
	getHelp: v.pipe(
		v.array(
			v.strictObject({
				signal: text,
				contact: v.picklist(CONTACTS),
				/** A second line for the same signal, e.g. the huisartsenpost and Veilig Thuis. */
				also: v.optional(v.picklist(CONTACTS))
			})
		),
		v.minLength(2)
	),
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

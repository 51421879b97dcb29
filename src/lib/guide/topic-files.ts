import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the guide topic files for the content tests (Node only: never import this in the app).
 * messages/<lang>/guide/<id>.json
 */
export const GUIDE_DIR = (lang: string) => join('messages', lang, 'guide');

export interface TopicFile {
	file: string;
	id: string;
	data: unknown;
}

export function topicFiles(lang: string): TopicFile[] {
	let names: string[];
	try {
		names = readdirSync(GUIDE_DIR(lang));
	} catch {
		return [];
	}
	return names
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => ({
			file: `${lang}/guide/${name}`,
			id: name.slice(0, -'.json'.length),
			data: JSON.parse(readFileSync(join(GUIDE_DIR(lang), name), 'utf8')) as unknown
		}));
}

/** This half's topic ids (content half A), written in batches. */
export const THIS_HALF_IDS = [
	'baby-crying',
	'baby-sleep',
	'toddler-tantrums',
	'bullying',
	'school-stress',
	'puberty',
	'teen-withdrawal-gaming',
	'becoming-parent',
	'separation-parents',
	'separation-children',
	'pregnancy-worries',
	'child-development',
	'domestic-violence',
	'relationship-strain',
	'drinking-using',
	// Issue 17: new topics, written one at a time.
	'rent-arrears',
	'rental-home-problems',
	'sexual-violence',
	'self-harm',
	'child-sleep'
] as const;

/** Guide-b's topic ids (content half B): ours may link to them before their files are merged. */
export const OTHER_HALF_IDS = [
	'moving-house',
	'living-alone',
	'job-loss',
	'money-worries',
	'official-letters',
	'grief',
	'caring-relative',
	'loneliness',
	'getting-older-forgetfulness',
	'retirement',
	'long-illness-family',
	'low-mood-anxiety',
	'sleep-stress',
	'neighbour-conflict',
	'new-in-nl',
	'burnout-tiredness'
] as const;

export { readableText } from './readable-text';

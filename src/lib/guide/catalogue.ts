import * as v from 'valibot';
import { LIFE_EVENTS, LIFE_PHASES, TopicSchema, type LifeEvent, type LifePhase, type Topic } from './schema';
import type { Theme } from '$lib/themes';

/** What a list of topics needs: enough to show a card and to filter, without the full text. */
export interface TopicSummary {
	id: string;
	lang: Topic['lang'];
	title: string;
	answer: string;
	phases: LifePhase[];
	events: LifeEvent[];
	themes: Theme[];
}

/** "/messages/nl/guide/baby-crying.json" → { lang: "nl", id: "baby-crying" } */
export function fileParts(path: string): { lang: string; id: string } {
	const parts = path.split('/');
	const file = parts.at(-1) ?? '';
	return { lang: parts.at(-3) ?? '', id: file.replace(/\.json$/, '') };
}

/**
 * Validates topic files (path → parsed JSON) and returns them sorted by id. Throws on the first broken
 * file with its path and what is wrong, so a bad topic stops the build instead of reaching a resident.
 */
export function parseTopicFiles(files: Record<string, unknown>): Topic[] {
	const topics: Topic[] = [];
	for (const [path, data] of Object.entries(files)) {
		const result = v.safeParse(TopicSchema, data);
		if (!result.success) {
			const issues = result.issues
				.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
				.join('; ');
			throw new Error(`Guide topic ${path} is not valid: ${issues}`);
		}
		const { lang, id } = fileParts(path);
		if (result.output.id !== id) throw new Error(`Guide topic ${path} has id "${result.output.id}"`);
		if (result.output.lang !== lang) throw new Error(`Guide topic ${path} has lang "${result.output.lang}"`);
		topics.push(result.output);
	}
	return topics.sort((a, b) => a.id.localeCompare(b.id));
}

export function summarise(topic: Topic): TopicSummary {
	const { id, lang, title, answer, phases, events, themes } = topic;
	return { id, lang, title, answer, phases, events, themes };
}

/** Sorts by title in the reader's language, so a list reads like an index. */
export function byTitle<T extends { title: string }>(items: T[], lang: string): T[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	return [...items].sort((a, b) => collator.compare(a.title, b.title));
}

/** The topics one language offers, browsable by life phase, life event and theme. */
export class Catalogue<T extends TopicSummary = Topic> {
	readonly topics: readonly T[];
	readonly #byId: Map<string, T>;

	constructor(topics: readonly T[]) {
		this.topics = topics;
		this.#byId = new Map(topics.map((topic) => [topic.id, topic]));
	}

	get(id: string): T | undefined {
		return this.#byId.get(id);
	}

	get ids(): string[] {
		return this.topics.map((topic) => topic.id);
	}

	byPhase(phase: LifePhase): T[] {
		return this.topics.filter((topic) => topic.phases.includes(phase));
	}

	byEvent(event: LifeEvent): T[] {
		return this.topics.filter((topic) => topic.events.includes(event));
	}

	byTheme(theme: Theme): T[] {
		return this.topics.filter((topic) => topic.themes.includes(theme));
	}

	/** Life phases in their natural order, only those at least one topic covers. */
	get phases(): LifePhase[] {
		return LIFE_PHASES.filter((phase) => this.topics.some((topic) => topic.phases.includes(phase)));
	}

	get events(): LifeEvent[] {
		return LIFE_EVENTS.filter((event) => this.topics.some((topic) => topic.events.includes(event)));
	}

	/** The related topics that exist, in the order the author gave. */
	related(topic: Pick<Topic, 'related'>): T[] {
		return topic.related.flatMap((id) => this.#byId.get(id) ?? []);
	}
}

import { resolve } from '$app/paths';
import type { Lang } from '$lib/i18n';
import type { SearchHit } from './search';

type Status = 'idle' | 'loading' | 'ready' | 'failed';
type Engine = { find(query: string): SearchHit[] };

/**
 * The search box's state. Nothing of the search (library or index) is part of the page's first download:
 * `prepare` fetches both when the resident first focuses the box, for the language they read.
 */
export class GuideSearch {
	#status = $state<Status>('idle');
	#query = $state('');
	#engine = $state.raw<Engine | null>(null);
	#lang: Lang | null = null;

	get status(): Status {
		return this.#status;
	}

	get query(): string {
		return this.#query;
	}

	set query(value: string) {
		this.#query = value;
	}

	/** Whether the resident has typed something to search for. */
	get active(): boolean {
		return this.#query.trim().length > 0;
	}

	get results(): SearchHit[] {
		const query = this.#query.trim();
		if (!query || !this.#engine) return [];
		return this.#engine.find(query);
	}

	async prepare(lang: Lang): Promise<void> {
		if (this.#lang === lang && this.#status !== 'failed') return;
		this.#lang = lang;
		this.#status = 'loading';
		try {
			const [search, response] = await Promise.all([
				import('./search'),
				fetch(resolve('/gids/zoekindex-[lang].json', { lang }))
			]);
			if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
			const index = search.loadIndex(await response.text());
			if (this.#lang !== lang) return; // the language changed while loading
			this.#engine = { find: (query) => search.search(index, query) };
			this.#status = 'ready';
		} catch {
			if (this.#lang === lang) this.#status = 'failed';
		}
	}
}

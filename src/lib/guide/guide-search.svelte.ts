import { resolve } from '$app/paths';
import type { Lang } from '$lib/i18n';
import type { GuideResult } from './guide-find';

type Status = 'idle' | 'loading' | 'ready' | 'failed';
type Engine = { find(query: string): GuideResult[] };

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

	/** Crisis lines first, then topics. Also while 'failed': the crisis lines need no index. */
	get results(): GuideResult[] {
		const query = this.#query.trim();
		if (!query || !this.#engine) return [];
		return this.#engine.find(query);
	}

	async prepare(lang: Lang): Promise<void> {
		if (this.#lang === lang && this.#status !== 'failed') return;
		this.#lang = lang;
		this.#status = 'loading';
		this.#engine = null;
		const [guideFind, search, index] = await Promise.allSettled([
			import('./guide-find'),
			import('./search'),
			fetch(resolve('/gids/zoekindex-[lang].json', { lang })).then((response) => {
				if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
				return response.text();
			})
		]);
		if (this.#lang !== lang) return; // the language changed while loading
		if (guideFind.status === 'rejected') {
			this.#status = 'failed';
			return;
		}
		const { findInGuide } = guideFind.value;
		try {
			if (search.status === 'rejected') throw search.reason;
			if (index.status === 'rejected') throw index.reason;
			const loaded = search.value.loadIndex(index.value, lang);
			this.#engine = { find: (query) => findInGuide(loaded, query, lang) };
			this.#status = 'ready';
		} catch {
			// Without the topic index a crisis search still shows the line to call.
			this.#engine = { find: (query) => findInGuide(null, query, lang) };
			this.#status = 'failed';
		}
	}
}

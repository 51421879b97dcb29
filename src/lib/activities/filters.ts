import type { Theme } from '../themes';

/**
 * What the resident chose on the list: the view and the filters. Apart from finder.ts, so the feed's
 * state (feed.svelte.ts) can hold them without bringing the finder's code to the detail page.
 */
export const VIEWS = ['today', 'week', 'all', 'saved'] as const;
export type View = (typeof VIEWS)[number];

export interface Filters {
	view: View;
	query: string;
	neighbourhood: string;
	theme: Theme | '';
	/** 1 = Monday … 7 = Sunday; 0 any day. */
	day: number;
	openNow: boolean;
	free: boolean;
	noReferral: boolean;
	wheelchair: boolean;
	language: string;
}

export const NO_FILTERS: Filters = {
	view: 'today',
	query: '',
	neighbourhood: '',
	theme: '',
	day: 0,
	openNow: false,
	free: false,
	noReferral: false,
	wheelchair: false,
	language: ''
};

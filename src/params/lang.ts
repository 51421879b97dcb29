import type { ParamMatcher } from '@sveltejs/kit';
import { defaultLang, isLang } from '$lib/i18n/languages';

/** A language folder in a topic's address ("/gids/rouw/ar/"); Dutch, the default, has none. */
export const match: ParamMatcher = (param) => isLang(param) && param !== defaultLang;

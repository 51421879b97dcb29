import { defaultLang, languages, type Lang } from '$lib/i18n/languages';

const otherCodes = languages.map((l) => l.code).filter((code) => code !== defaultLang);
const languageFolder = new RegExp(`/(?:${otherCodes.join('|')})/$`);

/**
 * Where a topic lives in one language: "/gids/rouw/" in Dutch, "/gids/rouw/ar/" in Arabic. Each is its own
 * prerendered page without the app's JavaScript, so a first visit stays small (issue 3's budget).
 */
export function topicPath(id: string, lang: Lang): `/gids/${string}/` {
	return lang === defaultLang ? `/gids/${id}/` : `/gids/${id}/${lang}/`;
}

/** The same topic in another language, from a topic page's own address (under any base path). */
export function switchTopicLanguage(pathname: string, lang: Lang): string {
	const base = pathname.replace(languageFolder, '/');
	return lang === defaultLang ? base : `${base}${lang}/`;
}

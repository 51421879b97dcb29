import type { Lang } from '$lib/i18n/languages';
import type { Helpline } from './helplines';

/**
 * Which languages to mention beside a line, for a resident reading the app in `uiLang`.
 * Issue 9: where a service itself speaks only Dutch (or Dutch and English), say so — but only when
 * its own page told us (`languages` not null). Returns the languages the line speaks when the
 * resident's language is not among them; null when there is nothing to say (unknown, or spoken).
 */
export function spokenNote(line: Pick<Helpline, 'languages'>, uiLang: Lang): readonly Lang[] | null {
	const spoken = line.languages;
	if (!spoken || spoken.length === 0 || spoken.includes(uiLang)) return null;
	return spoken;
}

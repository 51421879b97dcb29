import { CIRCLES, type Circle, type Person } from '$lib/storage/schema';
import { graphemes } from './layout';

/** Longest name we store; longer input is cut, never refused, so nothing the resident typed is lost silently. */
export const MAX_NAME = 2000;

/** "Fatima El Amrani" → "FE"; one word → its first letter. Works for any script, emoji included. */
export function initials(name: string): string {
	const words = name.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return '?';
	const first = graphemes(words[0] ?? '')[0] ?? '?';
	const last = words.length > 1 ? (graphemes(words.at(-1) ?? '')[0] ?? '') : '';
	return (first + last).toLocaleUpperCase();
}

export function closer(circle: Circle): Circle | undefined {
	return CIRCLES[CIRCLES.indexOf(circle) - 1];
}

export function further(circle: Circle): Circle | undefined {
	return CIRCLES[CIRCLES.indexOf(circle) + 1];
}

/** Closest people first, then in the order they were added: the order of the list view. */
export function sortPeople<T extends Pick<Person, 'circle' | 'createdAt' | 'id'>>(people: readonly T[]): T[] {
	return [...people].sort(
		(a, b) =>
			CIRCLES.indexOf(a.circle) - CIRCLES.indexOf(b.circle) ||
			a.createdAt - b.createdAt ||
			a.id.localeCompare(b.id)
	);
}

/** Tidies what the form delivers: trimmed text, empty optional fields left out. */
export function cleanName(name: string): string {
	return graphemes(name.replace(/\s+/g, ' ').trim()).slice(0, MAX_NAME).join('');
}

export function cleanText(text: string | undefined): string | undefined {
	const trimmed = text?.trim();
	return trimmed ? trimmed.slice(0, MAX_NAME) : undefined;
}

/**
 * A form that shows a saved record fills in once the record has been read from storage. On a slow
 * phone the resident may already be typing by then; what they typed must not be overwritten by the
 * (older, often empty) saved copy. These helpers merge the two: per field, a field the resident has
 * changed keeps their words, every other field takes the saved value.
 */

type Value = string | readonly string[];

function changed(value: Value, blank: Value): boolean {
	if (typeof value === 'string' || typeof blank === 'string') return value !== blank;
	return value.length !== blank.length || value.some((item, i) => item !== blank[i]);
}

/**
 * The draft to show once the saved record has arrived: `typed` is the form as it is now, `blank` the
 * form as it started, `saved` the form filled from storage.
 */
export function mergeTyped<T extends Record<string, Value>>(saved: T, typed: T, blank: T): T {
	const out = { ...saved };
	for (const key of Object.keys(typed) as (keyof T)[]) {
		// Every field is a Value (T extends Record<string, Value>); the index type alone cannot say so.
		if (changed(typed[key] as Value, blank[key] as Value)) out[key] = typed[key];
	}
	return out;
}

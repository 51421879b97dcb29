/**
 * Bidi embedding, override and isolate controls: LRE, RLE, PDF, LRO, RLO (U+202A–202E) and LRI, RLI,
 * FSI, PDI (U+2066–2069). Typed into a name or planted in a feed, an override shows "evil" as "live"
 * and can flip the text after it. Nobody needs them in a name or a note: the app isolates text itself
 * (dir="auto"). The marks U+200E/U+200F (LRM/RLM) stay: they cannot reorder letters, only place
 * punctuation, and right-to-left keyboards type them on purpose.
 */
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The same controls in JSON text: raw, or written as an escape such as \u202e. */
const CONTROLS_IN_JSON = /[\u202A-\u202E\u2066-\u2069]|\\u(?:202[a-eA-E]|206[6-9])/;

/**
 * Whether JSON text could hold a bidi control once parsed. False means every string in it is clean, so
 * a large feed need not be copied string by string (that copy was the biggest cost of reading one).
 */
export function jsonMayHoldBidiControls(json: string): boolean {
	return CONTROLS_IN_JSON.test(json);
}

export function stripBidiControls(text: string): string {
	return text.replace(CONTROLS, '');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null) return false;
	const prototype = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}

/**
 * The same value with every string inside it (object keys left alone) cleaned. Plain objects and arrays
 * are copied; anything else (dates, blobs, numbers) is returned as it is.
 */
export function withoutBidiControls<T>(value: T): T {
	if (typeof value === 'string') return stripBidiControls(value) as T;
	if (Array.isArray(value)) return value.map((item: unknown) => withoutBidiControls(item)) as T;
	if (isPlainObject(value)) {
		const copy: Record<string, unknown> = {};
		for (const [key, item] of Object.entries(value)) copy[key] = withoutBidiControls(item);
		return copy as T;
	}
	return value;
}

/**
 * Long lists and maps translate the same sentence for every person. Translating it once with markers
 * where the words go, then filling those in, keeps a redraw of 150 people within a frame.
 */
const MARKERS = ['\ue001', '\ue002', '\ue003', '\ue004'] as const;

/** Pass `translate` the markers as its values; get back a function that fills in the real ones. */
export function sentence(translate: (markers: typeof MARKERS) => string): (...values: string[]) => string {
	const parts = translate(MARKERS).split(/([\ue001-\ue004])/);
	return (...values) =>
		parts
			.map((part) => {
				const index = MARKERS.indexOf(part as (typeof MARKERS)[number]);
				return index >= 0 ? (values[index] ?? '') : part;
			})
			.join('');
}

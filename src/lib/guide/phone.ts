/** "0800-0113" → "tel:08000113"; "112" → "tel:112". Keeps a leading + for international numbers. */
export function telHref(number: string): string {
	const digits = number.replace(/[^\d+]/g, '');
	return `tel:${digits}`;
}

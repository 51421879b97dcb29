/**
 * A step with a date as an all-day calendar event (.ics), made by the `ics` library so every phone's
 * calendar accepts it. The library is loaded only when the resident asks for it.
 */
export function dateArray(iso: string): [number, number, number] | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(year, month - 1, day));
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
	return [year, month, day];
}

export async function stepEvent(
	step: { id: string; title: string; date?: string },
	goalTitle: string
): Promise<string> {
	const start = step.date ? dateArray(step.date) : undefined;
	if (!start) throw new Error('A calendar event needs a valid date');
	const { createEvent } = await import('ics');
	const { error, value } = createEvent({
		uid: `${step.id}@aan-het-roer`,
		start,
		duration: { days: 1 },
		title: step.title,
		description: goalTitle,
		productId: 'aan-het-roer'
	});
	if (error || !value) throw error ?? new Error('No calendar event');
	return value;
}

/** A file name that every phone accepts. */
export function icsFileName(title: string): string {
	const base = title
		.normalize('NFKD')
		.replace(/[^\w\s-]/g, '')
		.trim()
		.replace(/\s+/g, '-')
		.slice(0, 40)
		.toLowerCase();
	return `${base || 'stap'}.ics`;
}

/**
 * "Mijn veiligheidsplan": the seven parts of the Stanley-Brown safety plan, in the order a person goes
 * through them when things get very bad (113 Zelfmoordpreventie uses the same plan). Plain data and
 * pure functions; the writes are in store.ts, the reads in queries.ts.
 */
import type { Person, SafetyPlan } from '$lib/storage/schema';

/** The parts written in the resident's own words, in the plan's order. */
export const TEXT_PARTS = [
	'warningSigns',
	'selfHelp',
	'distraction',
	'otherHelpers',
	'professionals',
	'safeSurroundings',
	'reasons'
] as const;
export type TextPart = (typeof TEXT_PARTS)[number];

export type SafetyPlanFields = Record<TextPart, string> & { helperIds: string[] };

/** A plan's words are kept generous but bounded, like the conversation preparation's. */
export const PART_MAX = 2000;

export function emptyFields(): SafetyPlanFields {
	return {
		warningSigns: '',
		selfHelp: '',
		distraction: '',
		otherHelpers: '',
		professionals: '',
		safeSurroundings: '',
		reasons: '',
		helperIds: []
	};
}

/** The form's fields from a stored plan (or empty ones). */
export function fieldsOf(plan: SafetyPlan | undefined): SafetyPlanFields {
	const fields = emptyFields();
	if (!plan) return fields;
	for (const part of TEXT_PARTS) fields[part] = plan[part] ?? '';
	fields.helperIds = [...plan.helperIds];
	return fields;
}

/** What is stored: trimmed, bounded, empty parts left out, each helper once. */
export function cleanFields(
	fields: SafetyPlanFields
): Omit<SafetyPlan, 'id' | 'profileId' | 'createdAt' | 'updatedAt'> {
	const out: Partial<Record<TextPart, string>> = {};
	for (const part of TEXT_PARTS) {
		const text = fields[part].trim().slice(0, PART_MAX);
		out[part] = text || undefined;
	}
	return { ...out, helperIds: [...new Set(fields.helperIds)] };
}

/** Whether anything has been filled in (an empty plan is not worth a print or a share). */
export function hasContent(fields: SafetyPlanFields): boolean {
	return fields.helperIds.length > 0 || TEXT_PARTS.some((part) => fields[part].trim() !== '');
}

/**
 * The people chosen to ask for help, by name, in the order of the network map's list. A person who was
 * removed from the map since is left out (the plan never shows a name that is gone).
 */
export function helperNames(helperIds: readonly string[], people: readonly Person[]): string[] {
	const chosen = new Set(helperIds);
	return people.filter((person) => chosen.has(person.id)).map((person) => person.name);
}

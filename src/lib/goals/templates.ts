import type { LifeArea } from '$lib/storage/schema';

/**
 * Starting sets of steps. The texts live in messages/<lang>/goals.json under templates.<id>
 * (title, why, step1 … stepN); the resident edits everything after choosing one.
 */
export interface Template {
	id: string;
	area: LifeArea;
	steps: number;
	/** Housing skills practised with a wooncoach. */
	wooncoach?: boolean;
}

export const TEMPLATES: readonly Template[] = [
	{ id: 'rentBills', area: 'housing', steps: 4, wooncoach: true },
	{ id: 'postAdmin', area: 'money', steps: 4, wooncoach: true },
	{ id: 'tidyHome', area: 'housing', steps: 4, wooncoach: true },
	{ id: 'neighbours', area: 'network', steps: 3, wooncoach: true },
	{ id: 'energy', area: 'housing', steps: 4, wooncoach: true },
	{ id: 'money', area: 'money', steps: 4 },
	{ id: 'meetPeople', area: 'takingPart', steps: 4 },
	{ id: 'dayStructure', area: 'routine', steps: 4 },
	{ id: 'caring', area: 'health', steps: 4 }
];

export function templateById(id: string | null | undefined): Template | undefined {
	return TEMPLATES.find((template) => template.id === id);
}

/** The message keys of a template's steps, in order. */
export function stepKeys(template: Template): string[] {
	return Array.from({ length: template.steps }, (_, i) => `goals:templates.${template.id}.step${i + 1}`);
}

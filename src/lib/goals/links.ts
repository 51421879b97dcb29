import { resolve } from '$app/paths';

/** A goal's page: one prerendered shell that reads the goal id from ?id=. */
export function goalHref(id: string): string {
	return `${resolve('/doelen/doel/')}?id=${encodeURIComponent(id)}`;
}

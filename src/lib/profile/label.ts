import { formatDate, locale, t } from '$lib/i18n';
import type { Profile } from '$lib/storage/schema';

/** A profile's name as people see it; an unnamed first profile is "Mijn profiel". */
export function profileName(profile: Pick<Profile, 'name'>): string {
	return profile.name.trim() || t('data:profiles.unnamed');
}

/**
 * What a kept share says about itself: whose copy it is and when it was shared ("Kopie van Fatima,
 * gedeeld op 6 december 2026"), so a coach never mistakes a family's copy for their own records.
 * Undefined for the resident's own profiles. Copies kept before links carried a date say only whose.
 */
export function copyNote(profile: Pick<Profile, 'kind' | 'copyOf'>): string | undefined {
	if (profile.kind !== 'shared') return undefined;
	if (!profile.copyOf) return t('data:profiles.shared');
	const name = profile.copyOf.from.trim() || t('data:profiles.someone');
	const { sharedOn } = profile.copyOf;
	if (!sharedOn) return t('data:profiles.copyOf', { name });
	const date = formatDate(new Date(`${sharedOn}T12:00:00Z`), locale.lang);
	return t('data:profiles.copyOfDated', { name, date });
}

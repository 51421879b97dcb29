import { formatDate, locale, t } from '$lib/i18n';
import { NAME_SLOT, type WithNameText } from '$lib/i18n/name-slot';
import type { Profile } from '$lib/storage/schema';

/** A profile's name as people see it; an unnamed first profile is "Mijn profiel". */
export function profileName(profile: Pick<Profile, 'name'>): string {
	return profile.name.trim() || t('data:profiles.unnamed');
}

/** "Profiel: Sam", with the name isolated (see name-slot.ts). */
export function profileBarText(profile: Pick<Profile, 'name'>): WithNameText {
	return { text: t('data:profiles.bar', { name: NAME_SLOT }), name: profileName(profile) };
}

/**
 * What a kept share says about itself: whose copy it is and when it was shared ("Kopie van Fatima,
 * gedeeld op 6 december 2026"), so a coach never mistakes a family's copy for their own records.
 * Undefined for the resident's own profiles. Copies kept before links carried a date say only whose,
 * or, kept before copies were marked at all, only that someone else shared it.
 */
export function copyNote(profile: Pick<Profile, 'kind' | 'copyOf'>): WithNameText | undefined {
	if (profile.kind !== 'shared') return undefined;
	if (!profile.copyOf) return { text: t('data:profiles.shared'), name: '' };
	const name = profile.copyOf.from.trim() || t('data:profiles.someone');
	const { sharedOn } = profile.copyOf;
	if (!sharedOn) return { text: t('data:profiles.copyOf', { name: NAME_SLOT }), name };
	const date = formatDate(new Date(`${sharedOn}T12:00:00Z`), locale.lang);
	return { text: t('data:profiles.copyOfDated', { name: NAME_SLOT, date }), name };
}

import type { Activity } from './model';
import { dateKeyOf } from './time';

/**
 * How fresh a record is, from `assured_date` only (when a person last checked it). Directories such as
 * 211 treat a record that nobody checked for a year as stale: the resident is told so gently, and can
 * tell the people who keep the record.
 */
export function isStale(activity: Pick<Activity, 'lastVerified'>, now: Date): boolean {
	if (!activity.lastVerified) return false;
	const today = dateKeyOf(now);
	const yearAgo = `${String(Number(today.slice(0, 4)) - 1).padStart(4, '0')}${today.slice(4)}`;
	return activity.lastVerified < yearAgo;
}

/** Who hears "Klopt dit niet meer?": whoever checked the record, else the activity's own address. */
export function reportAddress(activity: Pick<Activity, 'checkedBy' | 'email'>): string {
	return activity.checkedBy || activity.email;
}

/**
 * A mailto: link that opens the resident's own mail app with the words filled in; the app sends nothing.
 * Each part is encoded, so a name with "&" or "?" cannot add a receiver or change the text.
 */
export function reportHref(address: string, subject: string, body: string): string {
	return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

// The record types are derived from their schemas in records.ts (type-only import: no runtime cost).
export type {
	AreaRating,
	CheckIn,
	Conversation,
	Favourite,
	Goal,
	NetworkSnapshot,
	Person,
	Profile,
	SafetyPlan,
	Setting,
	Step,
	Strength
} from './records';

/**
 * The shapes of everything the resident stores. Each record has an id and createdAt/updatedAt
 * (milliseconds since 1970, so they sort and survive JSON backups unchanged). Records that belong to a
 * person's own life carry the profileId of the profile they belong to.
 */
/** The IndexedDB database of the app (walk-in guests get a separate one). */
export const DB_NAME = 'aan-het-roer';

/** The BroadcastChannel on which the app's tabs tell each other what Dexie cannot (tab-signal.ts). */
export const TAB_CHANNEL = 'aan-het-roer:storage';

/** Whether this device already has our database, asked without loading Dexie (undefined: cannot tell). */
export async function hasDatabase(name = DB_NAME): Promise<boolean | undefined> {
	try {
		if (typeof indexedDB === 'undefined' || !indexedDB.databases) return undefined;
		return (await indexedDB.databases()).some((info) => info.name === name);
	} catch {
		return undefined;
	}
}

export interface Stamped {
	id: string;
	createdAt: number;
	updatedAt: number;
}

export interface Owned extends Stamped {
	profileId: string;
}

export const RELATION_GROUPS = [
	'family',
	'friends',
	'neighbours',
	'schoolWork',
	'clubsFaith',
	'professionals',
	'other'
] as const;
export type RelationGroup = (typeof RELATION_GROUPS)[number];

export const CIRCLES = ['close', 'further', 'far'] as const;
export type Circle = (typeof CIRCLES)[number];

export const SUPPORT_KINDS = ['practical', 'listening', 'advice', 'company', 'care'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const ENERGY = ['gives', 'costs', 'both'] as const;
export type Energy = (typeof ENERGY)[number];

export const CONTACT_FREQUENCY = ['daily', 'weekly', 'monthly', 'rarely'] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCY)[number];

export const LIFE_AREAS = [
	'money',
	'housing',
	'routine',
	'health',
	'mood',
	'family',
	'network',
	'takingPart'
] as const;
export type LifeArea = (typeof LIFE_AREAS)[number];

export const GOAL_STATUS = ['active', 'paused', 'done'] as const;
export type GoalStatus = (typeof GOAL_STATUS)[number];

/** The last good copy of the activities feed, for offline use. Not personal. */
export interface FeedCopy {
	url: string;
	fetchedAt: number;
	body: string;
}

/** Tables that hold the resident's own, personal records (everything a backup carries). */
export const PERSONAL_TABLES = [
	'profiles',
	'people',
	'snapshots',
	'goals',
	'steps',
	'strengths',
	'checkins',
	'conversations',
	'favourites',
	'safetyPlans'
] as const;
export type PersonalTable = (typeof PERSONAL_TABLES)[number];

/**
 * Tables that came after the first backup format: a file made before they existed has none, which is
 * read as "no records" (not as a damaged file), so every backup a resident ever made stays restorable.
 */
export const LATER_TABLES = ['safetyPlans'] as const satisfies readonly PersonalTable[];
export type LaterTable = (typeof LATER_TABLES)[number];

/**
 * The shapes of everything the resident stores. Each record has an id and createdAt/updatedAt
 * (milliseconds since 1970, so they sort and survive JSON backups unchanged). Records that belong to a
 * person's own life carry the profileId of the profile they belong to.
 */
/** The IndexedDB database of the app (walk-in guests get a separate one). */
export const DB_NAME = 'aan-het-roer';

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

export interface Profile extends Stamped {
	name: string;
	/** 'own' is made on this device; 'shared' was received from someone else and saved as a profile. */
	kind: 'own' | 'shared';
	/** A screen lock, not encryption: PBKDF2 hash of the PIN, with its salt. */
	pin?: { hash: string; salt: string; iterations: number };
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

export interface Person extends Owned {
	name: string;
	circle: Circle;
	group: RelationGroup;
	supports: SupportKind[];
	energy?: Energy;
	frequency?: ContactFrequency;
	canAsk?: string;
	note?: string;
}

/** A dated copy of the network map, to compare with later. */
export interface NetworkSnapshot extends Owned {
	takenAt: number;
	people: Pick<Person, 'id' | 'name' | 'circle' | 'group' | 'supports' | 'energy'>[];
}

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

export interface Goal extends Owned {
	title: string;
	why?: string;
	area?: LifeArea;
	status: GoalStatus;
	/** The one step the resident chose as making the biggest difference now. */
	breakthrough?: boolean;
	/** Where the goal came from, e.g. a guide topic id or a template id. */
	origin?: string;
	doneAt?: number;
}

export interface Step extends Owned {
	goalId: string;
	title: string;
	order: number;
	/** An ISO date (yyyy-mm-dd), local to the resident. */
	date?: string;
	helperIds: string[];
	done: boolean;
	doneAt?: number;
}

export interface Strength extends Owned {
	text: string;
}

export interface AreaRating {
	score?: 1 | 2 | 3 | 4 | 5;
	talk: boolean;
	note?: string;
}

export interface CheckIn extends Owned {
	/** An ISO date (yyyy-mm-dd). */
	date: string;
	ratings: Partial<Record<LifeArea, AreaRating>>;
}

/** "Mijn gesprek voorbereiden": one per profile, in the resident's own words. */
export interface Conversation extends Owned {
	question?: string;
	tried?: string;
	goingWell?: string;
	hopes?: string;
	withWhom?: string;
}

export interface Favourite extends Owned {
	/** The activity's id in the feed. */
	activityId: string;
}

/** Device-wide settings (current profile, walk-in mode, last backup, …), key → value. */
export interface Setting {
	key: string;
	value: unknown;
	updatedAt: number;
}

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
	'favourites'
] as const;
export type PersonalTable = (typeof PERSONAL_TABLES)[number];

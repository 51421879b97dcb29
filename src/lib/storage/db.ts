import Dexie, { type EntityTable } from 'dexie';
import type {
	CheckIn,
	Conversation,
	Favourite,
	FeedCopy,
	Goal,
	NetworkSnapshot,
	Person,
	Profile,
	Setting,
	Step,
	Strength
} from './schema';

export const DB_NAME = 'aan-het-roer';

/**
 * The one database of the app.
 *
 * Migrations: never edit a published `version(n)`. Add `version(n + 1)` with the complete new
 * `stores()` map and, when existing records must change, an `.upgrade(tx => …)` that rewrites them.
 * Then commit a fixture of the old version in `fixtures/` and extend `db.spec.ts`, so an old
 * database keeps every record when it is opened by the new code.
 */
export class AppDb extends Dexie {
	profiles!: EntityTable<Profile, 'id'>;
	people!: EntityTable<Person, 'id'>;
	snapshots!: EntityTable<NetworkSnapshot, 'id'>;
	goals!: EntityTable<Goal, 'id'>;
	steps!: EntityTable<Step, 'id'>;
	strengths!: EntityTable<Strength, 'id'>;
	checkins!: EntityTable<CheckIn, 'id'>;
	conversations!: EntityTable<Conversation, 'id'>;
	favourites!: EntityTable<Favourite, 'id'>;
	settings!: EntityTable<Setting, 'key'>;
	feed!: EntityTable<FeedCopy, 'url'>;

	constructor(name = DB_NAME) {
		super(name);
		this.version(1).stores({
			profiles: 'id, createdAt',
			people: 'id, profileId, [profileId+circle], updatedAt',
			snapshots: 'id, profileId, takenAt',
			goals: 'id, profileId, [profileId+status], updatedAt',
			steps: 'id, profileId, goalId, [goalId+order]',
			strengths: 'id, profileId, createdAt',
			checkins: 'id, profileId, [profileId+date]',
			conversations: 'id, profileId',
			favourites: 'id, profileId, [profileId+activityId]',
			settings: 'key',
			feed: 'url'
		});
	}
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

let active: AppDb | undefined;

/**
 * The database in use. Walk-in mode swaps in a separate guest database with `useDatabase`,
 * so a guest's records can never mix with the device owner's.
 */
export function db(): AppDb {
	active ??= new AppDb();
	return active;
}

export function useDatabase(next: AppDb): void {
	if (active && active !== next) active.close();
	active = next;
}

export function newId(): string {
	// randomUUID exists only in secure contexts; an http:// test deploy still needs ids.
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Fills in id and time stamps for a new record. */
export function stamp<T extends object>(
	fields: T,
	now = Date.now()
): T & { id: string; createdAt: number; updatedAt: number } {
	return { id: newId(), createdAt: now, updatedAt: now, ...fields };
}

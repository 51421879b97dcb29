import Dexie, { type EntityTable } from 'dexie';
import {
	DB_NAME,
	type CheckIn,
	type Conversation,
	type Favourite,
	type FeedCopy,
	type Goal,
	type NetworkSnapshot,
	type Person,
	type Profile,
	type SafetyPlan,
	type Setting,
	type Step,
	type Strength
} from './schema';
import { withoutBidiOnWrite } from './clean-text';
import { checkedWrites } from './checked-writes';
import { announceCreated } from './tab-signal';

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
	safetyPlans!: EntityTable<SafetyPlan, 'id'>;
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
		// Version 2 adds the safety plan (one per profile); no existing record changes.
		this.version(2).stores({
			profiles: 'id, createdAt',
			people: 'id, profileId, [profileId+circle], updatedAt',
			snapshots: 'id, profileId, takenAt',
			goals: 'id, profileId, [profileId+status], updatedAt',
			steps: 'id, profileId, goalId, [goalId+order]',
			strengths: 'id, profileId, createdAt',
			checkins: 'id, profileId, [profileId+date]',
			conversations: 'id, profileId',
			favourites: 'id, profileId, [profileId+activityId]',
			safetyPlans: 'id, profileId',
			settings: 'key',
			feed: 'url'
		});
		this.use(withoutBidiOnWrite);
		this.use(checkedWrites);
		this.#announceWhenCreated();
	}

	/**
	 * The first open creates the database (a first save, or a restore in a fresh browser): tabs that found no
	 * database are told, so they open it too and show the new records at once instead of staying empty.
	 * Here, not in db.ts, so the pages that never store anything do not carry it.
	 */
	#announceWhenCreated(): void {
		let created = false;
		this.on('populate', () => void (created = true));
		this.on('ready', () => {
			if (created) announceCreated();
		});
	}
}

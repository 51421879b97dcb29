import { save, storageHealth } from '$lib/storage/health.svelte';
import { openWhenCreatedElsewhere, storageExists, storageLoaded } from '$lib/storage/db';
import type { Profile } from '$lib/storage/schema';

/** Dexie loads on demand, so the shell and the pages that store nothing stay small. */
const storage = async () => {
	const [module, current] = await Promise.all([
		import('$lib/storage/db'),
		import('$lib/storage/current-profile')
	]);
	await module.loadStorage();
	return { ...module, ...current };
};

/**
 * Which profile's records the rooms show. The truth is the settings record (storage/current-profile.ts);
 * this is its reactive copy for the components, kept in step by a live query, so a restore, a switch in
 * another tab or a reload all show the same profile. A first profile is made silently the first time the
 * resident saves something, so nobody has to "create an account" before writing down one name.
 */
class Profiles {
	#currentId = $state<string | null>(null);
	#ready = $state(false);
	#following = false;

	get currentId(): string | null {
		return this.#currentId;
	}

	/** True once we know whether this device already has a profile. */
	get ready(): boolean {
		return this.#ready;
	}

	/** Reads (and, when it points nowhere, repairs) the stored choice, then follows it. */
	async restore(): Promise<void> {
		try {
			// A first visit has no database yet: then there is no profile, and no need to load Dexie. Once
			// this tab or another creates it (a first save, a restore), the stored choice is followed.
			if ((await storageExists()) === false) {
				openWhenCreatedElsewhere();
				void storageLoaded.then(() => this.#settle()).catch((error) => storageHealth.report(error));
				return;
			}
			await this.#settle();
		} catch (error) {
			storageHealth.report(error);
		} finally {
			this.#ready = true;
		}
	}

	async #settle(): Promise<void> {
		const { db, settleCurrentProfile } = await storage();
		this.#currentId = (await settleCurrentProfile(db())) ?? null;
		await this.#follow();
	}

	/** Mirrors the stored choice from now on: a restore, a switch or a wipe in any tab reaches this copy. */
	async #follow(): Promise<void> {
		if (this.#following) return;
		this.#following = true;
		const [{ liveQuery }, { db, readCurrentProfile }] = await Promise.all([import('dexie'), storage()]);
		liveQuery(() => readCurrentProfile(db())).subscribe({
			next: (id) => (this.#currentId = id ?? null),
			error: (error) => storageHealth.report(error)
		});
	}

	/**
	 * The current profile's id, creating the first profile when there is none yet. Asks storage each time
	 * (one small read): a profile deleted in another tab must not receive new, orphaned records.
	 */
	async ensure(): Promise<string> {
		const { db, stamp, settleCurrentProfile, writeCurrentProfile } = await storage();
		const id = await db().transaction('rw', db().profiles, db().settings, async () => {
			const settled = await settleCurrentProfile(db());
			if (settled) return settled;
			const profile: Profile = stamp({ name: '', kind: 'own' as const });
			await db().profiles.add(profile);
			await writeCurrentProfile(db(), profile.id);
			return profile.id;
		});
		this.#currentId = id;
		void this.#follow();
		return id;
	}

	async switchTo(id: string): Promise<boolean> {
		const { db, writeCurrentProfile } = await storage();
		const done = await save(() => writeCurrentProfile(db(), id));
		if (done.ok) this.#currentId = id;
		return done.ok;
	}

	/** After "delete everything" or a profile removal. */
	forget(): void {
		this.#currentId = null;
	}
}

export const profiles = new Profiles();

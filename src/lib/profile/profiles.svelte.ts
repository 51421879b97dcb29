import { save, storageHealth } from '$lib/storage/health.svelte';
import { storageExists } from '$lib/storage/db';
import type { Profile } from '$lib/storage/schema';

/** Dexie loads on demand, so the shell and the pages that store nothing stay small. */
const storage = async () => {
	const module = await import('$lib/storage/db');
	await module.loadStorage();
	return module;
};

const CURRENT_KEY = 'currentProfile';

/**
 * Which profile's records the rooms show. A first profile is made silently the first time the resident
 * saves something, so nobody has to "create an account" before writing down one name.
 */
class Profiles {
	#currentId = $state<string | null>(null);
	#ready = $state(false);

	get currentId(): string | null {
		return this.#currentId;
	}

	/** True once we know whether this device already has a profile. */
	get ready(): boolean {
		return this.#ready;
	}

	async restore(): Promise<void> {
		try {
			// A first visit has no database yet: then there is no profile, and no need to load Dexie.
			if ((await storageExists()) === false) return;
			const { db } = await storage();
			const setting = await db().settings.get(CURRENT_KEY);
			const id = typeof setting?.value === 'string' ? setting.value : null;
			this.#currentId =
				id && (await db().profiles.get(id))
					? id
					: ((await db().profiles.orderBy('createdAt').first())?.id ?? null);
		} catch (error) {
			storageHealth.report(error);
		} finally {
			this.#ready = true;
		}
	}

	/** The current profile's id, creating the first profile when there is none yet. */
	async ensure(): Promise<string> {
		if (this.#currentId) return this.#currentId;
		const { db, stamp } = await storage();
		const profile: Profile = stamp({ name: '', kind: 'own' as const });
		await db().transaction('rw', db().profiles, db().settings, async () => {
			await db().profiles.add(profile);
			await db().settings.put({ key: CURRENT_KEY, value: profile.id, updatedAt: Date.now() });
		});
		this.#currentId = profile.id;
		return profile.id;
	}

	async switchTo(id: string): Promise<void> {
		const { db } = await storage();
		const done = await save(() => db().settings.put({ key: CURRENT_KEY, value: id, updatedAt: Date.now() }));
		if (done !== undefined) this.#currentId = id;
	}

	/** After "delete everything" or a profile removal. */
	forget(): void {
		this.#currentId = null;
	}
}

export const profiles = new Profiles();

import { profiles } from '$lib/profile/profiles.svelte';
import { db, LiveQuery, save, stamp, type Favourite, type WriteResult } from '$lib/storage';
import { readOpenProfile } from '$lib/storage/current-profile';

/** The resident's saved activities (favourites table), for the current profile. Create during component init. */
export class Favourites {
	// Only the open profile's favourites are read (none while it is behind its PIN).
	#mine = new LiveQuery<Favourite[]>(async () => {
		const profileId = await readOpenProfile(db());
		return profileId ? db().favourites.where('profileId').equals(profileId).toArray() : [];
	}, []);
	#ids = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built anew on each change, never mutated
		new Set(this.#mine.current.map((favourite) => favourite.activityId))
	);

	get ids(): ReadonlySet<string> {
		return this.#ids;
	}

	has(activityId: string): boolean {
		return this.#ids.has(activityId);
	}

	toggle(activityId: string): Promise<WriteResult<void>> {
		return save(async () => {
			const profileId = await profiles.ensure();
			const existing = await db()
				.favourites.where('[profileId+activityId]')
				.equals([profileId, activityId])
				.first();
			if (existing) await db().favourites.delete(existing.id);
			else await db().favourites.add(stamp({ profileId, activityId }));
		});
	}
}

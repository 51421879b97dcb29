import { describe, expect, it } from 'vitest';
import type { DataSet } from '$lib/storage/data-set';
import { checkDataSet } from '$lib/storage/data-set';
import { PERSONAL_TABLES, type Profile } from '$lib/storage/schema';
import { markUnlocked } from '$lib/storage/unlocked';
import { lockedHere, withoutProfiles } from './locked-profiles';

const stamp = { createdAt: 1, updatedAt: 1 };
const pin = { hash: 'h', salt: 's', iterations: 1000 };
const sara: Profile = { id: 'sara', name: 'Sara', kind: 'own', ...stamp };
const teen: Profile = { id: 'teen', name: 'Tiener', kind: 'own', pin, ...stamp };
const mother: Profile = { id: 'mother', name: 'Mama', kind: 'own', pin, ...stamp };

function session() {
	const map = new Map<string, string>();
	return {
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v)
	};
}

function person(id: string, profileId: string) {
	return { id, profileId, name: id, circle: 'close', group: 'family', supports: [], ...stamp };
}

describe('profiles locked in this tab', () => {
	it('are the ones with a PIN that was not typed here', () => {
		const tab = session();
		expect(lockedHere([sara, teen, mother], tab)).toEqual([teen, mother]);
		markUnlocked(tab, 'teen');
		expect(lockedHere([sara, teen, mother], tab)).toEqual([mother]);
		expect(lockedHere([sara, teen], undefined), 'no session storage: locked').toEqual([teen]);
	});

	it('leave a backup whole: the rest still passes the restore check, and nothing of theirs is in it', () => {
		const empty = Object.fromEntries(PERSONAL_TABLES.map((t) => [t, []])) as unknown as DataSet;
		const all = {
			...empty,
			profiles: [sara, teen],
			people: [person('oma', 'sara'), person('vriendin', 'teen')]
		} as DataSet;
		const kept = withoutProfiles(all, [teen]);
		expect(kept.profiles.map((p) => p.id)).toEqual(['sara']);
		expect(kept.people.map((p) => p.id)).toEqual(['oma']);
		expect(JSON.stringify(kept)).not.toContain('teen');
		expect(checkDataSet(kept).ok).toBe(true);
		expect(withoutProfiles(all, []), 'nothing locked: the same set').toBe(all);
	});
});

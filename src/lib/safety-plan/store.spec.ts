import { beforeEach, describe, expect, it } from 'vitest';
import { collectAll, restoreBackup } from '$lib/backup/restore';
import { profiles } from '$lib/profile/profiles.svelte';
import { safetyPlanQuery } from '$lib/goals/queries';
import { db } from '$lib/storage';
import { unwrap } from '$lib/storage/testing';
import { emptyFields } from './plan';
import { saveSafetyPlan } from './store';

beforeEach(async () => {
	await Promise.all(db().tables.map((table) => table.clear()));
	profiles.forget();
});

describe('saving the safety plan', () => {
	it('makes one plan for the profile on the first save and updates that one after', async () => {
		const first = unwrap(await saveSafetyPlan({ ...emptyFields(), warningSigns: 'Ik trek me terug' }));
		const second = unwrap(await saveSafetyPlan({ ...emptyFields(), reasons: 'Mijn kat' }));
		expect(second).toBe(first);
		expect(await db().safetyPlans.count()).toBe(1);
		const plan = await safetyPlanQuery();
		expect(plan).toMatchObject({ id: first, reasons: 'Mijn kat', profileId: profiles.currentId });
		expect(plan?.warningSigns).toBeUndefined();
	});

	it('goes into a backup and comes back from it in a fresh database', async () => {
		unwrap(await saveSafetyPlan({ ...emptyFields(), selfHelp: 'Douchen, muziek' }));
		const backup = await collectAll();
		expect(backup.safetyPlans).toHaveLength(1);

		await Promise.all(db().tables.map((table) => table.clear()));
		profiles.forget();
		await restoreBackup(backup, 'add');
		expect(await safetyPlanQuery()).toMatchObject({ selfHelp: 'Douchen, muziek' });
	});

	it('belongs to one profile: another profile starts with an empty plan', async () => {
		unwrap(await saveSafetyPlan({ ...emptyFields(), reasons: 'Mijn zoon' }));
		await db().profiles.add({ id: 'broer', name: 'Broer', kind: 'own', createdAt: 1, updatedAt: 1 });
		expect(await profiles.switchTo('broer')).toBe(true);
		expect(await safetyPlanQuery()).toBeUndefined();
	});
});

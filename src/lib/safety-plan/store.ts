/**
 * The one write of the safety plan: one plan per profile, created on the first save and updated after.
 * It runs inside save(), so a failure is reported as the calm banner and answered as `ok: false`.
 */
import { profiles } from '$lib/profile/profiles.svelte';
import { db, save, stamp, type SafetyPlan, type WriteResult } from '$lib/storage';
import { cleanFields, type SafetyPlanFields } from './plan';

export function saveSafetyPlan(fields: SafetyPlanFields): Promise<WriteResult<string>> {
	return save(async () => {
		const profileId = await profiles.ensure();
		const clean = cleanFields(fields);
		return db().transaction('rw', db().safetyPlans, async () => {
			const existing = await db().safetyPlans.where('profileId').equals(profileId).first();
			if (existing) {
				await db().safetyPlans.put({ ...existing, ...clean, updatedAt: Date.now() });
				return existing.id;
			}
			const record: SafetyPlan = stamp({ profileId, ...clean });
			await db().safetyPlans.add(record);
			return record.id;
		});
	});
}

import { beforeEach, describe, expect, it } from 'vitest';
import { profiles } from '$lib/profile/profiles.svelte';
import { db } from '$lib/storage';
import { unwrap } from '$lib/storage/testing';
import {
	checkinsQuery,
	conversationQuery,
	goalQuery,
	goalsQuery,
	peopleQuery,
	strengthsQuery
} from '$lib/goals/queries';
import { addGoal } from '$lib/goals/store';
import { restoreBackup } from './restore';
import plainV1 from './fixtures/backup-v1-plain.json';
import type { BackupData } from './envelope';

const fixture = plainV1.data as unknown as BackupData;

beforeEach(async () => {
	await Promise.all(db().tables.map((table) => table.clear()));
	profiles.forget();
});

describe('restore in a fresh browser (issue 14)', () => {
	it('shows the restored records in every room straight away', async () => {
		await restoreBackup(fixture, 'add');
		await profiles.restore();
		expect(await goalsQuery()).toHaveLength(fixture.goals.length);
		expect(await strengthsQuery()).toHaveLength(fixture.strengths.length);
		expect(await checkinsQuery()).toHaveLength(fixture.checkins.length);
		expect(await peopleQuery()).toHaveLength(fixture.people.length);
		expect(await conversationQuery()).toBeDefined();
	});

	it('opens a goal saved after the restore', async () => {
		await restoreBackup(fixture, 'add');
		await profiles.restore();
		const id = unwrap(await addGoal({ title: 'Nieuw na terugzetten' }));
		expect((await goalQuery(id))?.goal.title).toBe('Nieuw na terugzetten');
	});
});

import { describe, expect, it, vi } from 'vitest';
import { AppDb } from './app-db';
import { stamp } from './db';
import { DB_NAME } from './schema';
import { onWipeElsewhere } from './tab-signal';

describe('word between tabs about a wipe', () => {
	it('hears a wipe announced by another tab', async () => {
		const heard: string[] = [];
		let done = () => undefined as void;
		const arrived = new Promise<void>((resolve) => (done = resolve));
		const stop = onWipeElsewhere(() => {
			heard.push('wiped');
			done();
		});
		const otherTab = new BroadcastChannel('aan-het-roer:storage');
		otherTab.postMessage({ kind: 'wiped', from: 'another-tab' });
		await arrived;
		otherTab.close();
		stop();
		expect(heard).toEqual(['wiped']);
	});
});

describe('word between tabs about a new database', () => {
	it('a tab that found no database opens it as soon as another tab creates it', async () => {
		// test-setup.ts opened the database for other tests; this case starts on a device without one.
		await new AppDb(DB_NAME).delete();
		vi.resetModules();
		const waiting: typeof import('./db') = await import('./db');
		waiting.openWhenCreatedElsewhere();

		// The other tab: its own copy of the modules (and its own tab mark), saving for the first time.
		vi.resetModules();
		const creating: typeof import('./db') = await import('./db');
		const created = await creating.loadStorage();
		await created.strengths.add(stamp({ profileId: 'p', text: 'Ik geef niet op' }));

		const opened = await waiting.storageLoaded;
		expect(opened).not.toBe(created);
		expect(await opened.strengths.toArray()).toEqual([expect.objectContaining({ text: 'Ik geef niet op' })]);
		opened.close();
		created.close();
	});
});

import { describe, expect, it } from 'vitest';
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

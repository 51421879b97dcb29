import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFeed } from './feed-check';

const fixture = (name: string) =>
	readFileSync(new URL(`./testing/fixtures/${name}`, import.meta.url), 'utf8');

describe('feed:check', () => {
	it('passes a good feed with a summary', () => {
		const report = checkFeed(fixture('good.json'), 'good.json');
		expect(report.ok).toBe(true);
		expect(report.lines).toContain('2 services read: 2 usable, 0 left out because of errors.');
	});

	it('lists per record what is wrong in a bad feed', () => {
		const report = checkFeed(fixture('bad.json'), 'bad.json');
		expect(report.ok).toBe(false);
		const text = report.lines.join('\n');
		expect(text).toContain('late (Te laat)\n  ERROR   The schedule: start time "25:00" is not a time of day');
		expect(text).toContain('no-schedule (Zonder tijden)\n  ERROR   It has no schedule');
		expect(text).toContain('9 services read: 1 usable, 7 left out because of errors.');
	});

	it('says plainly when the file is no feed at all', () => {
		const report = checkFeed('<html></html>', 'page.html');
		expect(report).toEqual({
			ok: false,
			lines: expect.arrayContaining(['ERROR   The feed is not valid JSON.'])
		});
	});

	it('runs from the command line with exit code 0 for good and 1 for bad feeds', () => {
		const cli = ['tsx', 'src/lib/activities/feed-check.cli.ts'];
		expect(
			execFileSync('npx', [...cli, 'src/lib/activities/testing/fixtures/good.json'], { encoding: 'utf8' })
		).toContain('0 errors');
		const bad = spawnSync('npx', [...cli, 'src/lib/activities/testing/fixtures/bad.json'], {
			encoding: 'utf8'
		});
		expect(bad.status).toBe(1);
		expect(bad.stdout).toContain('unknown weekday "XY"');
	}, 30_000);
});

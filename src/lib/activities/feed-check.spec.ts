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
		expect(report).toMatchObject({
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
		// --json for a municipality's CI: the same verdict and every problem per record.
		const json = spawnSync('npx', [...cli, 'src/lib/activities/testing/fixtures/bad.json', '--json'], {
			encoding: 'utf8'
		});
		expect(json.status).toBe(1);
		const report = JSON.parse(json.stdout) as { ok: boolean; usable: number; problems: { record: string }[] };
		expect(report).toMatchObject({ ok: false, total: 9, usable: 1, skipped: 7 });
		expect(report.problems.map((problem) => problem.record)).toContain('late');
	}, 30_000);

	it('warns about records nobody checked for more than a year', () => {
		const feed = JSON.parse(fixture('good.json')) as { contents: Record<string, unknown>[] };
		feed.contents[0]!.assured_date = '2025-05-01';
		const report = checkFeed(JSON.stringify(feed), 'old.json', new Date('2026-12-06T10:00:00Z'));
		expect(report.ok).toBe(true);
		expect(report.lines.join('\n')).toContain('warning assured_date 2025-05-01 is more than 12 months ago');
		expect(report.json.problems).toContainEqual(
			expect.objectContaining({ severity: 'warning', message: expect.stringContaining('2025-05-01') })
		);
	});

	it('gives the reasons in JSON too when nothing is usable', () => {
		const report = checkFeed(JSON.stringify([{ id: 'x', name: 'Zonder tijden' }]), 'none.json');
		expect(report.json.ok).toBe(false);
		expect(report.json.error).toBe('The feed has no usable services.');
		expect(report.json.problems).toContainEqual(expect.objectContaining({ record: 'x', severity: 'error' }));
	});
});

describe('feed:check on the official HSDS 3.0 shapes (our own fictional records)', () => {
	const shape = (name: string) => fixture(`hsds/${name}`);

	it('gives a reason per record also when nothing is usable, and mentions the other pages', () => {
		const report = checkFeed(shape('service-list.json'), 'service-list.json');
		expect(report.ok).toBe(false);
		const text = report.lines.join('\n');
		expect(text).toContain(
			'svc-lijst-1 (Naaicafé (verzonnen))\n  ERROR   It has no schedule: we cannot tell when it is on.'
		);
		expect(text).toContain(
			'svc-lijst-2 (Repaircafé (verzonnen))\n  ERROR   It has no schedule: we cannot tell when it is on.'
		);
		expect(text).toContain('This is page 1 of 3 (total_pages): the app reads only this one page.');
		expect(text).toContain('ERROR   The feed has no usable services.');
	});

	it('explains a single service object instead of a list', () => {
		const report = checkFeed(shape('service-full.json'), 'service-full.json');
		expect(report.ok).toBe(false);
		expect(report.lines.join('\n')).toContain(
			'This is one service (an object with "id" and "name"), not a list. Put it in a list'
		);
	});

	it('reads an organisation with its services, and says so; explains one without', () => {
		const report = checkFeed(shape('organization-full.json'), 'organization-full.json');
		expect(report.lines.join('\n')).toContain('we read the services in its "services" list');
		expect(report.lines).toContain('1 services read: 1 usable, 0 left out because of errors.');
		const bare = JSON.parse(shape('organization-full.json')) as Record<string, unknown>;
		delete bare.services;
		expect(checkFeed(JSON.stringify(bare), 'org.json').lines.join('\n')).toContain(
			'This is one organisation (an HSDS organization record) without a "services" list.'
		);
	});
});

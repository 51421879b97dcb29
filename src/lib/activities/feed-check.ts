import { shapeNotices, shapeProblem } from './feed-shape';
import { FeedError, parseFeedText, type Problem } from './parse';

/** The feed validator's report, in plain words, for the people who maintain a feed. */
export interface CheckReport {
	ok: boolean;
	lines: string[];
}

export function checkFeed(body: string, source: string): CheckReport {
	const lines = [`Checking ${source}`];
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch {
		// parseFeedText says so below.
	}
	for (const notice of shapeNotices(json)) lines.push('', `warning ${notice}`);
	try {
		const feed = parseFeedText(body);
		const errors = feed.problems.filter((problem) => problem.severity === 'error');
		const warnings = feed.problems.filter((problem) => problem.severity === 'warning');
		lines.push(...perRecord(feed.problems));
		lines.push(
			'',
			`${feed.total} services read: ${feed.activities.length} usable, ${feed.skipped} left out because of errors.`,
			`${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`
		);
		return { ok: errors.length === 0, lines };
	} catch (error) {
		if (!(error instanceof FeedError)) throw error;
		// When nothing is usable the reasons per record matter most: they come first.
		lines.push(...perRecord(error.problems));
		const shape = error.code === 'not-hsds' ? shapeProblem(json) : undefined;
		lines.push(
			'',
			`ERROR   ${error.message}`,
			...(shape ? [`        ${shape}`] : []),
			'',
			'The app cannot use this feed. It keeps showing its last good copy.'
		);
		return { ok: false, lines };
	}
}

function perRecord(problems: Problem[]): string[] {
	const lines: string[] = [];
	for (const [record, group] of groupByRecord(problems)) {
		const name = group[0]?.name;
		lines.push('', `${record}${name ? ` (${name})` : ''}`);
		for (const problem of group)
			lines.push(`  ${problem.severity === 'error' ? 'ERROR  ' : 'warning'} ${problem.message}`);
	}
	return lines;
}

function groupByRecord(problems: Problem[]): Map<string, Problem[]> {
	const groups = new Map<string, Problem[]>();
	for (const problem of problems)
		groups.set(problem.record, [...(groups.get(problem.record) ?? []), problem]);
	return groups;
}

import { FeedError, parseFeedText, type Problem } from './parse';

/** The feed validator's report, in plain words, for the people who maintain a feed. */
export interface CheckReport {
	ok: boolean;
	lines: string[];
}

export function checkFeed(body: string, source: string): CheckReport {
	const lines = [`Checking ${source}`];
	try {
		const feed = parseFeedText(body);
		const errors = feed.problems.filter((problem) => problem.severity === 'error');
		const warnings = feed.problems.filter((problem) => problem.severity === 'warning');
		for (const [record, problems] of groupByRecord(feed.problems)) {
			const name = problems[0]?.name;
			lines.push('', `${record}${name ? ` (${name})` : ''}`);
			for (const problem of problems)
				lines.push(`  ${problem.severity === 'error' ? 'ERROR  ' : 'warning'} ${problem.message}`);
		}
		lines.push(
			'',
			`${feed.total} services read: ${feed.activities.length} usable, ${feed.skipped} left out because of errors.`,
			`${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`
		);
		return { ok: errors.length === 0, lines };
	} catch (error) {
		if (!(error instanceof FeedError)) throw error;
		lines.push(
			'',
			`ERROR   ${error.message}`,
			'',
			'The app cannot use this feed. It keeps showing its last good copy.'
		);
		return { ok: false, lines };
	}
}

function groupByRecord(problems: Problem[]): Map<string, Problem[]> {
	const groups = new Map<string, Problem[]>();
	for (const problem of problems)
		groups.set(problem.record, [...(groups.get(problem.record) ?? []), problem]);
	return groups;
}

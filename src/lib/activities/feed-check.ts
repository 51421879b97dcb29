import { shapeNotices, shapeProblem } from './feed-shape';
import { isStale } from './freshness';
import { FeedError, parseFeedText, type Problem } from './parse';

/** The feed validator's report, in plain words, for the people who maintain a feed. */
export interface CheckReport {
	ok: boolean;
	lines: string[];
	/** The same for a municipality's CI (`feed:check -- --json`): counts and every problem per record. */
	json: {
		ok: boolean;
		source: string;
		/** The feed as a whole, when the app cannot use it at all. */
		error?: string;
		notices: string[];
		total: number;
		usable: number;
		skipped: number;
		problems: Problem[];
	};
}

export function checkFeed(body: string, source: string, now = new Date()): CheckReport {
	const lines = [`Checking ${source}`];
	const json: CheckReport['json'] = {
		ok: false,
		source,
		notices: [],
		total: 0,
		usable: 0,
		skipped: 0,
		problems: []
	};
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		// parseFeedText says so below.
	}
	json.notices = shapeNotices(parsed);
	for (const notice of json.notices) lines.push('', `warning ${notice}`);
	try {
		const feed = parseFeedText(body);
		// Residents see "Dit is al lang niet gecontroleerd" on these: the people who keep them should know.
		for (const activity of feed.activities)
			if (isStale(activity, now))
				feed.problems.push({
					record: activity.id,
					name: activity.name,
					severity: 'warning',
					message: `assured_date ${activity.lastVerified} is more than 12 months ago: residents are told it has not been checked for a long time. Check the record and update assured_date.`
				});
		const errors = feed.problems.filter((problem) => problem.severity === 'error');
		const warnings = feed.problems.filter((problem) => problem.severity === 'warning');
		Object.assign(json, {
			ok: errors.length === 0,
			total: feed.total,
			usable: feed.activities.length,
			skipped: feed.skipped,
			problems: feed.problems
		});
		lines.push(...perRecord(feed.problems));
		lines.push(
			'',
			`${feed.total} services read: ${feed.activities.length} usable, ${feed.skipped} left out because of errors.`,
			`${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`
		);
		return { ok: errors.length === 0, lines, json };
	} catch (error) {
		if (!(error instanceof FeedError)) throw error;
		// When nothing is usable the reasons per record matter most: they come first.
		lines.push(...perRecord(error.problems));
		const shape = error.code === 'not-hsds' ? shapeProblem(parsed) : undefined;
		Object.assign(json, {
			error: [error.message, shape].filter(Boolean).join(' '),
			problems: error.problems
		});
		lines.push(
			'',
			`ERROR   ${error.message}`,
			...(shape ? [`        ${shape}`] : []),
			'',
			'The app cannot use this feed. It keeps showing its last good copy.'
		);
		return { ok: false, lines, json };
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

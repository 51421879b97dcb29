import type { HsdsSchedule } from './hsds';
import type { Closure, Schedule } from './model';
import { readSchedule } from './parse-schedule';

/**
 * Which HSDS schedules say when an activity is on, as HSDS means them:
 * - a service_at_location's schedules: the sessions at that place;
 * - the service's own schedules: sessions too, after those (at the first place);
 * - a location's schedules: when the building is open. Those are opening hours, shown as such, and
 *   used as the activity's times only when the service has no times of its own.
 * The same rule given at several levels (the official example repeats one at all three) is one.
 * An entry with only valid_from/valid_to is a closure. A schedule we cannot read is skipped with a
 * warning; only when nothing usable is left do its problems become errors (and the service is left out).
 */
export interface Gathered {
	sessions: Schedule[];
	openingHours: Schedule[];
	timesAreOpeningHours: boolean;
	closures: Closure[];
	problems: { severity: 'error' | 'warning'; message: string }[];
	/** The feed's own words about when (descriptions), each once. */
	notes: string[];
}

export interface Source {
	raw: HsdsSchedule;
	level: 'session' | 'hours';
	place: number;
	/** A service-level schedule: a closure there closes every place. */
	everywhere?: boolean;
}

/** A closure: dates and maybe words, but no times and no rule. */
function isClosure(raw: HsdsSchedule): boolean {
	return (
		!raw.opens_at &&
		!raw.closes_at &&
		!raw.freq &&
		!raw.byday &&
		raw.bymonthday == null &&
		Boolean(raw.valid_from)
	);
}

/** The same rule, wherever it was given. */
const sameRule = (schedule: Schedule) => JSON.stringify({ ...schedule, place: undefined });

export function gatherSchedules(sources: Source[], closed: boolean): Gathered {
	const out: Gathered = {
		sessions: [],
		openingHours: [],
		timesAreOpeningHours: false,
		closures: [],
		problems: [],
		notes: []
	};
	const unusable: string[] = [];
	const seen = new Set<string>();
	sources.forEach(({ raw, level, place, everywhere }, i) => {
		const label = sources.length > 1 ? `Schedule ${i + 1}` : 'The schedule';
		const note = raw.description || raw.notes || '';
		if (note && !out.notes.includes(note)) out.notes.push(note);
		if (isClosure(raw)) {
			const from = raw.valid_from!.slice(0, 10);
			const to = (raw.valid_to || from).slice(0, 10);
			if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || to < from) {
				unusable.push(
					`${label}: a closure from "${raw.valid_from}" to "${raw.valid_to}" is not a range of dates.`
				);
				return;
			}
			// A closure at service level closes every place; at a location, only that one.
			out.closures.push({ from, to, note, place: everywhere ? undefined : place });
			return;
		}
		const result = readSchedule(raw);
		for (const message of result.warnings)
			out.problems.push({ severity: 'warning', message: `${label}: ${message}` });
		if (!result.schedule || result.errors.length) {
			unusable.push(...result.errors.map((message) => `${label}: ${message}`));
			return;
		}
		const key = sameRule(result.schedule);
		if (seen.has(key)) {
			out.problems.push({
				severity: 'warning',
				message: `${label} repeats an earlier schedule: we use it once.`
			});
			return;
		}
		seen.add(key);
		const schedule = { ...result.schedule, place };
		(level === 'session' ? out.sessions : out.openingHours).push(schedule);
	});

	if (!out.sessions.length && out.openingHours.length) {
		out.sessions = out.openingHours;
		out.timesAreOpeningHours = true;
		out.problems.push({
			severity: 'warning',
			message:
				"No times of its own (service or service_at_location schedules): we show the building's opening hours (location schedules) instead, and offer no calendar series."
		});
	}
	const keep = out.sessions.length > 0 || closed;
	for (const message of unusable)
		out.problems.push(
			keep
				? { severity: 'warning', message: `${message} We skip this schedule.` }
				: { severity: 'error', message }
		);
	if (!closed && sources.length === 0)
		out.problems.push({ severity: 'error', message: 'It has no schedule: we cannot tell when it is on.' });
	else if (!keep && !unusable.length)
		out.problems.push({
			severity: 'error',
			message: 'It has no usable schedule: we cannot tell when it is on.'
		});
	return out;
}

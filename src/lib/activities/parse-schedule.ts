import type { HsdsSchedule } from './hsds';
import { numbers } from './time';
import { WEEKDAYS, type DayRule, type Schedule, type WeekdayCode } from './model';

/** One HSDS schedule into our Schedule, with what is wrong with it in plain words. */
export interface ScheduleResult {
	schedule?: Schedule;
	errors: string[];
	warnings: string[];
}

const DAY_RULE = /^([+-]?[1-5])?([A-Z]{2})$/;

/**
 * A counted rule is walked from its first date to find its last (recurrence.ts): this many dates at most,
 * so a careless `count` cannot cost more than a fixed budget. A weekly course for 19 years fits.
 */
export const MAX_COUNT = 1000;

/** Amsterdam's UTC offsets (winter, summer): a time or time zone with one of these means our time. */
const AMSTERDAM_OFFSETS = ['+01:00', '+0100', '+02:00', '+0200'];

export function readSchedule(raw: HsdsSchedule): ScheduleResult {
	const errors: string[] = [];
	const warnings: string[] = [];

	const opensAt = readTime(raw.opens_at, 'start', errors, warnings);
	let closesAt = readTime(raw.closes_at, 'end', raw.closes_at == null ? [] : errors, warnings);
	// Parts of RFC 5545 we do not turn into dates: refused by name rather than silently misread.
	for (const field of ['byweekno', 'byyearday'] as const)
		if (raw[field] != null && String(raw[field]).trim() !== '')
			errors.push(`${field} is not supported (we would show it on the wrong dates).`);
	const wkst = (raw.wkst ?? '').trim().toUpperCase();
	if (wkst && wkst !== 'MO')
		errors.push(`wkst "${raw.wkst}" is not supported: weeks start on Monday here (MO).`);
	if (raw.timezone != null && String(raw.timezone).trim() !== '') {
		const zone = String(raw.timezone).trim();
		if (zone === 'Europe/Amsterdam' || zone === '1' || zone === '2' || AMSTERDAM_OFFSETS.includes(zone))
			warnings.push(`timezone "${zone}": we read the times as Amsterdam time, summer and winter.`);
		else errors.push(`timezone "${zone}" is not supported: give opens_at and closes_at in Amsterdam time.`);
	}
	if (raw.opens_at == null) errors.push('no start time (opens_at).');
	if (raw.closes_at == null && opensAt) {
		warnings.push('no end time (closes_at): we assume one hour.');
		const [h, m] = numbers(opensAt);
		closesAt = `${String(Math.min(h + 1, 23)).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
	}

	const byday: DayRule[] = [];
	for (const part of (raw.byday ?? '')
		.split(',')
		.map((item) => item.trim().toUpperCase())
		.filter(Boolean)) {
		const match = DAY_RULE.exec(part);
		const [, nth, day = ''] = match ?? [];
		if (!match || !(WEEKDAYS as readonly string[]).includes(day)) {
			errors.push(`unknown weekday "${part}" (use MO, TU, WE, TH, FR, SA, SU, or e.g. 2MO, -1FR).`);
			continue;
		}
		byday.push({ day: day as WeekdayCode, nth: nth ? Number(nth) : undefined });
	}

	const bymonthday: number[] = [];
	for (const part of String(raw.bymonthday ?? '')
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean)) {
		const day = Number(part);
		if (!Number.isInteger(day) || day === 0 || Math.abs(day) > 31)
			errors.push(`"${part}" is not a day of the month.`);
		else bymonthday.push(day);
	}

	const validFrom = readDate(raw.valid_from, 'valid_from', errors);
	const validTo = readDate(raw.valid_to, 'valid_to', errors);
	const anchor = readDate(raw.dtstart, 'dtstart', errors) ?? validFrom;
	const until = readDate(raw.until, 'until', errors);
	if (validFrom && validTo && validTo < validFrom)
		errors.push(`valid_to (${validTo}) is before valid_from (${validFrom}).`);

	const interval = raw.interval ?? 1;
	if (!Number.isInteger(interval) || interval < 1)
		errors.push(`interval ${raw.interval} is not a whole number of 1 or more.`);
	const count = raw.count ?? undefined;
	if (count !== undefined && (!Number.isInteger(count) || count < 1))
		errors.push(`count ${count} is not a whole number of 1 or more.`);
	else if (count !== undefined && count > MAX_COUNT)
		errors.push(`count ${count} is more than we count (at most ${MAX_COUNT}); use until for a long series.`);

	let freq: Schedule['freq'] | undefined;
	const rawFreq = (raw.freq ?? '').trim().toUpperCase();
	if (rawFreq === 'DAILY' || rawFreq === 'WEEKLY' || rawFreq === 'MONTHLY') freq = rawFreq;
	else if (rawFreq) errors.push(`repeat "${raw.freq}" is not supported (use WEEKLY, MONTHLY or DAILY).`);
	else if (byday.length) freq = 'WEEKLY';
	else if (anchor && (count === 1 || (validTo && validTo === validFrom))) freq = 'ONCE';
	else errors.push('no repeat rule (freq) and no single date.');

	if (freq === 'MONTHLY' && byday.length === 0 && bymonthday.length === 0)
		errors.push('monthly, but no day given (byday such as 2MO, or bymonthday).');
	if (freq === 'WEEKLY' && byday.length === 0 && !anchor) errors.push('weekly, but no weekday (byday).');
	if (freq === 'WEEKLY' && interval > 1 && !anchor)
		warnings.push(`every ${interval} weeks, but no start date (dtstart): we cannot tell which weeks.`);
	if (freq === 'WEEKLY' && byday.some((rule) => rule.nth))
		errors.push('weekly with a numbered weekday such as 2MO: use MONTHLY.');

	if (errors.length || !freq || !opensAt || !closesAt) return { errors, warnings };
	const end = [validTo, until].filter(Boolean).sort()[0];
	return {
		schedule: {
			freq,
			interval,
			byday,
			bymonthday,
			opensAt,
			closesAt,
			anchor,
			validFrom,
			validTo: end,
			count,
			note: raw.description ?? undefined
		},
		errors,
		warnings
	};
}

function readTime(
	value: string | null | undefined,
	which: string,
	errors: string[],
	warnings: string[]
): string | undefined {
	if (value == null) return undefined;
	const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
	const [, hours = '', minutes = '', offset] = match ?? [];
	if (!match || Number(hours) > 23 || Number(minutes) > 59) {
		errors.push(`${which} time "${value}" is not a time of day (use 00:00 to 23:59).`);
		return undefined;
	}
	// An offset fixes the time to one season; Amsterdam changes its offset twice a year.
	if (offset && !AMSTERDAM_OFFSETS.includes(offset)) {
		errors.push(`${which} time "${value}" has the offset ${offset}, not Amsterdam's: give Amsterdam time.`);
		return undefined;
	}
	if (offset) warnings.push(`${which} time "${value}": we read it as Amsterdam time, summer and winter.`);
	return `${hours.padStart(2, '0')}:${minutes}`;
}

function readDate(value: string | null | undefined, field: string, errors: string[]): string | undefined {
	if (value == null || value === '') return undefined;
	const date = value.trim().slice(0, 10);
	const [y, m, d] = numbers(date);
	const check = new Date(Date.UTC(y, m - 1, d));
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
		errors.push(`${field} "${value}" is not a date (use yyyy-mm-dd).`);
		return undefined;
	}
	return date;
}

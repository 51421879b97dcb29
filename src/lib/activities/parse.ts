import * as v from 'valibot';
import { withoutBidiControls } from '../text/bidi';
import { isTheme, type Theme } from '../themes';
import { HsdsService, type HsdsSchedule } from './hsds';
import { numbers } from './time';
import { WEEKDAYS, type Activity, type DayRule, type Schedule, type WeekdayCode } from './model';

/** A feed larger than this is refused: it would be slow on a cheap phone and is almost surely a mistake. */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const MAX_RECORDS = 5000;

export interface Problem {
	/** The record's id, or "#3" (its place in the list) when it has none. */
	record: string;
	name?: string;
	severity: 'error' | 'warning';
	message: string;
}

export interface Feed {
	activities: Activity[];
	/** Records in the feed, including skipped ones. */
	total: number;
	/** Broken records that were left out. */
	skipped: number;
	problems: Problem[];
}

export type FeedErrorCode = 'too-big' | 'not-json' | 'not-hsds' | 'empty';

/** The feed as a whole is unusable: the app keeps its last good copy. */
export class FeedError extends Error {
	constructor(
		readonly code: FeedErrorCode,
		message: string
	) {
		super(message);
		this.name = 'FeedError';
	}
}

export function parseFeedText(body: string): Feed {
	if (body.length > MAX_FEED_BYTES)
		throw new FeedError('too-big', `The feed is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB.`);
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch {
		throw new FeedError('not-json', 'The feed is not valid JSON.');
	}
	return parseFeed(json);
}

/** Accepts a list of services, `{ services: [...] }`, or an HSDS API page `{ contents: [...] }`. */
function recordsOf(json: unknown): unknown[] {
	if (Array.isArray(json)) return json;
	if (json && typeof json === 'object') {
		const object = json as Record<string, unknown>;
		for (const key of ['services', 'contents']) if (Array.isArray(object[key])) return object[key];
	}
	throw new FeedError('not-hsds', 'The feed has no list of services (HSDS "services" or "contents").');
}

export function parseFeed(json: unknown): Feed {
	const records = recordsOf(json);
	if (records.length > MAX_RECORDS)
		throw new FeedError('too-big', `The feed has more than ${MAX_RECORDS} services.`);
	const problems: Problem[] = [];
	const activities: Activity[] = [];
	const seen = new Set<string>();
	let skipped = 0;
	records.forEach((record, index) => {
		const result = readService(record, index, seen);
		problems.push(...result.problems);
		if (result.activity) {
			activities.push(result.activity);
			seen.add(result.activity.id);
		} else if (!result.retired) {
			skipped++;
		}
	});
	if (activities.length === 0) throw new FeedError('empty', 'The feed has no usable services.');
	return { activities, total: records.length, skipped, problems };
}

interface ReadResult {
	activity?: Activity;
	problems: Problem[];
	/** Inactive or defunct: left out on purpose, not broken. */
	retired?: boolean;
}

function readService(record: unknown, index: number, seen: Set<string>): ReadResult {
	const fallbackId = `#${index + 1}`;
	// Bidi overrides would let a feed show "evil" as "live" (text/bidi.ts): out before anything reads it.
	const parsed = v.safeParse(HsdsService, withoutBidiControls(record));
	if (!parsed.success) {
		const raw = (record ?? {}) as Record<string, unknown>;
		return {
			problems: parsed.issues.slice(0, 3).map((issue) => ({
				record: typeof raw.id === 'string' ? raw.id : fallbackId,
				name: typeof raw.name === 'string' ? raw.name : undefined,
				severity: 'error',
				message: describeIssue(issue)
			}))
		};
	}
	const service = parsed.output;
	const problems: Problem[] = [];
	const report = (severity: Problem['severity'], message: string) =>
		problems.push({ record: service.id || fallbackId, name: service.name, severity, message });

	if (!service.id.trim()) report('error', 'It has no id.');
	if (seen.has(service.id)) report('error', `The id "${service.id}" is used twice.`);
	if (!service.name.trim()) report('error', 'It has no name.');

	const status = (service.status ?? 'active').toLowerCase();
	if (status === 'inactive' || status === 'defunct') return { problems, retired: true };
	if (status !== 'active' && status !== 'temporarily closed')
		report('warning', `Unknown status "${service.status}": we show it as active.`);
	const closed = status === 'temporarily closed';

	const links = service.service_at_locations ?? [];
	const link = links.find((item) => item.location) ?? links[0];
	const location = link?.location;
	const rawSchedules = [
		...(link?.schedules ?? []),
		...(location?.schedules ?? []),
		...(service.schedules ?? [])
	];
	const schedules: Schedule[] = [];
	rawSchedules.forEach((raw, i) => {
		const label = rawSchedules.length > 1 ? `Schedule ${i + 1}` : 'The schedule';
		const result = readSchedule(raw);
		for (const message of result.errors) report('error', `${label}: ${message}`);
		for (const message of result.warnings) report('warning', `${label}: ${message}`);
		if (result.schedule && result.errors.length === 0) schedules.push(result.schedule);
	});
	if (!closed && rawSchedules.length === 0)
		report('error', 'It has no schedule: we cannot tell when it is on.');

	if (problems.some((problem) => problem.severity === 'error')) return { problems };
	const whenNote = rawSchedules
		.map((raw) => raw.description || raw.notes || '')
		.filter(Boolean)
		.join(' ');

	const address =
		location?.addresses?.find((item) => (item.address_type ?? 'physical') === 'physical') ??
		location?.addresses?.[0];
	const neighbourhood = address?.region || service.service_areas?.[0]?.name || '';
	if (!neighbourhood) report('warning', 'No neighbourhood (address region or service area).');
	if (!address?.address_1) report('warning', 'No street address.');

	const codes = (service.attributes ?? []).map((attribute) =>
		(attribute.taxonomy_term?.code ?? attribute.value ?? '').toLowerCase()
	);
	const themes = [...new Set(codes.filter(isTheme))] as Theme[];
	if (themes.length === 0) report('warning', 'No theme (attribute with a theme code such as "money").');

	const accessibility = (location?.accessibility ?? [])
		.map((item) => [item.description, item.details].filter(Boolean).join(': '))
		.filter(Boolean);
	const costs = service.cost_options ?? [];
	const paid = costs.some((option) => (option.amount ?? 0) > 0);
	const cost = [
		service.fees_description,
		...costs.map((option) => option.amount_description || option.option)
	]
		.filter(Boolean)
		.join(' ');

	const activity: Activity = {
		id: service.id,
		name: service.name.trim(),
		description: service.description ?? '',
		organization: service.organization?.name ?? '',
		status: closed ? 'closed' : 'active',
		themes,
		neighbourhood,
		place: {
			name: location?.name ?? '',
			street: [address?.address_1, address?.address_2].filter(Boolean).join(', '),
			postalCode: address?.postal_code ?? '',
			city: address?.city ?? '',
			latitude: finite(location?.latitude),
			longitude: finite(location?.longitude)
		},
		schedules,
		whenNote,
		free: !paid && !service.fees_description,
		cost,
		referralNeeded: codes.includes('referral-required'),
		wheelchair:
			codes.includes('wheelchair-accessible') ||
			accessibility.some(
				(line) => /rolstoel|wheelchair/i.test(line) && !/niet|geen|\bnot\b|\bno\b/i.test(line)
			),
		accessibility,
		languages: (service.languages ?? [])
			.map((language) => (language.code || language.name || '').trim())
			.filter(Boolean),
		phone:
			service.phones?.[0]?.number ??
			location?.phones?.[0]?.number ??
			service.organization?.phones?.[0]?.number ??
			'',
		email: safeEmail(service.email),
		url: safeUrl(service.url),
		forWhom: service.eligibility_description ?? '',
		howToJoin: service.application_process ?? '',
		lastVerified: (service.assured_date ?? service.last_modified ?? '').slice(0, 10)
	};
	return { activity, problems };
}

function finite(value: number | null | undefined): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Only a plain address: it becomes `mailto:{email}`, where `?cc=`, `&bcc=` or `&body=` would add
 * receivers or words the resident never typed. Letters, digits and . _ + - before the @, a domain after.
 */
function safeEmail(value: string | null | undefined): string {
	const email = (value ?? '').trim();
	return /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(email) ? email : '';
}

/** Only web links: a feed must not be able to plant a `javascript:` link in the app. */
function safeUrl(value: string | null | undefined): string {
	if (!value) return '';
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
	} catch {
		return '';
	}
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
	if (!path) return 'It is not an object with fields.';
	if (issue.input === undefined) return `The field "${path}" is missing.`;
	return `The field "${path}" has the wrong kind of value (${issue.expected ?? 'another type'} expected).`;
}

interface ScheduleResult {
	schedule?: Schedule;
	errors: string[];
	warnings: string[];
}

const DAY_RULE = /^([+-]?[1-5])?([A-Z]{2})$/;

export function readSchedule(raw: HsdsSchedule): ScheduleResult {
	const errors: string[] = [];
	const warnings: string[] = [];

	const opensAt = readTime(raw.opens_at, 'start', errors);
	let closesAt = readTime(raw.closes_at, 'end', raw.closes_at == null ? [] : errors);
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

function readTime(value: string | null | undefined, which: string, errors: string[]): string | undefined {
	if (value == null) return undefined;
	const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
	const [, hours = '', minutes = ''] = match ?? [];
	if (!match || Number(hours) > 23 || Number(minutes) > 59) {
		errors.push(`${which} time "${value}" is not a time of day (use 00:00 to 23:59).`);
		return undefined;
	}
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

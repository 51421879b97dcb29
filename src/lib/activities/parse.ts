import * as v from 'valibot';
import { jsonMayHoldBidiControls, withoutBidiControls } from '../text/bidi';
import { isTheme, type Theme } from '../themes';
import { HsdsService } from './hsds';
import type { Activity, Place } from './model';
import { gatherSchedules, type Source } from './schedules';

export { readSchedule } from './parse-schedule';

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
		message: string,
		/** Per record, when records were read but none was usable: the reasons a maintainer needs. */
		readonly problems: Problem[] = []
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
	return parseFeed(json, !jsonMayHoldBidiControls(body));
}

/**
 * Accepts a list of services, `{ services: [...] }` (also an organisation with its services), or an HSDS
 * API page `{ contents: [...] }`. What else a file is, and the pages it leaves out, feed:check explains
 * (feed-shape.ts): those words are for maintainers and stay out of the app's bundle.
 */
function recordsOf(json: unknown): unknown[] {
	if (Array.isArray(json)) return json;
	if (json && typeof json === 'object') {
		const object = json as Record<string, unknown>;
		for (const key of ['contents', 'services']) if (Array.isArray(object[key])) return object[key];
	}
	throw new FeedError('not-hsds', 'The feed has no list of services (HSDS "services" or "contents").');
}

/** `clean`: the caller checked the text has no bidi controls (parseFeedText), so records are read as they are. */
export function parseFeed(json: unknown, clean = false): Feed {
	const records = recordsOf(json);
	if (records.length > MAX_RECORDS)
		throw new FeedError('too-big', `The feed has more than ${MAX_RECORDS} services.`);
	const problems: Problem[] = [];
	const activities: Activity[] = [];
	const seen = new Set<string>();
	let skipped = 0;
	records.forEach((record, index) => {
		const result = readService(record, index, seen, clean);
		problems.push(...result.problems);
		if (result.activity) {
			activities.push(result.activity);
			seen.add(result.activity.id);
		} else if (!result.retired) {
			skipped++;
		}
	});
	if (activities.length === 0) throw new FeedError('empty', 'The feed has no usable services.', problems);
	return { activities, total: records.length, skipped, problems };
}

interface ReadResult {
	activity?: Activity;
	problems: Problem[];
	/** Inactive or defunct: left out on purpose, not broken. */
	retired?: boolean;
}

function readService(record: unknown, index: number, seen: Set<string>, clean: boolean): ReadResult {
	const fallbackId = `#${index + 1}`;
	// Bidi overrides would let a feed show "evil" as "live" (text/bidi.ts): out before anything reads it.
	// Copying every string of a large feed was the biggest cost of reading it: only when there may be some.
	const parsed = v.safeParse(HsdsService, clean ? record : withoutBidiControls(record));
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

	// Every service_at_location is its own place with its own times; the first one is "the" place.
	const links = (service.service_at_locations ?? []).filter(
		(link) => link.location || link.schedules?.length
	);
	// Sessions first (service_at_location, then service), then the buildings' opening hours: a rule
	// given at both levels is a session.
	const sources: Source[] = links.flatMap((link, place) =>
		(link.schedules ?? []).map((raw): Source => ({ raw, level: 'session', place }))
	);
	for (const raw of service.schedules ?? [])
		sources.push({ raw, level: 'session', place: 0, everywhere: true });
	links.forEach((link, place) => {
		for (const raw of link.location?.schedules ?? []) sources.push({ raw, level: 'hours', place });
	});
	const gathered = gatherSchedules(sources, closed);
	for (const problem of gathered.problems) report(problem.severity, problem.message);
	if (problems.some((problem) => problem.severity === 'error')) return { problems };

	const places = links.length ? links.map((link) => placeOf(link.location)) : [placeOf(undefined)];
	const location = links[0]?.location;
	const address = addressOf(location);
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
		place: places[0]!,
		places,
		schedules: gathered.sessions,
		openingHours: gathered.timesAreOpeningHours ? [] : gathered.openingHours,
		timesAreOpeningHours: gathered.timesAreOpeningHours,
		closures: gathered.closures,
		whenNote: gathered.notes.join(' '),
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
		// Only a person's check counts: last_modified changes with any edit or export, and would make a
		// record nobody looked at for years read as freshly checked.
		lastVerified: dateOnly(service.assured_date),
		checkedBy: safeEmail(service.assurer_email) || undefined,
		alert: service.alert?.trim() || undefined,
		minAge: age(service.minimum_age),
		maxAge: age(service.maximum_age),
		bring: (service.required_documents ?? []).map((item) => item.document?.trim() ?? '').filter(Boolean),
		interpretation: service.interpretation_services?.trim() || undefined
	};
	if (service.assured_date && !activity.lastVerified)
		report('warning', `assured_date "${service.assured_date}" is not a date (use yyyy-mm-dd).`);
	return { activity, problems };
}

type HsdsLocation = NonNullable<NonNullable<HsdsService['service_at_locations']>[number]['location']>;

function addressOf(location: HsdsLocation | null | undefined) {
	return (
		location?.addresses?.find((item) => (item.address_type ?? 'physical') === 'physical') ??
		location?.addresses?.[0]
	);
}

function placeOf(location: HsdsLocation | null | undefined): Place {
	const address = addressOf(location);
	return {
		name: location?.name ?? '',
		street: [address?.address_1, address?.address_2].filter(Boolean).join(', '),
		postalCode: address?.postal_code ?? '',
		city: address?.city ?? '',
		latitude: finite(location?.latitude),
		longitude: finite(location?.longitude),
		transport: location?.transportation?.trim() || undefined
	};
}

/** An age in whole years the feed can mean (0–120), else nothing. */
function age(value: number | null | undefined): number | undefined {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 120
		? value
		: undefined;
}

/** "2026-10-01" from "2026-10-01" or "2026-10-01T09:00:00Z"; '' for anything that is not a real date. */
function dateOnly(value: string | null | undefined): string {
	const date = (value ?? '').trim().slice(0, 10);
	return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) ? date : '';
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

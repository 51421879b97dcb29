import type { Theme } from '../themes';

/**
 * Our own small model of an activity, read from an Open Referral HSDS 3.0 feed (see hsds.ts).
 * The UI and the schedule code only ever see this, never the feed's raw shape.
 */

/** iCalendar weekday codes, as HSDS uses them in `byday`. */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAYS)[number];

/** "TU" every Tuesday; { nth: 2, day: 'MO' } the second Monday; { nth: -1, day: 'FR' } the last Friday. */
export interface DayRule {
	day: WeekdayCode;
	nth?: number;
}

export interface Schedule {
	freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'ONCE';
	interval: number;
	byday: DayRule[];
	bymonthday: number[];
	/** "10:00", Amsterdam wall-clock time. */
	opensAt: string;
	closesAt: string;
	/** First day the rule counts from ("yyyy-mm-dd"): sets the rhythm of "every other week". */
	anchor?: string;
	validFrom?: string;
	validTo?: string;
	count?: number;
	note?: string;
	/** Where it happens: an index into the activity's `places` (0 when left out). */
	place?: number;
}

/** Dates on which the activity does not take place (an HSDS schedule with only valid_from/valid_to). */
export interface Closure {
	from: string;
	to: string;
	note: string;
	/** Only at this place (an index into `places`); at every place when left out. */
	place?: number;
}

export type ActivityStatus = 'active' | 'closed';

export interface Place {
	name: string;
	street: string;
	postalCode: string;
	city: string;
	latitude?: number;
	longitude?: number;
	/** How to get there (location.transportation), the feed's own words. */
	transport?: string;
}

export interface Activity {
	id: string;
	name: string;
	description: string;
	organization: string;
	/** 'closed': temporarily closed; shown, but with no dates. */
	status: ActivityStatus;
	themes: Theme[];
	neighbourhood: string;
	/** The first place, as `places[0]`. */
	place: Place;
	/** Every service_at_location is its own place, with its own times (Schedule.place). */
	places: Place[];
	/** When the activity happens (service-at-location and service schedules). */
	schedules: Schedule[];
	/**
	 * A location's schedules: when the building is open, not when the activity is. Shown as such; used
	 * as `schedules` only when the service has no times of its own (then `timesAreOpeningHours`).
	 */
	openingHours: Schedule[];
	timesAreOpeningHours: boolean;
	closures: Closure[];
	/** The feed's own words about when, e.g. "not in the school holidays". */
	whenNote: string;
	free: boolean;
	cost: string;
	referralNeeded: boolean;
	wheelchair: boolean;
	accessibility: string[];
	/** ISO 639-1 codes where the feed gives them, else the names as written. */
	languages: string[];
	phone: string;
	email: string;
	url: string;
	forWhom: string;
	howToJoin: string;
	/** The feed's `assured_date` ("yyyy-mm-dd"): when a person last checked the record; '' when never. */
	lastVerified: string;
	/** Who checked it (`assurer_email`, a plain address): "Klopt dit niet meer?" writes there. */
	checkedBy?: string;
	/** A notice from the feed (`alert`), e.g. "No coffee morning on 3 December". */
	alert?: string;
	minAge?: number;
	maxAge?: number;
	/** What to bring (`required_documents[].document`). */
	bring?: string[];
	/** `interpretation_services`, the feed's own words. */
	interpretation?: string;
}

import * as v from 'valibot';

/**
 * The parts of Open Referral HSDS 3.0 we read (https://docs.openreferral.org/en/latest/hsds/schema_reference.html):
 * a service with its organization, service_at_locations → location → addresses, schedules, phones,
 * languages, cost_options, accessibility and attributes. Fields we do not use are ignored (valibot's
 * `object` drops unknown keys), and nearly everything is optional: real feeds leave a lot out.
 * Meaning is checked after this, in parse.ts, so problems can be told in plain words.
 */
const text = v.nullish(v.string());
const num = v.nullish(v.union([v.number(), v.pipe(v.string(), v.transform(Number), v.number())]));
const list = <T extends v.GenericSchema>(item: T) => v.nullish(v.array(item));

export const HsdsSchedule = v.object({
	id: text,
	freq: text,
	interval: num,
	byday: text,
	bymonthday: v.nullish(v.union([v.string(), v.number()])),
	// Read only to refuse them by name (parse-schedule.ts): ignoring them would misread the rule.
	byweekno: v.nullish(v.union([v.string(), v.number()])),
	byyearday: v.nullish(v.union([v.string(), v.number()])),
	wkst: text,
	timezone: v.nullish(v.union([v.string(), v.number()])),
	dtstart: text,
	until: text,
	count: num,
	valid_from: text,
	valid_to: text,
	opens_at: text,
	closes_at: text,
	description: text,
	notes: text
});
export type HsdsSchedule = v.InferOutput<typeof HsdsSchedule>;

const HsdsAddress = v.object({
	address_1: text,
	address_2: text,
	city: text,
	region: text,
	postal_code: text,
	address_type: text
});

const HsdsPhone = v.object({ number: text });

const HsdsAccessibility = v.object({ description: text, details: text });

const HsdsLanguage = v.object({ name: text, code: text });

const HsdsLocation = v.object({
	id: text,
	name: text,
	transportation: text,
	latitude: num,
	longitude: num,
	addresses: list(HsdsAddress),
	accessibility: list(HsdsAccessibility),
	phones: list(HsdsPhone),
	schedules: list(HsdsSchedule)
});

const HsdsAttribute = v.object({
	value: text,
	taxonomy_term: v.nullish(v.object({ code: text, name: text, taxonomy: text }))
});

export const HsdsService = v.object({
	id: v.union([v.string(), v.pipe(v.number(), v.transform(String))]),
	name: v.string(),
	description: text,
	status: text,
	url: text,
	email: text,
	application_process: text,
	fees_description: text,
	eligibility_description: text,
	assured_date: text,
	assurer_email: text,
	alert: text,
	minimum_age: num,
	maximum_age: num,
	interpretation_services: text,
	required_documents: list(v.object({ document: text })),
	organization: v.nullish(v.object({ name: text, phones: list(HsdsPhone) })),
	phones: list(HsdsPhone),
	schedules: list(HsdsSchedule),
	languages: list(HsdsLanguage),
	cost_options: list(v.object({ option: text, amount: num, amount_description: text })),
	service_areas: list(v.object({ name: text })),
	service_at_locations: list(v.object({ location: v.nullish(HsdsLocation), schedules: list(HsdsSchedule) })),
	attributes: list(HsdsAttribute)
});
export type HsdsService = v.InferOutput<typeof HsdsService>;

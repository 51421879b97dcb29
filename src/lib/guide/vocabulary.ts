/**
 * The fixed words of a guide topic: life phases, life events and whom to contact. Plain lists without
 * valibot, so the helplines (shown on many pages) can use them without loading the topic schema.
 */
export const LIFE_PHASES = [
	'baby',
	'toddler',
	'child',
	'teen',
	'youngAdult',
	'parent',
	'adult',
	'older'
] as const;
export type LifePhase = (typeof LIFE_PHASES)[number];

export const LIFE_EVENTS = [
	'pregnancy',
	'newBaby',
	'schoolLife',
	'separation',
	'moving',
	'livingAlone',
	'jobLoss',
	'moneyTrouble',
	'bereavement',
	'illness',
	'caring',
	'retirement',
	'newInNL',
	'conflict'
] as const;
export type LifeEvent = (typeof LIFE_EVENTS)[number];

/** Whom to contact. Helplines are described (number, hours, source) in src/lib/guide/helplines.ts. */
export const CONTACTS = [
	'gp',
	'gpOutOfHours',
	'wijkteam',
	'jgz',
	'midwife',
	'school',
	'emergency',
	'police',
	'suicidePrevention',
	'veiligThuis',
	'sexualViolence',
	'kindertelefoon',
	'luisterlijn',
	'juridischLoket',
	'geldfit'
] as const;
export type Contact = (typeof CONTACTS)[number];

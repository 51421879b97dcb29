/**
 * One valibot schema per record type: the single description of what may be stored. The TypeScript
 * types are derived from these (InferOutput), and the backup reader, the backup writer, the share link's
 * reader (through restore) and the migrations check records against them, so no path can store a record
 * that a room cannot show.
 */
import * as v from 'valibot';
import {
	CIRCLES,
	CONTACT_FREQUENCY,
	ENERGY,
	GOAL_STATUS,
	LIFE_AREAS,
	RELATION_GROUPS,
	SUPPORT_KINDS
} from './schema';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const time = v.pipe(v.number(), v.finite());
/** Generous: the rooms cap what the resident types far below this; it only stops absurd files. */
const text = v.pipe(v.string(), v.maxLength(20_000));
const optionalText = v.optional(text);
/** An ISO date (yyyy-mm-dd), local to the resident. */
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

const stamped = { id, createdAt: time, updatedAt: time };
const owned = { ...stamped, profileId: id };

export const ProfileSchema = v.object({
	...stamped,
	name: text,
	/** 'own' is made on this device; 'shared' was received from someone else and saved as a profile. */
	kind: v.picklist(['own', 'shared']),
	/** For a kept share: whose copy it is and the day it was shared, shown wherever the profile is. */
	copyOf: v.optional(v.object({ from: v.pipe(v.string(), v.maxLength(200)), sharedOn: v.optional(isoDate) })),
	/** A screen lock, not encryption: PBKDF2 hash of the PIN, with its salt. */
	pin: v.optional(
		v.object({ hash: v.string(), salt: v.string(), iterations: v.pipe(v.number(), v.integer()) })
	)
});

export const PersonSchema = v.object({
	...owned,
	name: text,
	circle: v.picklist(CIRCLES),
	group: v.picklist(RELATION_GROUPS),
	supports: v.array(v.picklist(SUPPORT_KINDS)),
	energy: v.optional(v.picklist(ENERGY)),
	frequency: v.optional(v.picklist(CONTACT_FREQUENCY)),
	canAsk: optionalText,
	note: optionalText
});

/** A dated copy of the network map, to compare with later. */
export const SnapshotSchema = v.object({
	...owned,
	takenAt: time,
	people: v.array(v.pick(PersonSchema, ['id', 'name', 'circle', 'group', 'supports', 'energy']))
});

export const GoalSchema = v.object({
	...owned,
	title: text,
	why: optionalText,
	area: v.optional(v.picklist(LIFE_AREAS)),
	status: v.picklist(GOAL_STATUS),
	/** The one step the resident chose as making the biggest difference now. */
	breakthrough: v.optional(v.boolean()),
	/** Where the goal came from, e.g. a guide topic id or a template id. */
	origin: optionalText,
	doneAt: v.optional(time)
});

export const StepSchema = v.object({
	...owned,
	goalId: id,
	title: text,
	order: time,
	date: v.optional(isoDate),
	/** Ids of people on the network map who help with this step. */
	helperIds: v.array(id),
	done: v.boolean(),
	doneAt: v.optional(time)
});

export const StrengthSchema = v.object({ ...owned, text });

export const AreaRatingSchema = v.object({
	score: v.optional(v.picklist([1, 2, 3, 4, 5])),
	talk: v.boolean(),
	note: optionalText
});

export const CheckInSchema = v.object({
	...owned,
	date: isoDate,
	ratings: v.record(v.picklist(LIFE_AREAS), v.optional(AreaRatingSchema))
});

/** "Mijn gesprek voorbereiden": one per profile, in the resident's own words. */
export const ConversationSchema = v.object({
	...owned,
	question: optionalText,
	tried: optionalText,
	goingWell: optionalText,
	hopes: optionalText,
	withWhom: optionalText
});

/**
 * "Mijn veiligheidsplan": one per profile, in the seven parts of the Stanley-Brown safety plan that 113
 * also uses. People to ask for help are picked from the network map (helperIds), with room for others.
 */
export const SafetyPlanSchema = v.object({
	...owned,
	warningSigns: optionalText,
	selfHelp: optionalText,
	distraction: optionalText,
	helperIds: v.array(id),
	otherHelpers: optionalText,
	professionals: optionalText,
	safeSurroundings: optionalText,
	reasons: optionalText
});

/** A saved activity; activityId is the activity's id in the feed. */
export const FavouriteSchema = v.object({ ...owned, activityId: id });

/** Device-wide settings (current profile, walk-in mode, last backup, …), key → value. */
export const SettingSchema = v.object({ key: id, value: v.unknown(), updatedAt: time });

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type NetworkSnapshot = v.InferOutput<typeof SnapshotSchema>;
export type Goal = v.InferOutput<typeof GoalSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
export type Strength = v.InferOutput<typeof StrengthSchema>;
export type AreaRating = v.InferOutput<typeof AreaRatingSchema>;
export type CheckIn = v.InferOutput<typeof CheckInSchema>;
export type Conversation = v.InferOutput<typeof ConversationSchema>;
export type SafetyPlan = v.InferOutput<typeof SafetyPlanSchema>;
export type Favourite = v.InferOutput<typeof FavouriteSchema>;
export type Setting = v.InferOutput<typeof SettingSchema>;

/** The schema of each table that holds the resident's own records (what a backup carries). */
export const RECORD_SCHEMAS = {
	profiles: ProfileSchema,
	people: PersonSchema,
	snapshots: SnapshotSchema,
	goals: GoalSchema,
	steps: StepSchema,
	strengths: StrengthSchema,
	checkins: CheckInSchema,
	conversations: ConversationSchema,
	favourites: FavouriteSchema,
	safetyPlans: SafetyPlanSchema
} as const;

import * as v from 'valibot';
import {
	CIRCLES,
	ENERGY,
	GOAL_STATUS,
	LIFE_AREAS,
	RELATION_GROUPS,
	SUPPORT_KINDS,
	type CheckIn,
	type Conversation,
	type Goal,
	type Person,
	type SafetyPlan,
	type Step,
	type Strength
} from '$lib/storage/schema';

/** The parts a resident can choose to share. */
export const SHARE_PARTS = [
	'network',
	'goals',
	'strengths',
	'checkins',
	'conversation',
	'safetyPlan'
] as const;
/** Parts so personal that the share screen leaves them unticked: the resident adds them on purpose. */
export const OPT_IN_PARTS: readonly SharePart[] = ['safetyPlan'];
export type SharePart = (typeof SHARE_PARTS)[number];

/** What the receiver sees: only what the viewer needs, no ids or time stamps. */
export interface SharedPerson {
	name: string;
	circle: Person['circle'];
	group: Person['group'];
	supports: Person['supports'];
	energy?: Person['energy'];
	canAsk?: string;
}
export interface SharedGoal {
	title: string;
	status: Goal['status'];
	area?: Goal['area'];
	why?: string;
	steps: { title: string; done: boolean; date?: string }[];
}
export interface SharedCheckIn {
	date: string;
	ratings: {
		area: CheckIn['ratings'] extends Partial<Record<infer A, unknown>> ? A : never;
		score?: number;
		talk: boolean;
	}[];
}
export interface SharedConversation {
	question?: string;
	tried?: string;
	goingWell?: string;
	hopes?: string;
	withWhom?: string;
}
/** The safety plan as the receiver sees it: the helpers by name (ids mean nothing on another device). */
export interface SharedSafetyPlan {
	warningSigns?: string;
	selfHelp?: string;
	distraction?: string;
	helpers: string[];
	otherHelpers?: string;
	professionals?: string;
	safeSurroundings?: string;
	reasons?: string;
}
const PLAN_TEXTS = [
	'warningSigns',
	'selfHelp',
	'distraction',
	'otherHelpers',
	'professionals',
	'safeSurroundings',
	'reasons'
] as const;

export interface SharedData {
	from: string;
	/** The day the link was made (YYYY-MM-DD), so a kept copy can say how old it is. Links made before
	 * this field existed have none. */
	sharedOn?: string;
	network?: SharedPerson[];
	goals?: SharedGoal[];
	strengths?: string[];
	checkins?: SharedCheckIn[];
	conversation?: SharedConversation;
	safetyPlan?: SharedSafetyPlan;
}

export interface ShareSource {
	profileName: string;
	people: Person[];
	goals: Goal[];
	steps: Step[];
	strengths: Strength[];
	checkins: CheckIn[];
	conversation?: Conversation;
	safetyPlan?: SafetyPlan;
}

/**
 * What goes into the link: the chosen parts, under the name the resident wants the receiver to see
 * (blank: "iemand zonder naam"), and today's date, so a kept copy can say when it was shared.
 */
export function forSending(data: SharedData, senderName: string, sharedOn: string): SharedData {
	return { ...data, from: senderName.trim(), sharedOn };
}

/** Picks the chosen parts from the resident's records, in the shape the receiver sees. */
export function pickShared(source: ShareSource, parts: ReadonlySet<SharePart>): SharedData {
	const out: SharedData = { from: source.profileName };
	if (parts.has('network')) {
		out.network = source.people.map((p) => ({
			name: p.name,
			circle: p.circle,
			group: p.group,
			supports: SUPPORT_KINDS.filter((kind) => p.supports.includes(kind)),
			...(p.energy ? { energy: p.energy } : {}),
			...(p.canAsk ? { canAsk: p.canAsk } : {})
		}));
	}
	if (parts.has('goals')) {
		out.goals = source.goals.map((g) => ({
			title: g.title,
			status: g.status,
			...(g.area ? { area: g.area } : {}),
			...(g.why ? { why: g.why } : {}),
			steps: source.steps
				.filter((s) => s.goalId === g.id)
				.sort((a, b) => a.order - b.order)
				.map((s) => ({ title: s.title, done: s.done, ...(s.date ? { date: s.date } : {}) }))
		}));
	}
	if (parts.has('strengths')) out.strengths = source.strengths.map((s) => s.text);
	if (parts.has('checkins')) {
		out.checkins = [...source.checkins]
			.sort((a, b) => a.date.localeCompare(b.date))
			.map((c) => ({
				date: c.date,
				ratings: LIFE_AREAS.filter((a) => c.ratings[a]).map((area) => {
					const r = c.ratings[area]!;
					return { area, talk: r.talk, ...(r.score ? { score: r.score } : {}) };
				})
			}));
	}
	if (parts.has('conversation') && source.conversation) {
		const { question, tried, goingWell, hopes, withWhom } = source.conversation;
		out.conversation = Object.fromEntries(
			Object.entries({ question, tried, goingWell, hopes, withWhom }).filter(([, value]) => value)
		);
	}
	if (parts.has('safetyPlan') && source.safetyPlan) {
		const plan = source.safetyPlan;
		const chosen = new Set(plan.helperIds);
		out.safetyPlan = {
			...Object.fromEntries(PLAN_TEXTS.flatMap((part) => (plan[part] ? [[part, plan[part]]] : []))),
			helpers: source.people.filter((p) => chosen.has(p.id)).map((p) => p.name)
		};
	}
	return out;
}

// Compact wire form: arrays instead of objects and enum indexes instead of words keep links short.
const idx = <T extends readonly string[]>(list: T, value: T[number] | undefined) =>
	value === undefined ? -1 : list.indexOf(value);
const bits = (list: readonly string[], values: readonly string[]) =>
	values.reduce((acc, value) => acc | (1 << list.indexOf(value)), 0);

export function toWire(data: SharedData): unknown {
	const w: Record<string, unknown> = { f: data.from };
	if (data.sharedOn) w.d = data.sharedOn;
	if (data.network)
		w.n = data.network.map((p) => {
			const row: unknown[] = [
				p.name,
				idx(CIRCLES, p.circle),
				idx(RELATION_GROUPS, p.group),
				bits(SUPPORT_KINDS, p.supports)
			];
			if (p.energy || p.canAsk) row.push(idx(ENERGY, p.energy));
			if (p.canAsk) row.push(p.canAsk);
			return row;
		});
	if (data.goals)
		w.g = data.goals.map((g) => [
			g.title,
			idx(GOAL_STATUS, g.status),
			idx(LIFE_AREAS, g.area),
			g.why ?? '',
			g.steps.map((s) => (s.date ? [s.title, s.done ? 1 : 0, s.date] : [s.title, s.done ? 1 : 0]))
		]);
	if (data.strengths) w.s = data.strengths;
	if (data.checkins)
		w.c = data.checkins.map((c) => [
			c.date,
			c.ratings.map((r) => [idx(LIFE_AREAS, r.area), r.score ?? 0, r.talk ? 1 : 0])
		]);
	if (data.conversation) {
		const c = data.conversation;
		w.k = [c.question ?? '', c.tried ?? '', c.goingWell ?? '', c.hopes ?? '', c.withWhom ?? ''];
	}
	if (data.safetyPlan) {
		const plan = data.safetyPlan;
		w.v = [...PLAN_TEXTS.map((part) => plan[part] ?? ''), plan.helpers];
	}
	return w;
}

const index = (list: readonly string[]) =>
	v.pipe(v.number(), v.integer(), v.minValue(-1), v.maxValue(list.length - 1));
const str = v.pipe(v.string(), v.maxLength(20_000));
const flag = v.picklist([0, 1]);
const supportBits = v.pipe(
	v.number(),
	v.integer(),
	v.minValue(0),
	v.maxValue((1 << SUPPORT_KINDS.length) - 1)
);
const score = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(5));
const Wire = v.object({
	f: str,
	// Optional and ignored by older versions of the app (valibot's object drops unknown keys).
	d: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
	n: v.optional(
		v.array(
			v.union([
				v.tuple([str, index(CIRCLES), index(RELATION_GROUPS), supportBits]),
				v.tuple([str, index(CIRCLES), index(RELATION_GROUPS), supportBits, index(ENERGY)]),
				v.tuple([str, index(CIRCLES), index(RELATION_GROUPS), supportBits, index(ENERGY), str])
			])
		)
	),
	g: v.optional(
		v.array(
			v.tuple([
				str,
				index(GOAL_STATUS),
				index(LIFE_AREAS),
				str,
				v.array(v.union([v.tuple([str, flag]), v.tuple([str, flag, str])]))
			])
		)
	),
	s: v.optional(v.array(str)),
	c: v.optional(v.array(v.tuple([str, v.array(v.tuple([index(LIFE_AREAS), score, flag]))]))),
	k: v.optional(v.tuple([str, str, str, str, str])),
	v: v.optional(v.tuple([str, str, str, str, str, str, str, v.pipe(v.array(str), v.maxLength(500))]))
});

const at = <T extends readonly string[]>(list: T, i: number): T[number] | undefined =>
	i < 0 ? undefined : list[i];

/** Reads the wire form back; throws when it does not have the expected shape. */
export function fromWire(raw: unknown): SharedData {
	const w = v.parse(Wire, raw);
	const out: SharedData = { from: w.f, ...(w.d ? { sharedOn: w.d } : {}) };
	if (w.n)
		out.network = w.n.map((row) => {
			const energy = row.length > 4 ? at(ENERGY, row[4]!) : undefined;
			return {
				name: row[0],
				circle: at(CIRCLES, row[1]) ?? 'far',
				group: at(RELATION_GROUPS, row[2]) ?? 'other',
				supports: SUPPORT_KINDS.filter((_, i) => row[3] & (1 << i)),
				...(energy ? { energy } : {}),
				...(row.length > 5 && row[5] ? { canAsk: row[5] } : {})
			};
		});
	if (w.g)
		out.goals = w.g.map(([title, status, area, why, steps]) => {
			const a = at(LIFE_AREAS, area);
			return {
				title,
				status: at(GOAL_STATUS, status) ?? 'active',
				...(a ? { area: a } : {}),
				...(why ? { why } : {}),
				steps: steps.map((s) => ({ title: s[0], done: s[1] === 1, ...(s.length > 2 ? { date: s[2] } : {}) }))
			};
		});
	if (w.s) out.strengths = w.s;
	if (w.c)
		out.checkins = w.c.map(([date, ratings]) => ({
			date,
			ratings: ratings
				.filter(([area]) => area >= 0)
				.map(([area, score, talk]) => ({
					area: LIFE_AREAS[area]!,
					talk: talk === 1,
					...(score ? { score } : {})
				}))
		}));
	if (w.k) {
		const [question, tried, goingWell, hopes, withWhom] = w.k;
		out.conversation = Object.fromEntries(
			Object.entries({ question, tried, goingWell, hopes, withWhom }).filter(([, value]) => value)
		);
	}
	if (w.v) {
		const texts = w.v.slice(0, PLAN_TEXTS.length) as string[];
		out.safetyPlan = {
			...Object.fromEntries(PLAN_TEXTS.flatMap((part, i) => (texts[i] ? [[part, texts[i]]] : []))),
			helpers: w.v[PLAN_TEXTS.length] as string[]
		};
	}
	return out;
}

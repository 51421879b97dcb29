/** Generated profiles for property tests: emoji, right-to-left text, long notes, many people. */
import fc from 'fast-check';
import { CIRCLES, LIFE_AREAS, RELATION_GROUPS, SUPPORT_KINDS } from '$lib/storage';
import type { BackupData } from './envelope';

const text = fc.oneof(
	fc.string({ maxLength: 40 }),
	fc.constantFrom('سارة 🌷', 'שלום', '👨‍👩‍👧 gezin', '<script>alert(1)</script>', 'Zoë & Jaïr'),
	fc.string({ unit: 'grapheme', maxLength: 30 }),
	fc.string({ minLength: 1500, maxLength: 3000 })
);

export function profileData(maxPeople = 300): fc.Arbitrary<BackupData> {
	const profileId = 'p1';
	const stamped = (i: number) => ({ createdAt: 1_700_000_000_000 + i, updatedAt: 1_700_000_000_000 + i });
	return fc
		.record({
			name: text,
			people: fc.array(
				fc.record({
					name: text,
					circle: fc.constantFrom(...CIRCLES),
					group: fc.constantFrom(...RELATION_GROUPS),
					supports: fc.uniqueArray(fc.constantFrom(...SUPPORT_KINDS)),
					note: fc.option(text, { nil: undefined })
				}),
				{ maxLength: maxPeople }
			),
			goals: fc.array(fc.record({ title: text, steps: fc.array(text, { maxLength: 5 }) }), { maxLength: 6 }),
			strengths: fc.array(text, { maxLength: 10 }),
			checkins: fc.array(
				fc.record({
					area: fc.constantFrom(...LIFE_AREAS),
					score: fc.integer({ min: 1, max: 5 }),
					talk: fc.boolean()
				}),
				{ maxLength: 3 }
			),
			conversation: fc.option(fc.record({ question: text, hopes: text }), { nil: undefined }),
			safetyPlan: fc.option(fc.record({ warningSigns: text, reasons: text, helpers: fc.nat({ max: 3 }) }), {
				nil: undefined
			})
		})
		.map((g) => {
			const goals = g.goals.map((goal, i) => ({
				id: `g${i}`,
				profileId,
				title: goal.title,
				status: 'active',
				...stamped(i)
			}));
			return {
				profiles: [{ id: profileId, name: g.name, kind: 'own', ...stamped(0) }],
				people: g.people.map((p, i) => ({
					id: `person${i}`,
					profileId,
					...Object.fromEntries(Object.entries(p).filter(([, value]) => value !== undefined)),
					...stamped(i)
				})),
				snapshots: [],
				goals,
				steps: g.goals.flatMap((goal, gi) =>
					goal.steps.map((title, si) => ({
						id: `s${gi}-${si}`,
						profileId,
						goalId: `g${gi}`,
						title,
						order: si,
						helperIds: [],
						done: si % 2 === 0,
						...stamped(si)
					}))
				),
				strengths: g.strengths.map((text, i) => ({ id: `st${i}`, profileId, text, ...stamped(i) })),
				checkins: g.checkins.map((c, i) => ({
					id: `c${i}`,
					profileId,
					date: `2026-0${(i % 9) + 1}-15`,
					ratings: { [c.area]: { score: c.score, talk: c.talk } },
					...stamped(i)
				})),
				conversations: g.conversation ? [{ id: 'conv', profileId, ...g.conversation, ...stamped(0) }] : [],
				favourites: [],
				safetyPlans: g.safetyPlan
					? [
							{
								id: 'plan',
								profileId,
								warningSigns: g.safetyPlan.warningSigns,
								reasons: g.safetyPlan.reasons,
								helperIds: g.people.slice(0, g.safetyPlan.helpers).map((_, i) => `person${i}`),
								...stamped(0)
							}
						]
					: []
			} satisfies BackupData;
		});
}

/**
 * Hostile or careless HSDS schedules, as a feed could publish them: a rule that starts in the year 1000
 * and repeats daily, with or without an enormous count. Fictional services in the HSDS 3.0 shape.
 */
export function hostileService(i: number, count: number | null): Record<string, unknown> {
	return {
		id: `hostile-${i}`,
		name: `Elke dag sinds het jaar 1000 (verzonnen) ${i}`,
		status: 'active',
		service_areas: [{ id: `sa-${i}`, name: 'Centrum' }],
		attributes: [{ id: `at-${i}`, taxonomy_term: { id: 'tt-meeting', code: 'meeting' } }],
		schedules: [
			{
				id: `sch-hostile-${i}`,
				freq: 'DAILY',
				interval: 1,
				dtstart: '1000-01-01',
				count,
				opens_at: '10:00',
				closes_at: '11:00'
			}
		]
	};
}

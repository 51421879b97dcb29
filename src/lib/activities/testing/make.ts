import type { Activity, Schedule } from '../model';

/** A plain activity for tests, with the given schedules and fields. */
export function makeActivity(fields: Partial<Activity> = {}, schedules: Partial<Schedule>[] = []): Activity {
	return {
		id: 'a1',
		name: 'Koffieochtend',
		description: '',
		organization: '',
		status: 'active',
		themes: ['meeting'],
		neighbourhood: 'Centrum',
		place: { name: 'Buurthuis', street: 'Voorbeeldstraat 1', postalCode: '0000 AA', city: 'Roerdam' },
		whenNote: '',
		free: true,
		cost: '',
		referralNeeded: false,
		wheelchair: true,
		accessibility: [],
		languages: ['nl'],
		phone: '',
		email: '',
		url: '',
		forWhom: '',
		howToJoin: '',
		lastVerified: '',
		places: [
			fields.place ?? {
				name: 'Buurthuis',
				street: 'Voorbeeldstraat 1',
				postalCode: '0000 AA',
				city: 'Roerdam'
			}
		],
		openingHours: [],
		timesAreOpeningHours: false,
		closures: [],
		...fields,
		schedules: schedules.map((schedule) => ({
			freq: 'WEEKLY',
			interval: 1,
			byday: [],
			bymonthday: [],
			opensAt: '10:00',
			closesAt: '12:00',
			...schedule
		}))
	};
}

import type { ShareSource } from './compact';
import { CIRCLES, RELATION_GROUPS, SUPPORT_KINDS } from '$lib/storage/schema';

/**
 * The "typical profile" of the size budget: 25 people, 5 goals with 4 steps each, 8 strengths,
 * 2 check-ins and a prepared conversation. Used by tests and the benchmark.
 */
export function typicalSource(): ShareSource {
	const base = { profileId: 'p', createdAt: 1, updatedAt: 1 };
	const names = [
		'Fatima',
		'Oma Joke',
		'Mehmet',
		'Buurvrouw Anja',
		'Juf Sanne',
		'Tante Ilse',
		'Kees',
		'Yusuf'
	];
	return {
		profileName: 'Sara',
		people: Array.from({ length: 25 }, (_, i) => ({
			...base,
			id: `person${i}`,
			name: `${names[i % names.length]} ${i}`,
			circle: CIRCLES[i % 3]!,
			group: RELATION_GROUPS[i % RELATION_GROUPS.length]!,
			supports: SUPPORT_KINDS.filter((_, k) => (i + k) % 3 === 0),
			...(i % 2 ? { energy: 'gives' as const } : {}),
			...(i % 4 === 0 ? { canAsk: 'Boodschappen doen als ik ziek ben' } : {})
		})),
		goals: Array.from({ length: 5 }, (_, i) => ({
			...base,
			id: `goal${i}`,
			title: ['Rust in mijn hoofd', 'Post op orde', 'Huur op tijd betalen', 'Vaker naar buiten', 'Taalcafé'][
				i
			]!,
			status: 'active' as const,
			area: 'money' as const,
			...(i === 0 ? { why: 'Dan slaap ik beter' } : {})
		})),
		steps: Array.from({ length: 20 }, (_, i) => ({
			...base,
			id: `step${i}`,
			goalId: `goal${Math.floor(i / 4)}`,
			title: `Stap ${(i % 4) + 1}: ${['bellen', 'brief lezen', 'afspraak maken', 'samen gaan'][i % 4]}`,
			order: i % 4,
			helperIds: [],
			done: i % 3 === 0,
			...(i % 4 === 2 ? { date: '2026-12-01' } : {})
		})),
		strengths: Array.from({ length: 8 }, (_, i) => ({
			...base,
			id: `strength${i}`,
			text: ['Ik ben geduldig', 'Ik kan goed koken', 'Ik help graag', 'Ik zet door'][i % 4]!
		})),
		checkins: ['2026-10-01', '2026-11-01'].map((date, i) => ({
			...base,
			id: `check${i}`,
			date,
			ratings: {
				money: { score: 2 as const, talk: true },
				housing: { score: 4 as const, talk: false },
				mood: { score: 3 as const, talk: false }
			}
		})),
		conversation: {
			...base,
			id: 'conv',
			question: 'Hoe krijg ik overzicht in mijn rekeningen?',
			tried: 'Alles in één map gestopt',
			goingWell: 'Mijn zus helpt mee',
			hopes: 'Een plan voor de komende maand'
		}
	};
}

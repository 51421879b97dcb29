import type { Lang } from '$lib/i18n/languages';
import { describe, expect, it } from 'vitest';
import { contactFacts } from './contact-facts';
import { HELPLINES } from './helplines';

const keys = (contact: keyof typeof HELPLINES, lang: Lang = 'nl') =>
	contactFacts(HELPLINES[contact], lang).map((f) => f.key);

describe('contactFacts', () => {
	it('says a free line is free and when it answers', () => {
		expect(keys('suicidePrevention')).toEqual(['contacts:cost.free', 'contacts:hours.always']);
		expect(keys('veiligThuis')).toEqual(['contacts:cost.free', 'contacts:hours.always']);
		expect(keys('sexualViolence')).toEqual(['contacts:cost.free', 'contacts:hours.always']);
		expect(keys('kindertelefoon')).toEqual(['contacts:cost.free', 'contacts:hours.daily11to21']);
	});

	it('gives the rate a minute of a paid line when its own page states it, in the reader’s format', () => {
		const cost = contactFacts(HELPLINES.juridischLoket, 'nl')[0]!;
		expect(cost.key).toBe('contacts:cost.perMinute');
		expect(cost.values?.amount?.replace(/\s/g, ' ')).toBe('€ 0,25');
		expect(contactFacts(HELPLINES.juridischLoket, 'en')[0]?.values?.amount).toBe('€0.25');
		expect(keys('juridischLoket')[1]).toBe('contacts:hours.daily9to18');
	});

	it('says only "not free" when the rate is not checked, and points to the website for unknown hours', () => {
		expect(keys('police')).toEqual(['contacts:cost.paid', 'contacts:hours.unknown']);
	});

	it('says nothing about cost when it is unknown', () => {
		expect(keys('gp')).toEqual(['contacts:hours.officeHours']);
		expect(keys('wijkteam')).toEqual([]);
		expect(keys('luisterlijn')).toEqual(['contacts:hours.always']);
	});
});

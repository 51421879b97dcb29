import { describe, expect, it } from 'vitest';
import nl from '../../../messages/nl/goals.json';
import { stepKeys, templateById, TEMPLATES } from './templates';

function lookup(key: string): unknown {
	return key
		.replace(/^goals:/, '')
		.split('.')
		.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], nl);
}

describe('goal templates', () => {
	it('has the housing skills for a wooncoach and the other starting sets', () => {
		expect(TEMPLATES.filter((t) => t.wooncoach).map((t) => t.id)).toEqual([
			'rentBills',
			'postAdmin',
			'tidyHome',
			'neighbours',
			'energy'
		]);
		expect(templateById('money')?.area).toBe('money');
		expect(templateById('nope')).toBeUndefined();
	});

	it('has a Dutch title, why and text for every step', () => {
		for (const template of TEMPLATES) {
			expect(typeof lookup(`goals:templates.${template.id}.title`), template.id).toBe('string');
			expect(typeof lookup(`goals:templates.${template.id}.why`), template.id).toBe('string');
			for (const key of stepKeys(template)) expect(typeof lookup(key), key).toBe('string');
		}
	});
});

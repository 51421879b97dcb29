import { describe, expect, it } from 'vitest';
import { sentence } from './sentence';

describe('sentence', () => {
	it('fills values in where the translation put them, in any order', () => {
		const en = sentence(([name, circle]) => `Move ${name} to ${circle}`);
		const other = sentence(([name, circle]) => `${circle}: ${name}`);
		expect(en('Jan', 'close')).toBe('Move Jan to close');
		expect(other('Jan', 'close')).toBe('close: Jan');
	});

	it('leaves values as they are, markers and HTML included', () => {
		const say = sentence(([name]) => `Hallo ${name}!`);
		expect(say('<b>\ue002</b>')).toBe('Hallo <b>\ue002</b>!');
	});
});

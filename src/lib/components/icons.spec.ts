import { describe, expect, it } from 'vitest';
import { iconSprite, icons, MIRRORED } from './icons';

describe('the icon sprite', () => {
	it('has one symbol per icon, with its drawing, that <use href="icons.svg#name"> can point to', () => {
		const sprite = iconSprite();
		for (const [name, path] of Object.entries(icons)) {
			expect(sprite).toContain(`<symbol id="${name}" viewBox="0 0 24 24"><path d="${path}"/></symbol>`);
		}
		expect(sprite.match(/<symbol /g)).toHaveLength(Object.keys(icons).length);
		expect(sprite.startsWith('<svg xmlns="http://www.w3.org/2000/svg">')).toBe(true);
	});

	it('mirrors only icons that exist', () => {
		for (const name of MIRRORED) expect(icons).toHaveProperty(name);
	});
});

import { describe, expect, it } from 'vitest';
import { layoutMap, type MapInput } from './layout';
import { escapeXml, mapToSvg } from './svg-export';

const nasty = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	"' onload='alert(1)",
	'<foreignObject><div>x</div></foreignObject>',
	'محمد & Jan 👩‍👧',
	'\u0000\u0008bel'
];

describe('mapToSvg', () => {
	it('escapes every name, so no element or attribute can sneak in', () => {
		const people: MapInput[] = nasty.map((label, i) => ({
			id: `p${i}`,
			circle: 'close',
			group: 'friends',
			label
		}));
		const layout = layoutMap(people, { groupLabel: () => '<b onclick="x">groep</b>' });
		const svg = mapToSvg(layout, new Map(), { title: '<title>', me: 'ik', lang: 'nl', dir: 'ltr' });
		expect(svg).not.toMatch(/<script|<img|<foreignObject|<div|<b[ >]/i);
		const attributes = [...svg.matchAll(/<[a-zA-Z]+([^>]*)>/g)].flatMap((m) =>
			[...(m[1] ?? '').matchAll(/([a-zA-Z-:]+)=/g)].map((a) => a[1] ?? '')
		);
		expect(attributes.filter((name) => /^on/i.test(name))).toEqual([]);
		// eslint-disable-next-line no-control-regex
		expect(svg).not.toMatch(/[\u0000-\u0008]/);
		const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1] ?? ''));
		expect(
			[...tags].every((tag) => ['svg', 'title', 'rect', 'circle', 'line', 'text', 'path'].includes(tag))
		).toBe(true);
	});

	it('escapes the five XML characters', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
	});
});

import { CENTER, MAP_SIZE, RADII, sectorEdge, type MapLayout } from './layout';
import { halfPath, markerFill, markerRadius } from './marker';
import type { Energy } from '$lib/storage/schema';

/**
 * A stand-alone SVG of the map, to download or print. Every piece of text the resident typed goes through
 * `escapeXml`, and the document is built from a fixed set of elements and attributes: no script, no event
 * attributes, no foreign content, whatever the names are. Black on white, so it prints well.
 */

// Characters XML 1.0 does not allow at all; a pasted name can carry them.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
	return text
		.replace(INVALID_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

export interface ExportPerson {
	supports: number;
	energy?: Energy;
}

export interface ExportText {
	title: string;
	me: string;
	lang: string;
	dir: 'ltr' | 'rtl';
}

const f = (n: number) => n.toFixed(1);

export function mapToSvg(layout: MapLayout, people: Map<string, ExportPerson>, text: ExportText): string {
	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_SIZE} ${MAP_SIZE}" width="${MAP_SIZE * 2}" height="${MAP_SIZE * 2}" ` +
			`lang="${escapeXml(text.lang)}" direction="${text.dir}" font-family="sans-serif" font-size="12">`
	);
	out.push(`<title>${escapeXml(text.title)}</title>`);
	out.push(`<rect width="${MAP_SIZE}" height="${MAP_SIZE}" fill="#ffffff"/>`);
	for (const r of [RADII.far, RADII.further, RADII.close]) {
		out.push(
			`<circle cx="${CENTER}" cy="${CENTER}" r="${r}" fill="none" stroke="#555555" stroke-width="1.5"/>`
		);
	}
	if (layout.sectors.length > 1) {
		for (const sector of layout.sectors) {
			const e = sectorEdge(sector.start, text.dir === 'rtl');
			out.push(
				`<line x1="${f(e.x1)}" y1="${f(e.y1)}" x2="${f(e.x2)}" y2="${f(e.y2)}" stroke="#999999" stroke-dasharray="3 3"/>`
			);
		}
	}
	out.push(`<circle cx="${CENTER}" cy="${CENTER}" r="${RADII.me}" fill="#000000"/>`);
	out.push(
		`<text x="${CENTER}" y="${CENTER + 5}" text-anchor="middle" fill="#ffffff" font-weight="bold" font-size="14">${escapeXml(text.me)}</text>`
	);
	for (const sector of layout.sectors) {
		if (!sector.label) continue;
		const l = sector.label;
		out.push(
			`<text x="${f(l.x)}" y="${f(l.y + 4)}" text-anchor="middle" font-style="italic" fill="#333333">${escapeXml(l.text)}</text>`
		);
	}
	for (const p of layout.people) {
		const info = people.get(p.id);
		const r = markerRadius(info?.supports ?? 0);
		const fill = markerFill(info?.energy);
		out.push(
			`<rect x="${f(p.box.x)}" y="${f(p.box.y + 14)}" width="${f(p.box.w)}" height="17" rx="4" fill="#ffffff" stroke="#cccccc"/>`
		);
		out.push(
			`<circle cx="${f(p.x)}" cy="${f(p.y)}" r="${f(r)}" fill="${fill === 'full' ? '#000000' : '#ffffff'}" stroke="#000000" stroke-width="1.5"${fill === 'dashed' ? ' stroke-dasharray="2 1.5"' : ''}/>`
		);
		if (fill === 'half') out.push(`<path d="${halfPath(+f(p.x), +f(p.y), +f(r))}" fill="#000000"/>`);
		out.push(
			`<text x="${f(p.x)}" y="${f(p.y + 19)}" text-anchor="middle" fill="#000000">${escapeXml(p.label)}</text>`
		);
	}
	for (const o of layout.overflow) {
		out.push(
			`<rect x="${f(o.box.x)}" y="${f(o.box.y + 2)}" width="${f(o.box.w)}" height="24" rx="12" fill="#ffffff" stroke="#000000" stroke-width="1.5"/>`
		);
		out.push(
			`<text x="${f(o.x)}" y="${f(o.y + 9)}" text-anchor="middle" font-weight="bold" fill="#000000">+${o.ids.length}</text>`
		);
	}
	out.push('</svg>');
	return out.join('\n');
}

import { iconSprite } from '$lib/components/icons';
import type { RequestHandler } from './$types';

/**
 * Every icon as one SVG sprite file, made at build time. Icons point into it (<use href="icons.svg#home">),
 * so no page carries the drawings in its JavaScript or repeats them in its HTML, and the browser and the
 * service worker keep the one file.
 */
export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = () =>
	new Response(iconSprite(), { headers: { 'content-type': 'image/svg+xml' } });

import type { ManifestOptions } from 'vite-plugin-pwa';

/** The installable app's identity. Colours match the design tokens in app.css (--brand, --surface). */
export const appManifest: Partial<ManifestOptions> = {
	id: './',
	name: 'Aan het roer',
	short_name: 'Aan het roer',
	description:
		'Zelf aan het roer: wat is normaal, je eigen netwerk en doelen, en wat er te doen is in je wijk.',
	lang: 'nl',
	start_url: './',
	scope: './',
	display: 'standalone',
	orientation: 'any',
	background_color: '#fbf8f3',
	theme_color: '#1f5f5b',
	categories: ['health', 'lifestyle', 'social'],
	icons: [
		{ src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
		{ src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
	]
};

/**
 * Our own line icons (24×24, stroke = currentColor). Directional icons are listed in MIRRORED so they
 * point the right way in right-to-left languages.
 */
export const icons = {
	home: 'M3 11 12 4l9 7M5 10v10h5v-6h4v6h5V10',
	guide:
		'M4 5.5C4 4.7 4.7 4 5.5 4H11v16H5.5A1.5 1.5 0 0 1 4 18.5zM20 5.5c0-.8-.7-1.5-1.5-1.5H13v16h5.5c.8 0 1.5-.7 1.5-1.5zM7 8h1.5M15.5 8H17',
	network:
		'M12 12m-2 0a2 2 0 1 0 4 0a2 2 0 1 0-4 0M12 12m-6 0a6 6 0 1 0 12 0a6 6 0 1 0-12 0M12 12m-9.5 0a9.5 9.5 0 1 0 19 0a9.5 9.5 0 1 0-19 0',
	goals: 'M5 21V4M5 4h11l-2 4 2 4H5',
	wijk: 'M12 21s-7-6.2-7-11.5A7 7 0 0 1 19 9.5C19 14.8 12 21 12 21zM12 9.5m-2.5 0a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0',
	menu: 'M4 7h16M4 12h16M4 17h16',
	close: 'M6 6l12 12M18 6 6 18',
	exit: 'M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10',
	offline:
		'M3 3l18 18M8.5 16.5a5 5 0 0 1 7 0M5 13a10 10 0 0 1 4.5-2.6M19 13a10 10 0 0 0-2.2-1.6M2 9.5a15 15 0 0 1 4.3-2.6M22 9.5A15 15 0 0 0 11 5.6M12 20h.01',
	check: 'M5 12.5l4.5 4.5L19 7.5',
	plus: 'M12 5v14M5 12h14',
	trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
	edit: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
	print: 'M7 9V3h10v6M7 17H4V9h16v8h-3M7 14h10v7H7z',
	share: 'M12 3v12M7 8l5-5 5 5M5 14v6h14v-6',
	download: 'M12 3v12M7 10l5 5 5-5M5 20h14',
	phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a1 1 0 0 1-1 1A16 16 0 0 1 4 5a1 1 0 0 1 1-1z',
	globe:
		'M12 12m-9 0a9 9 0 1 0 18 0a9 9 0 1 0-18 0M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z',
	textSize: 'M4 18 8.5 6h1L14 18M5.5 14h6M15 18l3-8 3 8M16 15.5h4',
	info: 'M12 12m-9 0a9 9 0 1 0 18 0a9 9 0 1 0-18 0M12 11v6M12 7.5h.01',
	data: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zM4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
	back: 'M19 12H5M11 6l-6 6 6 6',
	forward: 'M5 12h14M13 6l6 6-6 6',
	search: 'M11 11m-7 0a7 7 0 1 0 14 0a7 7 0 1 0-14 0M20 20l-4-4',
	heart:
		'M12 20s-7.5-4.6-9-9.2C2 7.6 4.3 5 7.2 5c1.9 0 3.4 1 4.8 2.8C13.4 6 14.9 5 16.8 5 19.7 5 22 7.6 21 10.8 19.5 15.4 12 20 12 20z',
	calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
	speaker: 'M4 9v6h4l5 4V5L8 9zM16 9a4 4 0 0 1 0 6M18.5 6.5a8 8 0 0 1 0 11',
	pause: 'M8 5v14M16 5v14',
	stop: 'M6 6h12v12H6z',
	lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
	sun: 'M12 12m-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
	moon: 'M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z',
	refresh: 'M20 11a8 8 0 0 0-14.9-3M4 4v4h4M4 13a8 8 0 0 0 14.9 3M20 20v-4h-4',
	user: 'M12 8m-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0M4 21c0-4 3.6-7 8-7s8 3 8 7'
} as const;

export type IconName = keyof typeof icons;

export const MIRRORED: ReadonlySet<IconName> = new Set<IconName>(['back', 'forward', 'exit']);

/** The sprite file served at /icons.svg: one <symbol> per icon, with the same 24×24 drawing area. */
export function iconSprite(): string {
	const symbols = Object.entries(icons)
		.map(([name, path]) => `<symbol id="${name}" viewBox="0 0 24 24"><path d="${path}"/></symbol>`)
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg">${symbols}</svg>`;
}

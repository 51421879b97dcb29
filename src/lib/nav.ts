import type { IconName } from '$lib/components';

/** The four rooms of the app, plus Start: the main navigation, in this order everywhere. */
export const rooms = [
	{ path: '/', icon: 'home', key: 'start' },
	{ path: '/gids/', icon: 'guide', key: 'guide' },
	{ path: '/netwerk/', icon: 'network', key: 'network' },
	{ path: '/doelen/', icon: 'goals', key: 'goals' },
	{ path: '/wijk/', icon: 'wijk', key: 'activities' }
] as const satisfies readonly { path: string; icon: IconName; key: string }[];

/** Behind the menu button. */
export const menuPages = [
	{ path: '/mijn-gegevens/', icon: 'data', key: 'data' },
	{ path: '/taal/', icon: 'globe', key: 'language' },
	{ path: '/weergave/', icon: 'textSize', key: 'display' },
	{ path: '/veilig/', icon: 'lock', key: 'safety' },
	{ path: '/over/', icon: 'info', key: 'about' }
] as const satisfies readonly { path: string; icon: IconName; key: string }[];

export type RoomPath = (typeof rooms)[number]['path'] | (typeof menuPages)[number]['path'];

/** Whether `pathname` (without base) is inside the room at `path`. */
export function isCurrent(path: string, pathname: string): boolean {
	if (path === '/') return pathname === '/';
	return pathname === path || pathname.startsWith(path);
}

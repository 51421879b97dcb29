/**
 * Themes shared by the guide, the network insights and the activities feed, so a guide topic can
 * link to the activities that fit it (/wijk/?thema=money). Labels live in common:themes.<id>.
 */
export const THEMES = [
	'money',
	'parenting',
	'meeting',
	'language',
	'work',
	'health',
	'youth',
	'elderly',
	'practical'
] as const;

export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
	return (THEMES as readonly unknown[]).includes(value);
}

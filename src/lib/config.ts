import * as publicEnv from '$env/static/public';

/**
 * What a deployer (a municipality or welfare organisation) sets at build time, as PUBLIC_* environment
 * variables. Static, so the values are baked into the prerendered pages and work offline. See README.
 */
const env = publicEnv as Record<string, string | undefined>;

export const config = {
	/** Where "Snel weg" goes: a neutral site. */
	quickExitUrl: env.PUBLIC_QUICK_EXIT_URL,
	/** The Open Referral HSDS feed of activities; empty means the bundled sample feed. */
	feedUrl: env.PUBLIC_FEED_URL ?? '',
	/** The local social neighbourhood team, shown on the helplines page. */
	wijkteamName: env.PUBLIC_WIJKTEAM_NAME ?? '',
	wijkteamPhone: env.PUBLIC_WIJKTEAM_PHONE ?? '',
	wijkteamUrl: env.PUBLIC_WIJKTEAM_URL ?? ''
} as const;

import { registerGuestGuard } from '$lib/storage/guest-guard';

/**
 * Walk-in mode tells storage what to do around the guests' database (storage/guest-guard.ts). Imported for
 * its effect by walk-in.svelte.ts, which every page of the app loads before any room reads storage. The
 * session code itself loads only when a guest database really opens.
 */
const session = () => import('./session');

registerGuestGuard({
	beforeOpen: async () => (await session()).recoverAbandonedSession(),
	afterOpen: async (db) => (await session()).watchGuestWrites(db)
});

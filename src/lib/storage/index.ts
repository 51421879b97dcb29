// The storage API for the rooms. Importing from here never loads Dexie by itself (see db.ts).
export {
	db,
	loadStorage,
	storageExists,
	storageLoaded,
	useDatabase,
	newId,
	stamp,
	DB_NAME,
	type AppDb
} from './db';
export * from './schema';
export { classifyStorageError, storageErrorKey, type StorageProblem } from './errors';
export { storageStatus, askPersistenceOnce, type StorageStatus } from './persistence';
export { storageHealth, save } from './health.svelte';
export type { WriteResult } from './result';
export { LiveQuery } from './live.svelte';

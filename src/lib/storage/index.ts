export { db, useDatabase, newId, stamp, AppDb, DB_NAME, PERSONAL_TABLES, type PersonalTable } from './db';
export * from './schema';
export { classifyStorageError, storageErrorKey, type StorageProblem } from './errors';
export { storageStatus, askPersistenceOnce, type StorageStatus } from './persistence';
export { storageHealth, save, LiveQuery } from './health.svelte';

import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { classifyStorageError } from './errors';
import { save, storageHealth } from './health.svelte';
import { askPersistenceOnce, resetPersistenceAsk, storageStatus } from './persistence';

describe('storage errors', () => {
	it('names each kind of trouble', () => {
		expect(classifyStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
		expect(classifyStorageError(new Dexie.MissingAPIError('no indexedDB'))).toBe('unavailable');
		expect(classifyStorageError(new Dexie.VersionError('newer'))).toBe('versionTooNew');
		expect(classifyStorageError(new Error('???'))).toBe('unknown');
		expect(classifyStorageError(undefined)).toBe('unknown');
	});

	it('looks inside Dexie wrappers for the real cause', () => {
		const wrapped = new Dexie.OpenFailedError(
			'open failed',
			new DOMException('private', 'InvalidStateError')
		);
		expect(classifyStorageError(wrapped)).toBe('privateMode');
		const abort = new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'));
		expect(classifyStorageError(abort)).toBe('quota');
	});

	it('reports a failed save instead of throwing, and keeps the app running', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const result = await save(() => Promise.reject(new DOMException('full', 'QuotaExceededError')));
		expect(result).toEqual({ ok: false, problem: 'quota' });
		expect(storageHealth.problem).toBe('quota');
		storageHealth.clear();
		expect(storageHealth.problem).toBeNull();
	});

	it('opens a clear problem when IndexedDB does not exist at all', async () => {
		vi.spyOn(console, 'warn').mockImplementation(() => undefined);
		const db = new Dexie('no-idb', { indexedDB: undefined, IDBKeyRange: undefined });
		db.version(1).stores({ things: 'id' });
		const saved = await save(() => db.table('things').put({ id: 1 }));
		expect(saved).toEqual({ ok: false, problem: 'unavailable' });
		expect(storageHealth.problem).toBe('unavailable');
		storageHealth.clear();
	});
});

describe('persistent storage', () => {
	it('asks the browser once, after the first save', async () => {
		resetPersistenceAsk();
		const persist = vi.fn(async () => true);
		const storage = { persist, persisted: async () => false } as unknown as StorageManager;
		expect(await askPersistenceOnce(storage)).toBe(true);
		expect(await askPersistenceOnce(storage)).toBe(false);
		expect(persist).toHaveBeenCalledTimes(1);
	});

	it('reports status and usage, and survives a browser without the API', async () => {
		const storage = {
			persisted: async () => true,
			estimate: async () => ({ usage: 2048, quota: 1e9 })
		} as unknown as StorageManager;
		expect(await storageStatus(storage)).toEqual({ persisted: true, usage: 2048, quota: 1e9 });
		expect(await storageStatus(undefined)).toEqual({ persisted: 'unknown' });
		const broken = { persisted: async () => Promise.reject(new Error('no')) } as unknown as StorageManager;
		expect(await storageStatus(broken)).toEqual({ persisted: 'unknown' });
	});
});

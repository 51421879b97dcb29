/** Whether the browser promised to keep our data, and how much space we use. */
export interface StorageStatus {
	persisted: boolean | 'unknown';
	usage?: number;
	quota?: number;
}

export async function storageStatus(
	storage: StorageManager | undefined = globalThis.navigator?.storage
): Promise<StorageStatus> {
	if (!storage) return { persisted: 'unknown' };
	try {
		const [persisted, estimate] = await Promise.all([
			storage.persisted ? storage.persisted() : Promise.resolve<boolean | 'unknown'>('unknown'),
			storage.estimate ? storage.estimate() : Promise.resolve<StorageEstimate>({})
		]);
		return { persisted, usage: estimate.usage, quota: estimate.quota };
	} catch {
		return { persisted: 'unknown' };
	}
}

let asked = false;

/**
 * Asks once per page load for persistent storage, when the resident first saves something:
 * asking before there is anything to keep would be a strange question (and some browsers prompt).
 */
export async function askPersistenceOnce(
	storage: StorageManager | undefined = globalThis.navigator?.storage
): Promise<boolean> {
	if (asked || !storage?.persist) return false;
	asked = true;
	try {
		if (await storage.persisted?.()) return true;
		return await storage.persist();
	} catch {
		return false;
	}
}

/** For tests only. */
export function resetPersistenceAsk(): void {
	asked = false;
}

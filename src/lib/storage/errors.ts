/** What kind of storage trouble the resident is in; each has its own plain message (common:storage.errors.*). */
export type StorageProblem =
	'unavailable' | 'quota' | 'privateMode' | 'versionTooNew' | 'blocked' | 'unknown';

const NAME_TO_PROBLEM: Record<string, StorageProblem> = {
	QuotaExceededError: 'quota',
	MissingAPIError: 'unavailable',
	InvalidStateError: 'privateMode',
	VersionError: 'versionTooNew',
	DatabaseClosedError: 'unavailable',
	OpenFailedError: 'unavailable',
	BlockedError: 'blocked'
};

/** Maps a Dexie or DOM error (possibly wrapped in `inner`) to a StorageProblem. */
export function classifyStorageError(error: unknown): StorageProblem {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
		const name = (current as { name?: unknown }).name;
		if (typeof name === 'string' && name in NAME_TO_PROBLEM) {
			const problem = NAME_TO_PROBLEM[name]!;
			// Dexie wraps the real cause of a failed open; prefer it when it is more specific.
			const inner = (current as { inner?: unknown }).inner;
			if (problem === 'unavailable' && inner) {
				const deeper = classifyStorageError(inner);
				if (deeper !== 'unknown') return deeper;
			}
			return problem;
		}
		current = (current as { inner?: unknown }).inner;
	}
	return 'unknown';
}

export function storageErrorKey(problem: StorageProblem): string {
	return `common:storage.errors.${problem}`;
}

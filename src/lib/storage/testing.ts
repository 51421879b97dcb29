import type { WriteResult } from './result';

/** For tests: the value of a write that must have worked; throws (failing the test) when it did not. */
export function unwrap<T>(result: WriteResult<T>): T {
	if (!result.ok) throw new Error(`the write failed: ${result.problem}`);
	return result.value;
}

import { SESSION_LOCK } from '../tab-lock';

/** A LockManager stand-in for unit tests: `query()` reports what the tabs hold. */
export function fakeLocks(sessionHeldByOtherTabs: number) {
	const held: LockInfo[] = Array.from({ length: sessionHeldByOtherTabs }, (_, i) => ({
		name: SESSION_LOCK,
		mode: 'shared',
		clientId: `other-${i}`
	}));
	return {
		held,
		request: ((name: string, options: LockOptions, callback: () => Promise<unknown>) => {
			held.push({ name, mode: options.mode ?? 'exclusive', clientId: 'this' });
			return callback();
		}) as unknown as LockManager['request'],
		query: async (): Promise<LockManagerSnapshot> => ({
			held: [...held, { name: 'something-else', mode: 'exclusive', clientId: 'x' }],
			pending: []
		})
	};
}

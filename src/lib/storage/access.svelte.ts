import { onAccessChange } from './unlocked';

/**
 * Counts changes of which profiles this tab may read (a PIN typed, a lock). Unlocking lives in session
 * storage, which IndexedDB's live queries cannot see, so every LiveQuery reads this count and runs again
 * when it changes: the rooms fill the moment the PIN is right, and empty the moment the lock returns.
 */
class AccessChanges {
	#count = $state(0);

	constructor() {
		onAccessChange(() => this.#count++);
	}

	get count(): number {
		return this.#count;
	}
}

export const accessChanges = new AccessChanges();

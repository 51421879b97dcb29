/**
 * "Nu vergrendelen": the menu offers it when the open profile has a PIN, and the screen lock (which
 * knows that, and loads only once a profile exists) acts on it. This small shared state is all the
 * menu carries, so pages without profiles pay nothing for the lock itself.
 */
class LockNow {
	#available = $state(false);
	#requests = $state(0);

	/** True while the open profile has a PIN (set by the screen lock). */
	get available(): boolean {
		return this.#available;
	}

	set available(value: boolean) {
		this.#available = value;
	}

	/** Counts the resident's "lock now" presses; the screen lock locks on every new one. */
	get requests(): number {
		return this.#requests;
	}

	request(): void {
		this.#requests++;
	}
}

export const lockNow = new LockNow();

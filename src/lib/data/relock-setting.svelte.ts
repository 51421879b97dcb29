import { readRelockMinutes, writeRelockMinutes, type RelockMinutes } from './relock';

/**
 * After how many minutes without use the PIN lock comes back: a device setting, chosen on Mijn gegevens and
 * followed by the screen lock. Apart from lock-now.svelte.ts (which every page's menu carries), so pages
 * without a PIN never load it.
 */
function deviceStorage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}

class RelockSetting {
	#minutes = $state<RelockMinutes>(readRelockMinutes(deviceStorage()));

	get minutes(): RelockMinutes {
		return this.#minutes;
	}

	/** False when the browser keeps no settings: the choice then lasts only until the page closes. */
	choose(minutes: RelockMinutes): boolean {
		this.#minutes = minutes;
		return writeRelockMinutes(deviceStorage(), minutes);
	}
}

export const relockSetting = new RelockSetting();

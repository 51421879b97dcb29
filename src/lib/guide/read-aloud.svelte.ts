type Speech = 'idle' | 'speaking' | 'paused';

/**
 * Reads a page aloud with the device's own voices (nothing leaves the device). Offered only when the
 * device has a voice for the page's language; some browsers list their voices a moment after loading.
 */
export class ReadAloud {
	#available = $state(false);
	#otherVoices = $state(false);
	#state = $state<Speech>('idle');
	#lang = '';
	#run = 0;

	get available(): boolean {
		return this.#available;
	}

	/** The device can speak, but has no voice for this language: the page says so. */
	get missingVoice(): boolean {
		return !this.#available && this.#otherVoices;
	}

	get state(): Speech {
		return this.#state;
	}

	/** Follows the voices for `lang`; call from an $effect and return its cleanup. */
	watch(lang: string): () => void {
		this.#lang = lang;
		if (typeof speechSynthesis === 'undefined') {
			this.#available = false;
			return () => undefined;
		}
		const check = () => {
			this.#available = this.#voice() !== undefined;
			this.#otherVoices = speechSynthesis.getVoices().length > 0;
		};
		check();
		speechSynthesis.addEventListener('voiceschanged', check);
		return () => {
			speechSynthesis.removeEventListener('voiceschanged', check);
			this.stop();
		};
	}

	#voice(): SpeechSynthesisVoice | undefined {
		const voices = speechSynthesis.getVoices();
		const lang = this.#lang.toLowerCase();
		const fits = voices.filter((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === lang);
		return fits.find((voice) => voice.localService) ?? fits[0];
	}

	/** Speaks the parts one by one: some engines stop in the middle of one long text. */
	start(parts: string[]): void {
		if (typeof speechSynthesis === 'undefined') return;
		speechSynthesis.cancel();
		const run = ++this.#run;
		const voice = this.#voice();
		const texts = parts.map((part) => part.trim()).filter(Boolean);
		texts.forEach((text, i) => {
			const utterance = new SpeechSynthesisUtterance(text);
			utterance.lang = this.#lang;
			if (voice) utterance.voice = voice;
			if (i === texts.length - 1) utterance.onend = () => this.#done(run);
			utterance.onerror = () => this.#done(run);
			speechSynthesis.speak(utterance);
		});
		this.#state = texts.length > 0 ? 'speaking' : 'idle';
	}

	pause(): void {
		if (this.#state !== 'speaking') return;
		speechSynthesis.pause();
		this.#state = 'paused';
	}

	resume(): void {
		if (this.#state !== 'paused') return;
		speechSynthesis.resume();
		this.#state = 'speaking';
	}

	stop(): void {
		if (this.#state === 'idle') return;
		this.#run++;
		speechSynthesis.cancel();
		this.#state = 'idle';
	}

	#done(run: number): void {
		if (run === this.#run) this.#state = 'idle';
	}
}

export type Speech = 'idle' | 'speaking' | 'paused';

/** What the read-aloud controls show: nothing, the buttons, or a note that this language has no voice. */
export interface SpeakerView {
	available: boolean;
	/** The device can speak, but has no voice for this language. */
	missingVoice: boolean;
	state: Speech;
}

/** The part of the browser's speechSynthesis the speaker uses (a test gives its own). */
export interface Synth {
	getVoices(): SpeechSynthesisVoice[];
	speak(utterance: SpeechSynthesisUtterance): void;
	cancel(): void;
	pause(): void;
	resume(): void;
	addEventListener(type: 'voiceschanged', listener: () => void): void;
}
type MakeUtterance = (text: string) => SpeechSynthesisUtterance;

/**
 * Reads a page aloud with the device's own voices (nothing leaves the device). Plain TypeScript, because
 * topic pages run without the app's framework; `onChange` tells the page what to show. Some browsers list
 * their voices a moment after loading, so the view follows `voiceschanged`.
 */
export class Speaker {
	#view: SpeakerView = { available: false, missingVoice: false, state: 'idle' };
	#run = 0;
	readonly #synth: Synth | undefined;
	readonly #utter: MakeUtterance;
	readonly #lang: string;
	readonly #onChange: (view: SpeakerView) => void;

	constructor(
		lang: string,
		onChange: (view: SpeakerView) => void,
		synth: Synth | undefined = globalThis.speechSynthesis,
		utter: MakeUtterance = (text) => new SpeechSynthesisUtterance(text)
	) {
		this.#lang = lang;
		this.#onChange = onChange;
		this.#synth = synth;
		this.#utter = utter;
		if (!synth) return;
		synth.addEventListener('voiceschanged', () => this.#checkVoices());
		this.#checkVoices();
	}

	get view(): SpeakerView {
		return this.#view;
	}

	#set(change: Partial<SpeakerView>): void {
		this.#view = { ...this.#view, ...change };
		this.#onChange(this.#view);
	}

	#checkVoices(): void {
		const available = this.#voice() !== undefined;
		const anyVoice = (this.#synth?.getVoices().length ?? 0) > 0;
		this.#set({ available, missingVoice: !available && anyVoice });
	}

	#voice(): SpeechSynthesisVoice | undefined {
		const lang = this.#lang.toLowerCase();
		const fits = (this.#synth?.getVoices() ?? []).filter(
			(voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === lang
		);
		return fits.find((voice) => voice.localService) ?? fits[0];
	}

	/** Speaks the parts one by one: some engines stop in the middle of one long text. */
	start(parts: string[]): void {
		const synth = this.#synth;
		if (!synth) return;
		synth.cancel();
		const run = ++this.#run;
		const voice = this.#voice();
		const texts = parts.map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean);
		texts.forEach((text, i) => {
			const utterance = this.#utter(text);
			utterance.lang = this.#lang;
			if (voice) utterance.voice = voice;
			if (i === texts.length - 1) utterance.onend = () => this.#done(run);
			utterance.onerror = () => this.#done(run);
			synth.speak(utterance);
		});
		this.#set({ state: texts.length > 0 ? 'speaking' : 'idle' });
	}

	pause(): void {
		if (this.#view.state !== 'speaking') return;
		this.#synth?.pause();
		this.#set({ state: 'paused' });
	}

	resume(): void {
		if (this.#view.state !== 'paused') return;
		this.#synth?.resume();
		this.#set({ state: 'speaking' });
	}

	stop(): void {
		if (this.#view.state === 'idle') return;
		this.#run++;
		this.#synth?.cancel();
		this.#set({ state: 'idle' });
	}

	#done(run: number): void {
		if (run === this.#run) this.#set({ state: 'idle' });
	}
}

import { describe, expect, it } from 'vitest';
import { Speaker, type SpeakerView } from './speaker';

type Voice = Pick<SpeechSynthesisVoice, 'lang' | 'localService' | 'name'>;

/** A device's speech engine, as far as the speaker uses it: it records what it was asked to say. */
function fakeSynth(voices: Voice[]) {
	const listeners: (() => void)[] = [];
	const spoken: { text: string; lang: string; voice?: string }[] = [];
	const utterances: SpeechSynthesisUtterance[] = [];
	const synth = {
		voices,
		getVoices: () => synth.voices as SpeechSynthesisVoice[],
		speak: (u: SpeechSynthesisUtterance & { text: string }) => {
			spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
			utterances.push(u);
		},
		cancel: () => spoken.splice(0),
		pause: () => undefined,
		resume: () => undefined,
		addEventListener: (_: string, listener: () => void) => void listeners.push(listener),
		announce: () => listeners.forEach((l) => l())
	};
	const utter = (text: string) => ({ text, lang: '' }) as unknown as SpeechSynthesisUtterance;
	return { synth, spoken, utterances, utter };
}

/** The engine finished an utterance. */
function end(utterance: SpeechSynthesisUtterance | undefined) {
	utterance?.onend?.call(utterance, {} as SpeechSynthesisEvent);
}

const dutchVoice = { lang: 'nl-NL', localService: true, name: 'Dutch' };
const englishVoice = { lang: 'en-GB', localService: true, name: 'English' };

describe('reading a topic aloud', () => {
	it('offers reading only when the device has a voice for the page language', () => {
		const views: SpeakerView[] = [];
		const { synth, utter } = fakeSynth([englishVoice]);
		const speaker = new Speaker('nl', (view) => views.push(view), synth, utter);
		expect(speaker.view).toEqual({ available: false, missingVoice: true, state: 'idle' });

		// Chrome lists its voices a moment later.
		synth.voices = [englishVoice, dutchVoice];
		synth.announce();
		expect(speaker.view.available).toBe(true);
		expect(views.at(-1)?.missingVoice).toBe(false);
	});

	it('says nothing about voices on a device that cannot speak at all', () => {
		const speaker = new Speaker('ar', () => undefined, undefined);
		expect(speaker.view).toEqual({ available: false, missingVoice: false, state: 'idle' });
	});

	it('speaks the parts one by one in the page language, with a matching voice', () => {
		const { synth, spoken, utter } = fakeSynth([englishVoice, dutchVoice]);
		const speaker = new Speaker('nl', () => undefined, synth, utter);
		speaker.start(['  Huilen  is\n normaal. ', '', 'Wat kun je zelf doen?']);
		expect(spoken).toEqual([
			{ text: 'Huilen is normaal.', lang: 'nl', voice: 'Dutch' },
			{ text: 'Wat kun je zelf doen?', lang: 'nl', voice: 'Dutch' }
		]);
		expect(speaker.view.state).toBe('speaking');
	});

	it('pauses, resumes, stops, and goes back to idle when the last part ends', () => {
		const { synth, utterances, utter } = fakeSynth([dutchVoice]);
		const speaker = new Speaker('nl', () => undefined, synth, utter);
		speaker.start(['Een.', 'Twee.']);
		speaker.pause();
		expect(speaker.view.state).toBe('paused');
		speaker.resume();
		expect(speaker.view.state).toBe('speaking');
		end(utterances.at(-1));
		expect(speaker.view.state).toBe('idle');

		speaker.start(['Drie.']);
		const old = utterances.at(-1);
		speaker.stop();
		expect(speaker.view.state).toBe('idle');
		speaker.start(['Vier.', 'Vijf.']);
		end(old); // the end of a stopped reading does not end the new one
		expect(speaker.view.state).toBe('speaking');
	});
});

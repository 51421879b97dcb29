import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { openQuestions, reviewSheet } from './review-sheet';
import { TopicSchema, type Topic } from './schema';
import { topicFiles } from './topic-files';

const topic = (lang: string, id: string): Topic =>
	v.parse(TopicSchema, topicFiles(lang).find((f) => f.id === id)!.data);

describe('review sheet', () => {
	const dutch = topic('nl', 'loneliness');
	const uk = topic('uk', 'loneliness');

	it('holds every text, every source address, the dates and a place to sign', () => {
		const html = reviewSheet({ dutch, today: '2026-12-06' });
		for (const text of [dutch.answer, ...dutch.normal, ...dutch.yourself, ...dutch.others, dutch.talking])
			expect(html).toContain(text);
		for (const signal of dutch.getHelp) expect(html).toContain(signal.signal);
		for (const source of dutch.sources) expect(html).toContain(`href="${source.url}"`);
		expect(html).toContain(`nagekeken op ${dutch.reviewed}`);
		expect(html).toContain('blad gemaakt op 2026-12-06');
		expect(html).toContain('Nagekeken door');
		// A sheet is read on paper and in a browser: no script, nothing from another site.
		expect(html).not.toMatch(/<script|<link|<img/i);
	});

	it('puts the translation beside the Dutch and marks what is not updated', () => {
		const html = reviewSheet({ dutch, translation: uk, stale: ['normal.1'], today: '2026-12-06' });
		expect(html).toContain(`<td lang="uk" dir="auto">${uk.answer}</td>`);
		expect(html).toMatch(
			/<td lang="uk" dir="auto" class="stale">[^<]+ <strong>\(niet bijgewerkt\)<\/strong>/
		);
		const questions = openQuestions({ dutch, translation: uk, stale: ['normal.1'], today: '' });
		expect(questions).toContain(
			'Niet bijgewerkt: de Nederlandse tekst veranderde na de vertaling bij normal.1.'
		);
		expect(questions.some((q) => q.includes('"ви"'))).toBe(true);
	});

	it('asks about sources still short, and measures idioms', () => {
		const short = topic('nl', 'retirement');
		expect(openQuestions({ dutch: short, today: '' }).join('\n')).toContain('tweede specifieke');
		const idiom = { ...dutch, answer: 'Je hebt een kort lontje.' };
		expect(openQuestions({ dutch: idiom, today: '' }).join('\n')).toContain('kort lontje');
	});

	it('escapes text, so a quote or bracket in a topic cannot break the page', () => {
		const html = reviewSheet({ dutch: { ...dutch, title: 'A <b> & "c"' }, today: '2026-12-06' });
		expect(html).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
	});
});

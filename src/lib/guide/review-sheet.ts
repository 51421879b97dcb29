import { findHardWords } from './hard-words';
import { readability } from './readability';
import type { Topic } from './schema';
import { readableText } from './topic-files';
import { KNOWN_SHORT, LANGUAGE_QUESTIONS, OPEN_QUESTIONS } from './review-notes';

/**
 * A printable review sheet for one topic (issue 17, item 5): everything a medical or native-speaker reviewer
 * needs on paper — the text section by section (the Dutch beside the translation when there is one), the
 * sources with their full addresses, the dates, the measured plainness, and the open questions — with room to
 * tick each part and sign. A plain HTML page without scripts or outside requests; print it from the browser.
 */
export interface SheetInput {
	dutch: Topic;
	/** The translation to review beside the Dutch; none for a Dutch (medical or editorial) review. */
	translation?: Topic;
	/** Translated strings whose Dutch changed since they were translated ("normal.2"). */
	stale?: readonly string[];
	/** The day the sheet is made (yyyy-mm-dd). */
	today: string;
}

const escape = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);

const SECTIONS = [
	['answer', 'Kort antwoord'],
	['normal', 'Wat is normaal?'],
	['yourself', 'Wat kun je zelf doen?'],
	['others', 'Wat kunnen mensen om je heen doen?'],
	['neighbourhood', 'Wat is er in de wijk?'],
	['getHelp', 'Wanneer hulp zoeken?'],
	['talking', 'Soms is praten genoeg']
] as const;

/** The strings of one section as [key, text] ("normal.1"), in reading order. */
function strings(topic: Topic, section: (typeof SECTIONS)[number][0]): [string, string][] {
	if (section === 'answer' || section === 'talking') return [[section, topic[section]]];
	if (section === 'getHelp')
		return topic.getHelp.map((h, i) => [
			`getHelp.${i}.signal`,
			`${h.signal} → ${h.contact}${h.also ? ` + ${h.also}` : ''}`
		]);
	return topic[section].map((text, i) => [`${section}.${i}`, text]);
}

/** What the reviewer should look at first: measured problems and the editors' own questions. */
export function openQuestions(input: SheetInput): string[] {
	const { dutch, translation, stale = [] } = input;
	const out: string[] = [];
	const r = readability(readableText(dutch), 'nl');
	if (r.wordsPerSentence > 12 || r.score < 65)
		out.push(
			`Leesbaarheid: ${r.wordsPerSentence.toFixed(1)} woorden per zin, Flesch-Douma ${r.score.toFixed(0)}.`
		);
	const hard = findHardWords([dutch.title, readableText(dutch)].join('\n'));
	if (hard.length) out.push(`Moeilijke woorden of uitdrukkingen: ${hard.join(', ')}.`);
	if (KNOWN_SHORT.includes(dutch.id))
		out.push(
			'Bronnen: er is nog geen tweede specifieke, nagekeken Nederlandse pagina. Welke pagina zegt dit?'
		);
	out.push(...(OPEN_QUESTIONS[dutch.id] ?? []));
	if (translation) {
		if (stale.length)
			out.push(`Niet bijgewerkt: de Nederlandse tekst veranderde na de vertaling bij ${stale.join(', ')}.`);
		if (translation.translation !== 'checked')
			out.push('Deze vertaling is nog niet door een moedertaalspreker nagekeken.');
		out.push(...(LANGUAGE_QUESTIONS[translation.lang] ?? []));
	}
	return out;
}

export function reviewSheet(input: SheetInput): string {
	const { dutch, translation, stale = [], today } = input;
	const lang = translation?.lang;
	const side = (text: string, own?: string, isStale = false) =>
		translation
			? `<td lang="nl">${escape(text)}</td><td lang="${lang}" dir="auto"${isStale ? ' class="stale"' : ''}>${escape(own ?? '')}${isStale ? ' <strong>(niet bijgewerkt)</strong>' : ''}</td>`
			: `<td lang="nl">${escape(text)}</td>`;
	const rows = SECTIONS.map(([section, label]) => {
		const own = translation ? new Map(strings(translation, section)) : undefined;
		const body = strings(dutch, section)
			.map(
				([key, text]) =>
					`<tr><th scope="row">${escape(key)}</th>${side(text, own?.get(key), stale.includes(key))}<td class="tick">☐</td></tr>`
			)
			.join('\n');
		return `<tbody><tr><th colspan="${translation ? 4 : 3}" class="section">${escape(label)}</th></tr>\n${body}</tbody>`;
	}).join('\n');
	const questions = openQuestions(input);
	const title = `${escape(dutch.title)}${translation ? ` — ${escape(translation.title)} (${lang})` : ''}`;
	return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<title>Review: ${title}</title>
<style>
body { font: 11pt/1.4 system-ui, sans-serif; margin: 1.5cm; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 4px 6px; vertical-align: top; text-align: start; }
th.section { background: #eee; font-size: 12pt; }
td.tick { width: 2em; text-align: center; }
.stale { background: #fff3cd; }
a::after { content: " (" attr(href) ")"; overflow-wrap: anywhere; }
.sign { margin-top: 1.5em; }
@media print { body { margin: 0; } tr { break-inside: avoid; } }
</style>
</head>
<body>
<h1>Review: ${title}</h1>
<p>Onderwerp <code>${escape(dutch.id)}</code> · nagekeken op ${escape(dutch.reviewed)} · blad gemaakt op ${escape(today)}${translation ? ` · vertaling: ${escape(translation.translation)}` : ''}</p>
<p>Vink elk stuk af dat klopt. Schrijf ernaast wat anders moet. Zet een streep door wat weg moet.</p>
<table>
<thead><tr><th scope="col">Plek</th><th scope="col">Nederlands</th>${translation ? `<th scope="col">${escape(lang ?? '')}</th>` : ''}<th scope="col">Klopt</th></tr></thead>
${rows}
</table>
<h2>Bronnen</h2>
<ol>
${dutch.sources.map((s) => `<li><a href="${escape(s.url)}">${escape(s.name)}</a> ☐ bevat wat wij zeggen</li>`).join('\n')}
</ol>
<h2>Open vragen</h2>
${questions.length ? `<ol>\n${questions.map((q) => `<li>${escape(q)}</li>`).join('\n')}\n</ol>` : '<p>Geen.</p>'}
<h2>Afspraken</h2>
<p>Zoekwoorden (niet zichtbaar, voor het zoeken): ${escape(dutch.keywords.join(', '))}</p>
<div class="sign">
<p>Nagekeken door (naam, functie of taal): ____________________________</p>
<p>Datum: ______________ &nbsp; Handtekening: ______________________</p>
</div>
</body>
</html>
`;
}

import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { findHardWords } from './hard-words';
import { readability } from './readability';
import { TopicSchema } from './schema';
import { readableText, topicFiles } from './topic-files';

/**
 * Plain language, measured. Flesch scores are aids, not judges (FACTS.md): these limits catch
 * a topic that drifts into long sentences or heavy words; a person still reads every text.
 * Dutch aims at B1: at most 12 words a sentence on average, Flesch-Douma at least 65.
 * English sentences run a little longer for the same content (articles, "do"), so 14.
 */
const LIMITS = {
	nl: { wordsPerSentence: 12, score: 65 },
	en: { wordsPerSentence: 14, score: 65 }
} as const;

for (const lang of ['nl', 'en'] as const) {
	describe(`readability of ${lang} guide topics`, () => {
		for (const file of topicFiles(lang)) {
			it(`${file.id} is plain (≤ ${LIMITS[lang].wordsPerSentence} words a sentence, score ≥ ${LIMITS[lang].score})`, () => {
				const r = readability(readableText(v.parse(TopicSchema, file.data)), lang);
				expect(r.wordsPerSentence, `words per sentence ${JSON.stringify(r)}`).toBeLessThanOrEqual(
					LIMITS[lang].wordsPerSentence
				);
				expect(r.score, `reading ease ${JSON.stringify(r)}`).toBeGreaterThanOrEqual(LIMITS[lang].score);
			});
		}
	});
}

describe('officialese in Dutch topics', () => {
	for (const file of topicFiles('nl')) {
		it(`${file.id} uses no officialese`, () => {
			const topic = v.parse(TopicSchema, file.data);
			expect(findHardWords([topic.title, readableText(topic)].join('\n'))).toEqual([]);
		});
	}
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { readRecord } from '../i18n/source-files';
import { staleKeys, topicStrings } from '../i18n/source-stamp';
import { reviewSheet } from './review-sheet';
import { TopicSchema } from './schema';
import { topicFiles } from './topic-files';

/*
 * npm run guide:review                    a Dutch review sheet for every topic, in review-sheets/
 * npm run guide:review -- grief sleep-stress   only these topics
 * npm run guide:review -- --lang uk grief     the Ukrainian text beside the Dutch, for a native speaker
 * Open a sheet in a browser and print it (README "Reviewing the guide").
 */
const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : undefined;
const ids = args.filter((a, i) => !a.startsWith('--') && (langAt < 0 || i !== langAt + 1));
const parse = (lang: string) => new Map(topicFiles(lang).map((f) => [f.id, v.parse(TopicSchema, f.data)]));
const dutch = parse('nl');
const translated = lang ? parse(lang) : undefined;
const record = lang ? readRecord(lang) : {};
const today = new Date().toISOString().slice(0, 10);
const out = 'review-sheets';
mkdirSync(out, { recursive: true });
for (const [id, topic] of dutch) {
	if (ids.length && !ids.includes(id)) continue;
	const translation = translated?.get(id);
	if (lang && !translation) {
		console.error(`${id}: no ${lang} translation`);
		continue;
	}
	const stale = translation
		? staleKeys(topicStrings(topic), topicStrings(translation), record[`guide/${id}`])
		: [];
	const file = join(out, `${id}${lang ? `.${lang}` : ''}.html`);
	writeFileSync(file, reviewSheet({ dutch: topic, translation, stale, today }));
	console.log(file);
}

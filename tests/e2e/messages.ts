import { readdirSync, readFileSync } from 'node:fs';
import type { Lang } from './fixtures';

interface Shell {
	nav: { label: string };
	rooms: Record<string, { title: string }>;
}

/** The shell texts as the translator wrote them for this language. */
export function shellIn(lang: Lang): Shell {
	return JSON.parse(readFileSync(`messages/${lang}/common.json`, 'utf8')) as Shell;
}

/**
 * Literal pieces (20+ characters) of every Dutch interface text that the Arabic files do not keep on
 * purpose (organisation names such as "113 Zelfmoordpreventie" stay Dutch): none may show in Arabic.
 */
export function dutchInterfaceTexts(): string[] {
	const out = new Set<string>();
	const walk = (value: unknown): void => {
		if (typeof value === 'string') {
			for (const piece of value.split(/{{[^}]*}}|<[^>]*>/))
				if (piece.trim().length >= 20) out.add(piece.trim());
		} else if (value && typeof value === 'object') {
			Object.values(value).forEach(walk);
		}
	};
	const files = readdirSync('messages/nl').filter((f) => f.endsWith('.json'));
	for (const file of files) walk(JSON.parse(readFileSync(`messages/nl/${file}`, 'utf8')));
	const arabic = files.map((file) => readFileSync(`messages/ar/${file}`, 'utf8')).join('\n');
	return [...out].filter((piece) => !arabic.includes(piece));
}

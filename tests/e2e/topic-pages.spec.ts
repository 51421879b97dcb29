import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
	expect,
	expectNoAxeViolations,
	LANGS,
	ready,
	switchPrefs,
	test,
	usePrefs,
	widerThanScreen
} from './fixtures';

/*
 * Guide topics are prerendered pages of their own, one per language (/gids/<id>/<lang>/), with their own
 * header markup and script: every-route.spec.ts does not reach them. One test per language walks a sample
 * of its topic pages (E2E_ALL_TOPICS=1 walks all 31): the two longest titles in that language, a topic with
 * an emergency line, and one more that differs per language, so the six tests together cover ten topics.
 */

interface TopicFile {
	id: string;
	title: string;
	getHelp: { contact: string }[];
}

function topicsIn(lang: string): TopicFile[] {
	const dir = join('messages', lang, 'guide');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as TopicFile);
}

function sample(lang: string, index: number): TopicFile[] {
	const topics = topicsIn(lang);
	if (process.env.E2E_ALL_TOPICS) return topics;
	const longest = [...topics].sort((a, b) => b.title.length - a.title.length).slice(0, 2);
	const withCall = topics.find((t) => t.getHelp.some((h) => h.contact === 'emergency'));
	const rotating = topics[(index * 5) % topics.length];
	const picked = [...longest, withCall, rotating].filter((t): t is TopicFile => !!t);
	return [...new Map(picked.map((t) => [t.id, t])).values()];
}

/** The header's links and buttons smaller than 44 × 44 px, by name and size. */
function smallHeaderTargets(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll('header a, header button')]
			.filter((el) => (el as HTMLElement).offsetParent !== null)
			.map((el) => ({
				text: el.textContent?.trim() || el.getAttribute('aria-label'),
				box: el.getBoundingClientRect()
			}))
			.filter(({ box }) => box.width < 44 || box.height < 44)
			.map(({ text, box }) => `${text} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`)
	);
}

LANGS.forEach((lang, index) => {
	test(`topic pages in ${lang}: no axe violations at 360 px, the header holds at 320 px with 200% text`, async ({
		page
	}) => {
		const topics = sample(lang, index);
		expect(topics.length, `${lang} topics`).toBeGreaterThan(2);
		test.setTimeout(30_000 + topics.length * 5_000);
		await page.setViewportSize({ width: 360, height: 800 });
		await usePrefs(page, { lang });
		const path = (id: string) => (lang === 'nl' ? `/gids/${id}/` : `/gids/${id}/${lang}/`);
		for (const topic of topics) {
			const where = `${path(topic.id)} at 360 px`;
			const response = await page.goto(path(topic.id));
			expect.soft(response?.status(), where).toBe(200);
			await ready(page, lang);
			await expect.soft(page.getByRole('heading', { level: 1 }), where).toHaveText(topic.title);
			expect.soft(await smallHeaderTargets(page), `${where}: header targets`).toEqual([]);
			expect.soft(await widerThanScreen(page), where).toEqual([]);
			await expectNoAxeViolations(page, where, { soft: true });
		}
		// The header with this language's labels at the narrowest screen and the largest text: the same on
		// every topic, so the page with the longest title stands for all.
		await page.goto(path(topics[0]!.id));
		await page.setViewportSize({ width: 320, height: 700 });
		await switchPrefs(page, { lang, textScale: 2 });
		await ready(page, lang);
		await expect(page.locator('html')).toHaveCSS('font-size', '32px');
		const where = `${path(topics[0]!.id)} at 320 px, 200% text`;
		expect.soft(await smallHeaderTargets(page), `${where}: header targets`).toEqual([]);
		expect.soft(await widerThanScreen(page), where).toEqual([]);
		await expectNoAxeViolations(page, where, { soft: true });
	});
});

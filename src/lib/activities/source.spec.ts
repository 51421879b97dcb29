import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFeed } from './source';

const good = readFileSync(new URL('./testing/fixtures/good.json', import.meta.url), 'utf8');
const answer = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;
const failing = (async () => {
	throw new TypeError('Failed to fetch');
}) as typeof fetch;

describe('loading the feed', () => {
	it('keeps the last good copy and falls back to it when the feed breaks or is unreachable', async () => {
		const url = 'https://feed.example/one.json';
		const first = await loadFeed({ url, online: true, fetcher: answer(good), now: 1_000 });
		expect(first).toMatchObject({ fromCopy: false, fetchedAt: 1_000 });
		expect(first.problem).toBeUndefined();
		expect(first.feed?.activities).toHaveLength(2);

		const broken = await loadFeed({ url, online: true, fetcher: answer('<html>oops</html>') });
		expect(broken).toMatchObject({ fromCopy: true, fetchedAt: 1_000, problem: 'not-json' });
		expect(broken.feed?.activities).toHaveLength(2);

		expect(await loadFeed({ url, online: true, fetcher: answer('', 500) })).toMatchObject({
			fromCopy: true,
			problem: 'unreachable'
		});
		expect(await loadFeed({ url, online: true, fetcher: failing })).toMatchObject({
			fromCopy: true,
			problem: 'unreachable'
		});
		expect(await loadFeed({ url, online: false, fetcher: failing })).toMatchObject({
			fromCopy: true,
			fetchedAt: 1_000,
			problem: 'offline'
		});
	});

	it('says what is wrong when there is no copy yet', async () => {
		const url = 'https://feed.example/two.json';
		expect(await loadFeed({ url, online: true, fetcher: answer('{"services": []}') })).toEqual({
			fromCopy: false,
			problem: 'empty'
		});
		expect(await loadFeed({ url, online: false, fetcher: failing })).toEqual({
			fromCopy: false,
			problem: 'offline'
		});
	});

	it('can load without touching storage', async () => {
		const url = 'https://feed.example/four.json';
		expect(
			(await loadFeed({ url, online: true, fetcher: answer(good), keep: false })).feed?.activities
		).toHaveLength(2);
		expect(await loadFeed({ url, online: true, fetcher: failing })).toEqual({
			fromCopy: false,
			problem: 'unreachable'
		});
	});

	it('refuses a feed that says it is huge before reading it', async () => {
		const huge = (async () =>
			new Response('[]', { headers: { 'content-length': String(50 * 1024 * 1024) } })) as typeof fetch;
		expect(await loadFeed({ url: 'https://feed.example/three.json', online: true, fetcher: huge })).toEqual({
			fromCopy: false,
			problem: 'too-big'
		});
	});
});

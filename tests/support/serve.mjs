// A small static server for the built app, used by the end-to-end tests and the benchmark.
// It serves build/ like any static host would, plus two test-only switches:
//   POST /__test__/bump-sw        serves sw.js with an extra comment, so the browser sees a new version
//   POST /__test__/reset          back to the built files
// Extra static files for tests can be served from tests/fixtures/served/ under /__fixtures__/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.env.SERVE_ROOT ?? 'build');
const fixtures = resolve('tests/fixtures/served');
const port = Number(process.env.PORT ?? 4173);
const host = '127.0.0.1';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

let swBump = 0;

async function fileFor(pathname) {
	const base = pathname.startsWith('/__fixtures__/') ? fixtures : root;
	const relative = pathname.startsWith('/__fixtures__/') ? pathname.slice('/__fixtures__'.length) : pathname;
	const candidate = normalize(join(base, decodeURIComponent(relative)));
	if (!candidate.startsWith(base)) return null;
	for (const path of [candidate, join(candidate, 'index.html'), `${candidate}.html`]) {
		try {
			if ((await stat(path)).isFile()) return path;
		} catch {
			// try the next form
		}
	}
	return null;
}

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', `http://${host}:${port}`);
	if (req.method === 'POST' && url.pathname === '/__test__/bump-sw') {
		swBump++;
		res.writeHead(204).end();
		return;
	}
	if (req.method === 'POST' && url.pathname === '/__test__/reset') {
		swBump = 0;
		res.writeHead(204).end();
		return;
	}
	// A directory without its trailing slash redirects, as static hosts do.
	const path = await fileFor(url.pathname);
	if (!path) {
		const notFound = await fileFor('/404.html');
		res.writeHead(404, { 'content-type': TYPES['.html'] });
		res.end(notFound ? await readFile(notFound) : 'Not found');
		return;
	}
	if (path.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
		res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	let body = await readFile(path);
	if (path === join(root, 'sw.js') && swBump > 0)
		body = Buffer.concat([body, Buffer.from(`\n// test version ${swBump}\n`)]);
	const type = TYPES[extname(path)] ?? 'application/octet-stream';
	const headers = {
		'content-type': type,
		// Hashed assets never change; everything else is checked each time (the service worker does the caching).
		'cache-control': path.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
	};
	if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|json|javascript|svg|manifest/.test(type)) {
		body = gzipSync(body);
		headers['content-encoding'] = 'gzip';
	}
	headers['content-length'] = String(body.length);
	res.writeHead(200, headers);
	res.end(req.method === 'HEAD' ? undefined : body);
});

// Node closes idle keep-alive sockets after 5 s; a test client reusing one at that moment gets ECONNRESET
// ('socket hang up' on POST /__test__/bump-sw under load). Keep them open longer than any test.
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;
server.listen(port, host, () => console.log(`Serving ${root} on http://${host}:${port}/`));

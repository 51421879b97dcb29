// npm run bench: builds the app, serves it, and measures what a resident on a cheap phone would feel.
// Prints a table and JSON (also written to bench-results/bench.json). Budgets come from the issues;
// a row over budget is marked, but the benchmark never fails a build: numbers are for people to read.
//   --no-build        measure the existing build/
//   --no-lighthouse   skip Lighthouse (about 15 s per route)
//   --only=network    measure one room's bench only (tests/bench/network.bench.mjs), without the routes
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { firstVisitBytes, MAIN_ROUTES } from './measure.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const args = new Set(process.argv.slice(2));
const only = process.argv
	.slice(2)
	.find((a) => a.startsWith('--only='))
	?.slice('--only='.length);
const port = Number(process.env.BENCH_PORT ?? 4300);
const baseURL = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

const KiB = 1024;
const rows = [];
const add = (section, metric, value, unit, budget, better = 'lower') =>
	rows.push({ section, metric, value, unit, budget, better });

function startServer() {
	const server = spawn(process.execPath, [join(here, '..', 'support', 'serve.mjs')], {
		cwd: root,
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		server.stdout.once('data', () => resolve(server));
		server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
}

function lighthouse(url) {
	const out = execFileSync(
		join(root, 'node_modules', '.bin', 'lighthouse'),
		[
			url,
			'--output=json',
			'--quiet',
			'--form-factor=mobile',
			'--only-categories=performance,accessibility,best-practices',
			`--chrome-flags=${chromeFlags.join(' ')}`
		],
		{ env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 }
	);
	const report = JSON.parse(out.toString());
	return {
		performance: report.categories.performance.score,
		accessibility: report.categories.accessibility.score,
		bestPractices: report.categories['best-practices'].score,
		lcp: report.audits['largest-contentful-paint'].numericValue,
		tbt: report.audits['total-blocking-time'].numericValue,
		cls: report.audits['cumulative-layout-shift'].numericValue
	};
}

function format(row) {
	const value =
		row.unit === 'B'
			? `${(row.value / KiB).toFixed(1)} KiB`
			: row.unit === 'score'
				? row.value.toFixed(2)
				: `${Number(row.value.toFixed(2))} ${row.unit}`;
	const budget =
		row.budget === undefined
			? ''
			: row.unit === 'B'
				? `${(row.budget / KiB).toFixed(0)} KiB`
				: `${row.budget} ${row.unit === 'score' ? '' : row.unit}`.trim();
	const over =
		row.budget !== undefined && (row.better === 'higher' ? row.value < row.budget : row.value > row.budget);
	return {
		section: row.section,
		metric: row.metric,
		value,
		budget,
		ok: row.budget === undefined ? '' : over ? 'OVER' : 'ok'
	};
}

async function main() {
	if (!args.has('--no-build')) execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	const server = await startServer();
	const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags.slice(1) });
	try {
		for (const route of only ? [] : MAIN_ROUTES) {
			const bytes = await firstVisitBytes(browser, baseURL + route);
			add(`first visit ${route}`, 'HTML+CSS+JS (gzip)', bytes.total, 'B', 100 * KiB);
			add(`first visit ${route}`, 'of which JS', bytes.js, 'B');
		}
		if (!args.has('--no-lighthouse') && !only) {
			for (const route of MAIN_ROUTES) {
				const lh = lighthouse(baseURL + route);
				const section = `lighthouse ${route}`;
				add(section, 'performance', lh.performance, 'score', 0.95, 'higher');
				add(section, 'accessibility', lh.accessibility, 'score', 0.95, 'higher');
				add(section, 'best practices', lh.bestPractices, 'score');
				add(section, 'LCP', lh.lcp, 'ms');
				add(section, 'TBT', lh.tbt, 'ms');
				add(section, 'CLS', lh.cls, '');
			}
		}
		// Each room adds its own measurements as tests/bench/<room>.bench.mjs.
		for (const file of readdirSync(here)
			.filter((f) => f.endsWith('.bench.mjs') && (!only || f === `${only}.bench.mjs`))
			.sort()) {
			const module = await import(pathToFileURL(join(here, file)).href);
			try {
				for (const row of await module.run({ browser, baseURL, lighthouse })) {
					add(module.title ?? file, row.metric, row.value, row.unit, row.budget, row.better);
				}
			} catch (error) {
				console.error(`bench ${file} failed:`, error);
				add(module.title ?? file, 'FAILED', NaN, '');
			}
		}
	} finally {
		await browser.close();
		server.kill();
	}
	console.table(rows.map(format));
	mkdirSync(join(root, 'bench-results'), { recursive: true });
	writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify(rows, null, '\t'));
	console.log(JSON.stringify(rows));
}

await main();

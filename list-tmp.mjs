import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const context = await browser.newContext({ serviceWorkers: 'block', locale: 'nl-NL' });
const page = await context.newPage();
const rows = [];
page.on('requestfinished', async (r) => { const s = await r.sizes(); rows.push([r.resourceType(), s.responseBodySize, r.url().replace('http://127.0.0.1:4180', '')]); });
await page.goto('http://127.0.0.1:4180' + (process.argv[2] ?? '/wijk/'), { waitUntil: 'networkidle' });
await new Promise((r) => setTimeout(r, 500));
rows.sort((a, b) => b[1] - a[1]);
let t = 0; for (const r of rows) { if (['script','stylesheet','document'].includes(r[0])) t += r[1]; console.log(r[0].padEnd(10), String(r[1]).padStart(7), r[2]); }
console.log('total', t);
await browser.close();

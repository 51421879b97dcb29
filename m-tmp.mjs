import { chromium } from '@playwright/test';
import { firstVisitBytes, MAIN_ROUTES } from './tests/bench/measure.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const r of MAIN_ROUTES) { const b = await firstVisitBytes(browser, 'http://127.0.0.1:4181' + r); console.log(r, (b.total/1024).toFixed(1), 'js', (b.js/1024).toFixed(1), 'css', (b.css/1024).toFixed(1)); }
await browser.close();

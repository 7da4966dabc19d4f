import { chromium } from '@playwright/test';
const [,, url, out, width] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width ?? 390), height: Number(process.env.H ?? 1000) } });
if (process.env.COOKIE) await page.context().addCookies([{ name: 'authjs.session-token', value: process.env.COOKIE, url }]);
await page.goto(url);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();

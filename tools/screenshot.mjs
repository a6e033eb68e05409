// Screenshots of pages at desktop, 390 px phone (light and dark) and 1080×1920 kiosk sizes, for looking at what we build.
//   node tools/screenshot.mjs http://127.0.0.1:8090 /options/methadone /safety ...   → screenshots/*.png
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [base, ...paths] = process.argv.slice(2);
const sizes = { desktop: [1280, 900], phone: [390, 844], 'phone-dark': [390, 844], kiosk: [1080, 1920] };
const out = process.env.SHOT_DIR || 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
for (const path of paths.length ? paths : ['/']) {
  for (const [name, [width, height]] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: name.endsWith('dark') ? 'dark' : 'light' });
    page.on('console', (m) => { if (m.type() === 'error') console.log(`[${path} ${name}] console: ${m.text()}`); });
    await page.goto(base + path);
    await page.waitForSelector('html[data-app="ready"] main h1');
    const file = `${out}/${(path.replace(/\//g, '_') || '_') }-${name}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    await page.close();
  }
}
await browser.close();

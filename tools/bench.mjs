// Speed and memory benchmark (on demand; not part of the pass/fail tests). Run: ./x bench
//
// In headless Chromium with 4x CPU throttling, for the start page and an option page, in English and at their
// Spanish addresses (/es/…):
//   (a) OwnPath as built, and (b) the same prerendered page with its scripts removed,
// both served by one plain static server in the same run. Several runs each; medians and the ratio a/b for
// first contentful paint (FCP), "right language visible" (the first frame whose <html lang> and main heading are
// the page's language; for plain HTML that is its first paint), and time to interactive (the app marks
// html[data-app=ready]; plain HTML is interactive at load). A last row shows the English address asked for in
// Spanish (`?lang=es`), which the app moves to the Spanish address: before issue 17 that was the only way in. Then route changes inside the app (p50/p95), and JS heap plus wasm memory before and
// after 500 kiosk resets. Prints tables.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.RUNS || 7);
const RESETS = Number(process.env.RESETS || 500);
const PORT = 8097;
const THROTTLE = 4;

// One folder: the app under /app/, the script-free copy under /plain/.
const root = mkdtempSync(join(tmpdir(), 'ownpath-bench-'));
cpSync('dist', join(root, 'app'), { recursive: true });
cpSync('dist', join(root, 'plain'), { recursive: true });
(function strip(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) strip(path);
    else if (name.endsWith('.html')) {
      const html = readFileSync(path, 'utf8')
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
      writeFileSync(path, html);
    }
  }
})(join(root, 'plain'));

const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const base = `http://127.0.0.1:${PORT}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * p))]; };
const ms = (x) => `${x.toFixed(0)} ms`;

async function freshPage() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return { context, page, cdp };
}

async function measureLoad(url, isApp, want) {
  const { context, page } = await freshPage();
  // From the first moment of the document: note the first frame that shows the wanted language and heading.
  await page.addInitScript((want) => {
    const look = () => {
      const h1 = document.querySelector('main h1');
      if (document.documentElement.lang === want.lang && h1 && h1.textContent.trim() === want.h1) {
        window.__rightLanguage = performance.now();
      } else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, want);
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  if (isApp) await page.waitForSelector('html[data-app="ready"]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__rightLanguage !== undefined, null, { timeout: 60_000 });
  const result = await page.evaluate(async (isApp) => {
    const ready = isApp ? performance.now() : performance.getEntriesByType('navigation')[0].loadEventEnd;
    // The paint entry can land just after load: wait for it (buffered, so an earlier one counts too).
    const fcp = await new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(NaN), 5000);
    });
    // Nothing shows before the first paint: the right language is visible at the later of the two.
    return { fcp, tti: ready, lang: Math.max(fcp, window.__rightLanguage) };
  }, isApp);
  // For the app, interactive is when it marked itself ready; performance.now() above was read after that.
  if (isApp) result.tti = Math.min(result.tti, Date.now() - start);
  await context.close();
  return result;
}

console.log(`OwnPath benchmark — headless Chromium, ${THROTTLE}x CPU throttling, ${RUNS} runs each, medians\n`);
const rows = [];
const PAGES = [
  ['start page, English', '/', '/', { lang: 'en', h1: 'Your path, your choice' }],
  ['option page, English', '/options/methadone/', '/options/methadone/', { lang: 'en', h1: 'Methadone' }],
  ['start page, Spanish (/es/)', '/es/', '/es/', { lang: 'es', h1: null }],
  ['option page, Spanish (/es/)', '/es/options/methadone/', '/es/options/methadone/', { lang: 'es', h1: 'Metadona' }],
  ['option page, ?lang=es', '/options/methadone/?lang=es', '/es/options/methadone/', { lang: 'es', h1: 'Metadona' }],
];
// The start page's heading, read from the built pages, so the table follows the content.
for (const row of PAGES) {
  if (row[3].h1 === null || row[0].startsWith('start page, English')) {
    const html = readFileSync(join('dist', row[2], 'index.html'), 'utf8');
    row[3].h1 = html.match(/<main[^>]*>[\s\S]*?<h1[^>]*>([^<]*)<\/h1>/)[1].trim();
  }
}
for (const [name, path, plainPath, want] of PAGES) {
  const app = [], plain = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await measureLoad(`${base}/app${path}`, true, want));
    plain.push(await measureLoad(`${base}/plain${plainPath}`, false, want));
  }
  const pick = (runs) => ({ fcp: median(runs.map((r) => r.fcp)), lang: median(runs.map((r) => r.lang)), tti: median(runs.map((r) => r.tti)) });
  rows.push([name, pick(app), pick(plain)]);
}
console.log('| page | FCP OwnPath (a) | FCP plain (b) | a/b | right language OwnPath (a) | plain (b) | a/b | interactive OwnPath (a) | plain (b) | a/b |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const [name, a, b] of rows) {
  console.log(`| ${name} | ${ms(a.fcp)} | ${ms(b.fcp)} | ${(a.fcp / b.fcp).toFixed(2)} | ${ms(a.lang)} | ${ms(b.lang)} | ${(a.lang / b.lang).toFixed(2)} | ${ms(a.tti)} | ${ms(b.tti)} | ${(a.tti / b.tti).toFixed(2)} |`);
}

// Route changes inside the app: click between pages, time from click to the new heading.
{
  const { context, page } = await freshPage();
  await page.goto(`${base}/app/`);
  await page.waitForSelector('html[data-app="ready"]');
  const targets = ['Options', 'Compare', 'What matters to me', 'Stories', 'Staying safer', 'My summary'];
  const times = [];
  for (let i = 0; i < 60; i++) {
    const name = targets[i % targets.length];
    const before = await page.locator('main h1').innerText();
    const t = await page.evaluate(async ({ name, before }) => {
      const link = [...document.querySelectorAll('header nav a')].find((a) => a.textContent.trim() === name);
      const start = performance.now();
      link.click();
      while (document.querySelector('main h1')?.textContent === before) await new Promise(requestAnimationFrame);
      return performance.now() - start;
    }, { name, before });
    times.push(t);
  }
  console.log(`\nRoute change inside the app (${times.length} changes, ${THROTTLE}x throttling): p50 ${ms(pct(times, 0.5))}, p95 ${ms(pct(times, 0.95))}`);
  await context.close();
}

// Memory across kiosk resets.
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  await page.goto(`${base}/app/?mode=kiosk`);
  await page.waitForSelector('html[data-app="ready"]');
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return page.evaluate(() => ({ heap: performance.memory.usedJSHeapSize, wasm: Object.values(window.__wasm ?? {}).find((v) => v instanceof WebAssembly.Memory)?.buffer?.byteLength ?? NaN }));
  };
  const cycle = async () => {
    await page.locator('.kiosk-start__go').click();
    await page.locator('header nav a[href*="/matters"]').click(); // a kiosk's links keep ?mode=kiosk
    await page.locator('.statements fieldset').first().locator('label').last().click();
    await page.locator('.quick-exit__button').click();
    await page.locator('.kiosk-start__go').waitFor();
  };
  await cycle();
  const first = await measure();
  for (let i = 1; i < RESETS; i++) await cycle();
  const last = await measure();
  const kb = (x) => `${(x / 1024).toFixed(0)} KB`;
  console.log(`\nMemory after 1 and after ${RESETS} kiosk resets (after garbage collection):`);
  console.log('| | after 1 | after ' + RESETS + ' | change |');
  console.log('|---|---|---|---|');
  console.log(`| JS heap | ${kb(first.heap)} | ${kb(last.heap)} | ${kb(last.heap - first.heap)} |`);
  console.log(`| wasm memory | ${kb(first.wasm)} | ${kb(last.wasm)} | ${kb(last.wasm - first.wasm)} |`);
  const growth = last.heap - first.heap + (last.wasm - first.wasm);
  console.log(`Total growth: ${kb(growth)} (${growth <= 1024 * 1024 ? 'within' : 'OVER'} the 1 MB allowance)`);
  await context.close();
}

await browser.close();
server.kill();

// Speed and memory benchmark (on demand; not part of the pass/fail tests). Run: ./x bench
//
// In headless Chromium with 4x CPU throttling, for the start page and an option page:
//   (a) OwnPath as built, and (b) the same prerendered page with its scripts removed,
// both served by one plain static server in the same run. Several runs each; medians and the ratio a/b for
// first contentful paint (FCP) and time to interactive (the app marks html[data-app=ready]; plain HTML is
// interactive at load). Then route changes inside the app (p50/p95), and JS heap plus wasm memory before and
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

async function measureLoad(url, isApp) {
  const { context, page } = await freshPage();
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  if (isApp) await page.waitForSelector('html[data-app="ready"]', { timeout: 60_000 });
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
    return { fcp, tti: ready };
  }, isApp);
  // For the app, interactive is when it marked itself ready; performance.now() above was read after that.
  if (isApp) result.tti = Math.min(result.tti, Date.now() - start);
  await context.close();
  return result;
}

console.log(`OwnPath benchmark — headless Chromium, ${THROTTLE}x CPU throttling, ${RUNS} runs each, medians\n`);
const rows = [];
for (const [name, path] of [['start page', '/'], ['option page', '/options/methadone/']]) {
  const app = [], plain = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await measureLoad(`${base}/app${path}`, true));
    plain.push(await measureLoad(`${base}/plain${path}`, false));
  }
  const a = { fcp: median(app.map((r) => r.fcp)), tti: median(app.map((r) => r.tti)) };
  const b = { fcp: median(plain.map((r) => r.fcp)), tti: median(plain.map((r) => r.tti)) };
  rows.push([name, a, b]);
}
console.log('| page | FCP OwnPath (a) | FCP plain HTML (b) | a/b | interactive OwnPath (a) | interactive plain (b) | a/b |');
console.log('|---|---|---|---|---|---|---|');
for (const [name, a, b] of rows) {
  console.log(`| ${name} | ${ms(a.fcp)} | ${ms(b.fcp)} | ${(a.fcp / b.fcp).toFixed(2)} | ${ms(a.tti)} | ${ms(b.tti)} | ${(a.tti / b.tti).toFixed(2)} |`);
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

// Speed and memory benchmark (on demand; not part of the pass/fail tests). Run: ./x bench
//
// In headless Chromium with 4x CPU throttling, for the start page and an option page, in English and at their
// Spanish addresses (/es/…):
//   (a) OwnPath as built, and (b) the same prerendered page with its scripts removed,
// both served by one plain static server in the same run. Several runs each; medians and the ratio a/b for
// first contentful paint (FCP), "right language visible" (the first frame whose <html lang> and main heading are
// the page's language; for plain HTML that is its first paint), and time to interactive (the app marks
// html[data-app=ready], as the page itself saw it; plain HTML is interactive at the end of its load event). A last row shows the English address asked for in
// Spanish (`?lang=es`), which the app moves to the Spanish address: before issue 17 that was the only way in. Then route changes inside the app (p50/p95), answer changes on /matters and /compare (p50/p95), and JS heap plus wasm memory before and
// after 500 kiosk resets. Prints tables.
//
// The waterfall (issue 26): for the same four pages, where the app's time goes, as medians of the app's runs:
// the HTML in, the wasm downloaded, the wasm compiled, instantiated and started (Trunk's TrunkApplicationStarted),
// the content parts and site.json in (the last of those asked for before ready), hydration (the first to the last
// change of the page's DOM after the wasm started), and the first effects (until the app marks itself ready).
// Then the bytes: what the server sent before ready and until the network is quiet (no request for 1.5 s), and a
// first visit with the offline worker on, each counted from the server's own log of requests and priced as a server
// with gzip_static would send them: the build's .gz copy of each file (zopfli), gzip -9 where there is none, as
// tools/size.py does.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
    if (!existsSync(path)) continue; // a page's compressed copy, removed with the page below
    if (statSync(path).isDirectory()) strip(path);
    else if (name.endsWith('.html')) {
      const html = readFileSync(path, 'utf8')
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
      writeFileSync(path, html);
      // Its compressed copies are of the page before the scripts came out.
      for (const copy of [`${path}.gz`, `${path}.br`]) rmSync(copy, { force: true });
    }
  }
})(join(root, 'plain'));

// tools/serve.py wants an index.html at its root; it logs each request to stderr with SERVE_LOG set: the bytes are counted from that log.
writeFileSync(join(root, 'index.html'), '');
const served = [];
const server = spawn('python3', ['tools/serve.py', root, '--port', String(PORT)], {
  stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SERVE_LOG: '1' },
});
server.stderr.setEncoding('utf8');
let partial = '';
server.stderr.on('data', (chunk) => {
  const lines = (partial + chunk).split('\n');
  partial = lines.pop();
  for (const line of lines) {
    const m = line.match(/"GET (\S+) HTTP[^"]*" (\d+)/);
    if (m) served.push({ path: m[1], status: Number(m[2]), at: Date.now() });
  }
});
await new Promise((r) => setTimeout(r, 800));
const base = `http://127.0.0.1:${PORT}`;

// What a request cost, gzipped as a server with gzip_static sends it (DEPLOY.md's nginx): the build's .gz copy, or
// gzip -9 for a file without one (site.json, the plain copy's rewritten pages). 0 for anything not a 200 file.
const gzCache = new Map();
function gzBytes({ path, status }) {
  if (status !== 200) return 0;
  let file = join(root, decodeURIComponent(path.split(/[?#]/)[0]));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return 0;
  if (!gzCache.has(file)) {
    const copy = `${file}.gz`;
    gzCache.set(file, existsSync(copy) ? statSync(copy).size : gzipSync(readFileSync(file), { level: 9 }).length);
  }
  return gzCache.get(file);
}
const kbOf = (requests) => requests.reduce((sum, r) => sum + gzBytes(r), 0) / 1024;
// Waits until the server has had no request for `quietMs`, then returns what it served since `from`.
async function servedUntilQuiet(from, quietMs = 1500) {
  for (;;) {
    const last = served.length ? served[served.length - 1].at : 0;
    if (Date.now() - Math.max(last, from.at) >= quietMs) return served.slice(from.index);
    await new Promise((r) => setTimeout(r, 200));
  }
}
const mark = () => ({ index: served.length, at: Date.now() });

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
  // The waterfall's marks: the wasm started, and the page's DOM changes after that until the app is ready.
  await page.addInitScript(() => {
    const t = (window.__marks = { started: NaN, firstChange: NaN, lastChange: NaN, ready: NaN });
    addEventListener('TrunkApplicationStarted', () => { t.started = performance.now(); });
    new MutationObserver((records) => {
      const now = performance.now();
      if (!Number.isNaN(t.ready)) return;
      if (records.some((r) => r.target === document.documentElement && r.attributeName === 'data-app')) {
        t.ready = now;
        t.readyEpoch = Date.now();
        return;
      }
      if (Number.isNaN(t.started) || !records.some((r) => r.target.closest?.('#app') || r.target.parentElement?.closest('#app'))) return;
      if (Number.isNaN(t.firstChange)) t.firstChange = now;
      t.lastChange = now;
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const before = mark();
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
  await page.goto(url, { waitUntil: 'load' });
  // Waited for inside the page, with a cheap timer: Playwright's own waiting queries the page every frame, on the
  // same (throttled) main thread as the app it is timing.
  await page.evaluate((isApp) => new Promise((resolve, reject) => {
    const until = Date.now() + 60_000;
    const check = () => {
      if ((!isApp || !Number.isNaN(window.__marks.ready)) && window.__rightLanguage !== undefined) resolve();
      else if (Date.now() > until) reject(new Error('the page did not become ready in 60 s'));
      else setTimeout(check, 100);
    };
    check();
  }), isApp);
  const result = await page.evaluate(async (isApp) => {
    // The app is interactive when it marks itself ready (the page's own record of that moment, not when this
    // script got round to looking); plain HTML at the end of its load event.
    const ready = isApp ? window.__marks.ready : performance.getEntriesByType('navigation')[0].loadEventEnd;
    // The paint entry can land just after load: wait for it (buffered, so an earlier one counts too).
    const fcp = await new Promise((resolve) => {
      new PerformanceObserver((list) => {
        const entry = list.getEntriesByName('first-contentful-paint')[0];
        if (entry) resolve(entry.startTime);
      }).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(NaN), 5000);
    });
    // Nothing shows before the first paint: the right language is visible at the later of the two.
    const result = { fcp, tti: ready, lang: Math.max(fcp, window.__rightLanguage) };
    if (isApp) {
      const m = window.__marks;
      const entries = performance.getEntriesByType('resource');
      const end = (test) => Math.max(-Infinity, ...entries.filter((e) => test(e.name) && e.startTime < m.ready).map((e) => e.responseEnd));
      result.steps = {
        html: performance.getEntriesByType('navigation')[0].responseEnd,
        wasm: end((n) => n.endsWith('.wasm')),
        started: m.started,
        content: end((n) => n.includes('/content/') || n.endsWith('site.json')),
        hydrated: m.lastChange,
        ready: m.ready,
      };
    }
    return result;
  }, isApp);
  if (isApp) {
    const readyEpoch = await page.evaluate(() => window.__marks.readyEpoch);
    result.kbBeforeReady = kbOf(served.slice(before.index).filter((r) => r.at <= readyEpoch));
    result.kbUntilQuiet = kbOf(await servedUntilQuiet(before));
  }
  await context.close();
  return result;
}

console.log(`OwnPath benchmark — headless Chromium, ${THROTTLE}x CPU throttling, ${RUNS} runs each, medians\n`);
const rows = [];
const waterfall = [];
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
  const step = (key) => median(app.map((r) => r.steps[key]));
  waterfall.push([name, Object.fromEntries(['html', 'wasm', 'started', 'content', 'hydrated', 'ready'].map((k) => [k, step(k)])),
    median(app.map((r) => r.kbBeforeReady)), median(app.map((r) => r.kbUntilQuiet))]);
}
console.log('| page | FCP OwnPath (a) | FCP plain (b) | a/b | right language OwnPath (a) | plain (b) | a/b | interactive OwnPath (a) | plain (b) | a/b |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const [name, a, b] of rows) {
  console.log(`| ${name} | ${ms(a.fcp)} | ${ms(b.fcp)} | ${(a.fcp / b.fcp).toFixed(2)} | ${ms(a.lang)} | ${ms(b.lang)} | ${(a.lang / b.lang).toFixed(2)} | ${ms(a.tti)} | ${ms(b.tti)} | ${(a.tti / b.tti).toFixed(2)} |`);
}

// Where the app's time goes. Each column is the time from the previous mark (ms); "at" is the time from the start of
// the navigation. Marks the browser does not reach before ready (a page that fetches no content) show as "–".
{
  const f = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');
  console.log('\nWhere the time goes (app, medians; each step in ms after the one before, "ready" also from the start):');
  console.log('| page | HTML in | wasm downloaded | wasm compiled, instantiated, started | content in | hydrated | first effects | ready at | KB before ready | KB until quiet |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, s, before, quiet] of waterfall) {
    const order = ['html', 'wasm', 'started', 'content', 'hydrated', 'ready'];
    let prev = 0;
    const cells = order.map((k) => {
      const v = s[k];
      if (!Number.isFinite(v)) return '–';
      const d = Math.max(0, v - prev);
      prev = Math.max(prev, v);
      return f(d);
    });
    console.log(`| ${name} | ${cells.join(' | ')} | ${f(s.ready)} | ${before.toFixed(1)} | ${quiet.toFixed(1)} |`);
  }
}

// A first visit with the offline worker on: the page, then everything the worker keeps, until the network is quiet.
{
  console.log('\nFirst visit with the offline worker on (gzipped KB the server sent, until no request for 1.5 s):');
  console.log('| page | KB before ready | KB in all | requests |');
  console.log('|---|---|---|---|');
  for (const [name, path] of [['start page, English', '/'], ['start page, Spanish (/es/)', '/es/']]) {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.addInitScript(() => new MutationObserver(() => {
      if (document.documentElement.dataset.app === 'ready' && !window.__readyEpoch) window.__readyEpoch = Date.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] }));
    const from = mark();
    await page.goto(`${base}/app${path}`);
    await page.waitForSelector('html[data-app="ready"]', { timeout: 60_000 });
    const readyEpoch = await page.evaluate(() => window.__readyEpoch);
    const beforeReady = served.slice(from.index).filter((r) => r.at <= readyEpoch);
    await page.evaluate(() => navigator.serviceWorker?.ready);
    const all = await servedUntilQuiet(from, 2500);
    console.log(`| ${name} | ${kbOf(beforeReady).toFixed(1)} | ${kbOf(all).toFixed(1)} | ${all.length} |`);
    await context.close();
  }
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

// Answer changes: time from a click on an answer to the next frame painted after the app has redrawn. The app
// redraws in a microtask of the click's task (Yew's scheduler), so its work is done once a new task runs; the frame
// is painted once a task queued from the next animation frame runs. (Until issue 26 this waited for a change of the
// DOM, or 10 frames without one: an answer on /matters changes only its radio button's `checked` property, which
// no MutationObserver sees, so it measured the 10 frames, about 180 ms, whatever the app did.)
async function answerTimes(path, kind, prepare) {
  const { context, page } = await freshPage();
  await page.goto(`${base}/app${path}`);
  await page.waitForSelector('html[data-app="ready"]');
  await prepare(page);
  const times = await page.evaluate(async (kind) => {
    const out = [];
    for (let i = 0; i < 60; i++) {
      let target;
      if (kind === 'matters') {
        // Each statement in turn, each time another of its answers.
        const groups = [...document.querySelectorAll('.statements fieldset')];
        const labels = groups[i % groups.length].querySelectorAll('label');
        target = labels[(Math.floor(i / groups.length) + 1) % labels.length];
      } else {
        // Two options picked: the third in and out of the comparison.
        target = document.querySelectorAll('.compare-pick label')[2];
      }
      const start = performance.now();
      target.click();
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      out.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, kind);
  await context.close();
  return times;
}
{
  const matters = await answerTimes('/matters', 'matters', (page) => page.waitForSelector('.statements fieldset label'));
  console.log(`Answer change on /matters (${matters.length} changes, ${THROTTLE}x throttling): p50 ${ms(pct(matters, 0.5))}, p95 ${ms(pct(matters, 0.95))}`);
  const compare = await answerTimes('/compare', 'compare', async (page) => {
    // The three options' texts are fetched once, before the clock runs.
    for (const i of [0, 1, 2, 2]) {
      await page.locator('.compare-pick label').nth(i).click();
      await page.waitForFunction(() => !document.querySelector('.page-loading'));
    }
  });
  console.log(`Answer change on /compare (${compare.length} changes, ${THROTTLE}x throttling): p50 ${ms(pct(compare, 0.5))}, p95 ${ms(pct(compare, 0.95))}`);
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

// The README's three pictures, made from the built app in dist/ so they stay current:
//   node tools/readme_shots.mjs        (or ./x shots)  → docs/screenshots/{phone,session,kiosk}.png
// A phone at home (390×844, dark mode), a worker's laptop in session mode on an option page, and a portrait
// waiting-room kiosk (1080×1920) on its start screen.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const PORT = Number(process.env.SHOTS_PORT || 8098);
const OUT = 'docs/screenshots';
const shots = [
  { file: 'phone.png', path: '/', viewport: { width: 390, height: 844 }, colorScheme: 'dark', isMobile: true },
  // The worker's prompts open, as a worker would have them, in the side column beside the client's text.
  { file: 'session.png', path: '/options/buprenorphine/?mode=session', viewport: { width: 1280, height: 800 },
    open: '.worker-prompts summary' },
  { file: 'kiosk.png', path: '/?mode=kiosk', viewport: { width: 1080, height: 1920 }, isMobile: true, hasTouch: true },
];

mkdirSync(OUT, { recursive: true });
const server = spawn('python3', ['-m', 'http.server', String(PORT), '--bind', '127.0.0.1', '--directory', 'dist'],
  { stdio: 'ignore' });
try {
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  for (const { file, path, open, ...options } of shots) {
    const context = await browser.newContext({ serviceWorkers: 'block', colorScheme: 'light', ...options });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${PORT}${path}`);
    await page.waitForSelector('html[data-app="ready"][data-content="complete"]');
    await page.evaluate(() => document.fonts.ready);
    if (open) await page.click(open);
    await page.screenshot({ path: `${OUT}/${file}` });
    console.log(`${OUT}/${file}`);
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}

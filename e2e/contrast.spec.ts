// Contrast of every control, computed in the browser (axe skips what it cannot be sure of: text over layered
// backgrounds, focus rings, hover colours, native checkboxes). For every page, in light, dark and high contrast,
// and in the states people meet (menu open, dialogs open, QR shown, hover, focus, disabled, session, kiosk):
//  - the text of every visible link, button, label, summary, input and select against its effective background
//    (ancestors' backgrounds composited, alpha and opacity included): at least 4.5:1;
//  - the boundary of controls without text of their own (text boxes, selects) and of checkboxes (from a
//    screenshot of the box, checked or not, disabled or not): at least 3:1 against what surrounds them;
//  - the focus indicator (the outline, ring or background that appears on focus): at least 3:1 against what
//    surrounds the control, with the focused text still at 4.5:1.
// A failure names the page, theme, state, element and ratio.
import { test, expect, Page, CDPSession } from '@playwright/test';
import { PNG } from 'pngjs';
import { appReady, OPTION_IDS, PRODUCT_PATHS, Theme, THEMES, applyTheme } from './helpers';

const TEXT_MIN = 4.5;
const UI_MIN = 3;

type State = 'rest' | 'hover' | 'focus';

interface Finding {
  what: string;
  ratio: number;
  need: number;
  detail: string;
}

interface Audit {
  findings: Finding[];
  /** Visible checkboxes and radios: index (data-cc-box) and the colour around them. */
  boxes: { index: number; around: number[]; what: string }[];
  checked: number;
}

/** Runs in the page. Marks what it measures with data-cc (focus targets) and data-cc-box (checkboxes). */
function auditInPage(args: { state: State; textMin: number; uiMin: number }): Audit {
  const { state, textMin, uiMin } = args;
  type RGBA = [number, number, number, number];
  const parse = (c: string): RGBA => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top: RGBA, under: RGBA): RGBA => {
    const a = top[3] + under[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const lum = (c: RGBA) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const ratio = (a: RGBA, b: RGBA) => {
    const [x, y] = [lum(a), lum(b)];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  const hex = (c: RGBA) => '#' + c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');
  const opacityOf = (el: Element | null) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  };
  /** The colour behind an element: its own and its ancestors' backgrounds, composited over the canvas. */
  const backgroundOf = (el: Element | null): RGBA => {
    const layers: RGBA[] = [];
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      const bg = parse(style.backgroundColor);
      const o = Number(style.opacity);
      if (bg[3] > 0) layers.push([bg[0], bg[1], bg[2], bg[3] * o]);
      if (bg[3] * o >= 1) break;
    }
    const dark = getComputedStyle(document.documentElement).colorScheme.includes('dark');
    let color: RGBA = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
    for (const layer of layers.reverse()) color = over(layer, color);
    return color;
  };
  const describe = (el: Element) => {
    const text = (el.textContent || (el as HTMLInputElement).value || el.getAttribute('aria-label') || '')
      .replace(/\s+/g, ' ').trim().slice(0, 40);
    const cls = el.getAttribute('class') ? '.' + el.getAttribute('class')!.trim().split(/\s+/).join('.') : '';
    const type = el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : '';
    return `<${el.tagName.toLowerCase()}${type}${cls}> "${text}"`;
  };
  const shown = (el: Element) => {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 4 || r.height < 4) return false;
    return r.bottom + window.scrollY > 0 && r.right + window.scrollX > 0;
  };

  // With a modal dialog open, the rest of the page is inert and dimmed: only the dialog counts.
  const modal = document.querySelector('dialog:modal');
  const scope: Element = modal ?? document.body;
  const findings: Finding[] = [];
  const report = (el: Element, kind: string, r: number, need: number, detail: string) => {
    if (r + 1e-6 < need) findings.push({ what: `${describe(el)}: ${kind}`, ratio: Math.round(r * 100) / 100, need, detail });
  };

  // What people act on, and the labels that stand in for hidden radios.
  const controls = Array.from(scope.querySelectorAll(
    'a[href], button, input:not([type=hidden]), select, textarea, summary, label, [tabindex]:not([tabindex="-1"])',
  ));
  if (modal) controls.unshift(modal);

  const textOf = (el: Element) => {
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const parent = node.parentElement;
      if (!node.data.trim() || !parent || seen.has(parent) || parent.closest('svg')) continue;
      if (!shown(parent) && parent !== el) continue;
      seen.add(parent);
    }
    return [...seen];
  };
  const checkText = (holder: Element, el: Element) => {
    const fg = parse(getComputedStyle(holder).color);
    fg[3] *= opacityOf(holder);
    const bg = backgroundOf(holder);
    const shownFg = over(fg, bg);
    report(el, holder === el ? 'text' : `text of ${describe(holder)}`, ratio(shownFg, bg), textMin,
      `${hex(shownFg)} on ${hex(bg)}`);
  };

  let boxIndex = 0;
  const boxes: Audit['boxes'] = [];
  for (const el of controls) {
    if (!shown(el)) continue;
    const style = getComputedStyle(el);
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (tag === 'input' && (type === 'checkbox' || type === 'radio')) {
      // Its edge (or, checked, its fill) is measured from a screenshot, against what surrounds it: the browser
      // draws native boxes in colours no style reports.
      el.setAttribute('data-cc-box', String(boxIndex));
      const state = `${(el as HTMLInputElement).checked ? 'checked' : 'unchecked'}${(el as HTMLInputElement).disabled ? ', disabled' : ''}`;
      boxes.push({ index: boxIndex++, around: backgroundOf(el.parentElement), what: `${describe(el)} (${state}, for "${
        (el.id && scope.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim().slice(0, 30)) || ''}")` });
      continue;
    }
    if (tag === 'dialog') {
      // The dialog's edge against the dimmed page behind it.
      const border = parse(style.borderTopColor);
      const behind = over(parse(getComputedStyle(el, '::backdrop').backgroundColor), backgroundOf(document.body));
      const r = Math.max(ratio(over(border, behind), behind), ratio(backgroundOf(el), behind));
      report(el, 'edge against the page behind', r, uiMin, `${hex(border)} / ${hex(backgroundOf(el))} on ${hex(behind)}`);
      continue;
    }
    const fields = tag === 'select' || tag === 'textarea' || (tag === 'input' && type !== 'file');
    if (fields) {
      checkText(el, el);
      // A text box or select is found by its edge.
      const around = backgroundOf(el.parentElement);
      const width = parseFloat(style.borderTopWidth);
      const border = width > 0 && style.borderTopStyle !== 'none' ? over(parse(style.borderTopColor), around) : around;
      const r = Math.max(ratio(border, around), ratio(backgroundOf(el), around));
      report(el, 'edge', r, uiMin, `${hex(border)} around ${hex(around)}`);
      continue;
    }
    if (tag === 'input' && type === 'file') {
      checkText(el, el);
      const button = getComputedStyle(el, '::file-selector-button');
      const bg = over(parse(button.backgroundColor), backgroundOf(el));
      const fg = over(parse(button.color), bg);
      report(el, 'file button text', ratio(fg, bg), textMin, `${hex(fg)} on ${hex(bg)}`);
      continue;
    }
    const texts = textOf(el);
    for (const holder of texts) checkText(holder, el);
    if (!texts.length && tag !== 'label') {
      // A control with no words (an icon): its own shape must stand out.
      const around = backgroundOf(el.parentElement);
      const r = Math.max(ratio(backgroundOf(el), around), ratio(over(parse(style.borderTopColor), around), around));
      report(el, 'shape (no text)', r, uiMin, `against ${hex(around)}`);
    }
  }

  // Focus targets: what receives focus, or the label that shows it for a hidden radio.
  if (state === 'rest' || state === 'focus') {
    const focusables = Array.from(scope.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    ));
    let i = 0;
    for (const el of focusables) {
      if ((el as HTMLButtonElement).disabled) continue;
      let face: Element | null = el;
      if (!shown(el)) {
        face = el.id ? scope.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
        if (!face || !shown(face)) continue;
      }
      if (state === 'rest') {
        el.setAttribute('data-cc', String(i));
        const s = getComputedStyle(face);
        face.setAttribute('data-cc-rest', JSON.stringify([s.outlineStyle, s.outlineColor, s.outlineWidth, s.boxShadow, s.backgroundColor]));
        i++;
        continue;
      }
      const rest = JSON.parse(face.getAttribute('data-cc-rest') || '[]');
      const s = getComputedStyle(face);
      const around = backgroundOf(face.parentElement);
      const candidates: [string, RGBA][] = [];
      const outlineShows = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const restOutlineShows = rest[0] !== 'none' && parseFloat(rest[2]) >= 2;
      if (outlineShows && (!restOutlineShows || s.outlineColor !== rest[1])) {
        candidates.push(['outline', over(parse(s.outlineColor), around)]);
      }
      if (s.boxShadow !== 'none' && s.boxShadow !== rest[3]) {
        for (const m of s.boxShadow.matchAll(/rgba?\([^)]*\)/g)) candidates.push(['ring', over(parse(m[0]), around)]);
      }
      if (s.backgroundColor !== rest[4]) candidates.push(['background', backgroundOf(face)]);
      const best = candidates.map(([k, c]) => [k, c, ratio(c, around)] as const).sort((a, b) => b[2] - a[2])[0];
      if (!best) {
        report(face, 'focus indicator', 0, uiMin, 'nothing changes on focus');
      } else {
        report(face, `focus indicator (${best[0]})`, best[2], uiMin, `${hex(best[1])} around ${hex(around)}`);
      }
    }
  }
  return { findings, boxes, checked: controls.length };
}

/** Forces a pseudo-class on every marked focus target (or every control, for hover) through DevTools. */
async function force(cdp: CDPSession, selector: string, classes: string[]) {
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  for (const nodeId of nodeIds) await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: classes });
  return nodeIds.length;
}

/** The strongest contrast between any pixel of a checkbox and the colour around it. */
async function boxContrast(page: Page, index: number, around: number[]) {
  const png = PNG.sync.read(await page.locator(`[data-cc-box="${index}"]`).screenshot());
  const lum = (r: number, g: number, b: number) => {
    const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const base = lum(around[0], around[1], around[2]);
  let best = 1;
  for (let i = 0; i < png.data.length; i += 4) {
    const l = lum(png.data[i], png.data[i + 1], png.data[i + 2]);
    best = Math.max(best, (Math.max(l, base) + 0.05) / (Math.min(l, base) + 0.05));
  }
  return best;
}

/** Measures the page at rest, hovered and focused; returns one line per failure. */
async function auditPage(page: Page, where: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const problems: string[] = [];
  const run = async (state: State) => {
    const audit = await page.evaluate(auditInPage, { state, textMin: TEXT_MIN, uiMin: UI_MIN });
    expect(audit.checked, `${where}: controls found`).toBeGreaterThan(0);
    for (const f of audit.findings) problems.push(`${where} [${state}] ${f.what} is ${f.ratio}:1, needs ${f.need}:1 (${f.detail})`);
    return audit;
  };
  const rest = await run('rest');
  for (const box of rest.boxes) {
    const r = await boxContrast(page, box.index, box.around);
    if (r < UI_MIN) problems.push(`${where} [rest] ${box.what}: box edge is ${r.toFixed(2)}:1, needs ${UI_MIN}:1`);
  }
  const controls = 'a[href], button, input, select, summary, label';
  await force(cdp, controls, ['hover']);
  await run('hover');
  await force(cdp, controls, []);
  const focused = await force(cdp, '[data-cc]', ['focus', 'focus-visible']);
  expect(focused, `${where}: focus targets found`).toBeGreaterThan(0);
  await run('focus');
  await force(cdp, '[data-cc]', []);
  await cdp.detach();
  return problems;
}

async function open(page: Page, path: string, theme: Theme) {
  await page.goto(path);
  if (!path.includes('mode=kiosk')) await appReady(page);
  await applyTheme(page, theme);
}

const PAGES = [...PRODUCT_PATHS, `/options/${OPTION_IDS[0]}`, '/stories/dana-take-homes'];

for (const theme of THEMES) {
  test(`every control on every page meets AA contrast at rest, hovered and focused — ${theme}`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    const problems: string[] = [];
    for (const path of PAGES) {
      await open(page, path, theme);
      problems.push(...(await auditPage(page, `${path} (${theme}, desktop)`)));
    }
    expect(problems).toEqual([]);
  });

  test(`menu, QR code, dialogs, disabled boxes, session and kiosk meet AA contrast — ${theme}`, async ({ page }) => {
    test.setTimeout(300_000);
    const problems: string[] = [];
    const check = async (where: string) => problems.push(...(await auditPage(page, `${where} (${theme})`)));

    // Phone: the menu open.
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, '/summary', theme);
    await page.locator('.menu-button').click();
    await expect(page.locator('.site-nav--open')).toBeVisible();
    await page.locator('.display-button').click();
    await expect(page.locator('#display-panel')).toBeVisible();
    await check('/summary, phone, menu and Display open');

    // The summary with a question of one's own (its "remove" link button), the QR code shown, then the
    // clear-everything dialog.
    await page.setViewportSize({ width: 1280, height: 900 });
    await open(page, '/summary', theme);
    await page.locator('#own-question').fill('Can I get take-home doses?');
    await page.locator('#own-question').press('Enter');
    await expect(page.locator('.own-list .link-button')).toHaveCount(1);
    await page.locator('.summary-actions button[aria-controls="qr-panel"]').click();
    await expect(page.locator('.qr__code')).toBeVisible();
    await check('/summary, QR shown');
    await page.locator('.summary-actions .button--danger').click();
    await expect(page.locator('dialog.dialog[open]')).toBeVisible();
    await check('/summary, clear dialog open');
    await page.keyboard.press('Escape');

    // Compare with four options: the other two are disabled.
    await open(page, '/compare', theme);
    const boxes = page.locator('.compare-pick input[type="checkbox"]');
    for (let i = 0; i < 4; i++) await boxes.nth(i).check();
    await expect(page.locator('.compare-pick input:disabled')).toHaveCount(2);
    await check('/compare, four chosen, two disabled');

    // Session mode: the badge, larger text and the worker prompts (opened).
    for (const path of ['/', '/options/methadone', '/summary']) {
      await open(page, `${path}?mode=session`, theme);
      await expect(page.locator('.badge')).toBeVisible();
      for (const details of await page.locator('details.worker-prompts').all()) await details.locator('summary').click();
      await check(`${path}, session mode, prompts open`);
    }
    // Ending the session with answers on screen: the dialog that offers to clear them.
    await page.locator('#own-question').fill('Can I get take-home doses?');
    await page.locator('#own-question').press('Enter');
    await page.locator('.badge__end').click();
    await expect(page.locator('dialog.dialog[open]')).toBeVisible();
    await check('/summary, session mode, end-session dialog open');
    await page.keyboard.press('Escape');

    // Kiosk: the start screen (it has no Display control, so light or dark only), a page, then the idle dialog.
    await page.setViewportSize({ width: 1080, height: 1920 });
    await page.goto('/?mode=kiosk');
    const highContrast = theme.startsWith('high contrast');
    await applyTheme(page, highContrast ? 'light' : theme);
    await expect(page.locator('.kiosk-start__go')).toBeVisible();
    if (!highContrast) await check('kiosk start screen');
    await page.locator('.kiosk-start__go').click();
    await appReady(page);
    await applyTheme(page, theme);
    await check('/, kiosk');
    await page.route('**/site.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ idle_seconds: 3, countdown_seconds: 120 }) }));
    await page.goto('/?mode=kiosk');
    await page.locator('.kiosk-start__go').click();
    await appReady(page);
    await applyTheme(page, theme);
    await expect(page.locator('dialog.kiosk-idle')).toBeVisible({ timeout: 10_000 });
    await check('/, kiosk, idle dialog open');
    await page.unroute('**/site.json');

    expect(problems).toEqual([]);
  });
}

// Issue 26, item 3: an answer redraws what depends on it, the page, not the frame around it (header, menus, exit tip,
// footer).
// Seen from the page: the app (Yew) sets an input's `checked` each time it draws it, even when unchanged, so a spy
// on that setter names every answer and checkbox drawn again after a click.
import { test, expect, Page } from '@playwright/test';
import { appReady } from './helpers';

/** Starts recording the names (or ids) of the inputs whose `checked` the app sets. */
async function spyOnDrawnInputs(page: Page) {
  await page.evaluate(() => {
    const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')!;
    const drawn = new Set<string>();
    (window as unknown as { drawn: Set<string> }).drawn = drawn;
    Object.defineProperty(HTMLInputElement.prototype, 'checked', {
      ...own,
      set(this: HTMLInputElement, value: boolean) {
        drawn.add(this.name || this.id);
        own.set!.call(this, value);
      },
    });
  });
}

/** The inputs drawn since the last call (after the app's redraw, a microtask of the click's task). */
async function drawnSince(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 0));
    const drawn = (window as unknown as { drawn: Set<string> }).drawn;
    const names = [...drawn].sort();
    drawn.clear();
    return names;
  });
}

test('an answer on /matters draws the page again, not the frame around it', async ({ page }) => {
  await page.goto('/matters');
  await appReady(page);
  // The other parts of the content arrive just after ready, and the whole app is drawn again with them, frame
  // included: that is new content, not an answer. Wait for them, then watch the answers.
  await expect(page.locator('html')).toHaveAttribute('data-content', 'complete');
  // The exit tip, in the frame on the first page of a visit, has a checkbox: were the frame drawn, it would be too.
  await expect(page.locator('#no-history-tip')).toBeVisible();
  await spyOnDrawnInputs(page);
  const statements = page.locator('.statements fieldset');
  for (const [statement, answer] of [[1, 1], [3, 3], [1, 2]]) {
    const group = statements.nth(statement);
    await group.locator('label').nth(answer).click();
    await expect(group.locator('input').nth(answer)).toBeChecked();
    const name = (await group.locator('input').first().getAttribute('name'))!;
    const drawn = await drawnSince(page);
    // The page's answers are drawn again (the spy sees the app's drawing), and nothing outside the page.
    expect(drawn).toContain(name);
    expect(drawn.filter((input) => !input.startsWith('m-'))).toEqual([]);
  }
  // The answers are kept: each statement shows its last answer.
  await expect(statements.nth(1).locator('input').nth(2)).toBeChecked();
  await expect(statements.nth(3).locator('input').nth(3)).toBeChecked();
});

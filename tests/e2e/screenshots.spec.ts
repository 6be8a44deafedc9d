// Screenshot baselines of four key views (tests/e2e/__screenshots__/): the landing view in English
// and in Japanese, blocs on, an actor selected with its details. Deterministic: the layout is
// frozen at the shipped positions (window.__alignmapFreezeLayout, e2e build only), the viewport and
// scale are fixed (playwright.config.ts), the fonts are the bundled Noto Sans JP (waited for), and
// the only text that depends on the machine's speed (analysis timings) is masked; three runs here
// matched their baselines with no pixel allowed to differ. Tolerance: at most 0.1% of the pixels
// (about 1,300; maxDiffPixelRatio in playwright.config.ts), which a moved actor, a missing label,
// a changed colour or a new control exceeds. After an intended change: `npx playwright test
// screenshots --update-snapshots`, look at the new pictures, commit them.
import { expect, test, type Page } from '@playwright/test';
import { routeData, waitForIdle } from './helpers';

async function openFrozen(page: Page, query: string): Promise<void> {
  await page.addInitScript(() => {
    (window as { __alignmapFreezeLayout?: boolean }).__alignmapFreezeLayout = true;
    // a fresh profile remembers no language: the query decides
    localStorage.clear();
  });
  await routeData(page);
  await page.goto(query);
  await page.waitForFunction(() => window.__alignmap !== undefined, null, { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  await waitForIdle(page);
  // the layout never ran: the status line says so without a duration
  await expect(page.getByTestId('status-layout')).toHaveAttribute('data-running', 'false');
  expect(await page.evaluate(() => window.__alignmap!.layout.lastStop)).toBeNull();
}

/** Analysis timings ("· 37 ms") depend on the machine: masked. */
const timings = (page: Page) => [page.getByTestId('blocs-summary')];

test('landing view, English', async ({ page }) => {
  await openFrozen(page, '?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alignmap');
  await expect(page).toHaveScreenshot('landing-en.png');
});

test('landing view, Japanese', async ({ page }) => {
  await openFrozen(page, '?lang=ja');
  await expect(page.getByRole('radio', { name: '日本語' })).toBeChecked();
  await expect(page).toHaveScreenshot('landing-ja.png');
});

test('blocs on', async ({ page }) => {
  await openFrozen(page, '?lang=en&blocs=on');
  await expect(page.getByTestId('blocs-summary')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__alignmap!.analysis.busy)).toBe(false);
  await waitForIdle(page);
  await expect(page).toHaveScreenshot('blocs-on.png', { mask: timings(page) });
});

test('an actor selected, with its details', async ({ page }) => {
  await openFrozen(page, '?lang=en&node=japan');
  await expect(page.getByTestId('actor-details')).toBeVisible();
  await expect(page.getByTestId('alignment-section')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__alignmap!.analysis.busy)).toBe(false);
  await waitForIdle(page);
  await expect(page).toHaveScreenshot('actor-selected.png');
});

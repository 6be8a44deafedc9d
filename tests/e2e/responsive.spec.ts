// The shell at four screen sizes (phone 390×844, tablet 768×1024, small laptop 1024×700, desktop
// 1440×900): the graph canvas gets its share of the width (full width on a phone, ≥ 60% from 700 px
// on), the page never scrolls sideways, every control can be brought into view and is not covered,
// including those in the panels the narrow layouts fold away; a screenshot of each size goes to
// tests/e2e/artifacts/. On a phone a tap selects an actor (its details open as a sheet).
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, hook, openApp } from './helpers';

const SIZES = [
  { width: 390, height: 844, layout: 'phone' },
  { width: 768, height: 1024, layout: 'medium' },
  { width: 1024, height: 700, layout: 'medium' },
  { width: 1440, height: 900, layout: 'wide' },
] as const;

/** Controls that cannot be brought into view uncovered (ids or names), inside `scope`. */
async function unreachable(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const root = document.querySelector(scope);
    if (!root) return [`no ${scope}`];
    const bad: string[] = [];
    const controls = root.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]');
    for (const el of controls) {
      const style = getComputedStyle(el);
      if (el.closest('[hidden]') || style.display === 'none' || style.visibility === 'hidden')
        continue;
      if (el.offsetParent === null && style.position !== 'fixed') continue;
      // inside a closed <details>: reachable by opening its summary (checked as a control itself)
      const details = el.parentElement?.closest('details');
      if (details && !details.open && !(el.tagName === 'SUMMARY')) continue;
      if (el.closest('.visually-hidden') || style.clip === 'rect(0px, 0px, 0px, 0px)') continue;
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue; // visually hidden inputs (radio labels)
      const name =
        el.getAttribute('data-testid') ??
        el.getAttribute('aria-label') ??
        el.textContent?.trim().slice(0, 30) ??
        el.tagName;
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      if (r.right < 1 || r.left > innerWidth - 1 || r.bottom < 1 || r.top > innerHeight - 1) {
        bad.push(`${name}: outside the window`);
        continue;
      }
      const hit = document.elementFromPoint(x, y);
      const label = el.closest('label');
      const hitLabel = hit?.closest('label');
      const ok =
        !!hit &&
        (el.contains(hit) ||
          hit.contains(el) ||
          (label !== null && label.contains(hit)) ||
          (hitLabel !== null && hitLabel !== undefined && hitLabel.control === el));
      if (!ok) bad.push(`${name}: covered by ${hit?.tagName ?? 'nothing'}.${hit?.className ?? ''}`);
    }
    return bad;
  }, scope);
}

async function noSidewaysScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

for (const size of SIZES) {
  test(`${size.width}×${size.height}: ${size.layout} layout, graph share, every control reachable`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await openApp(page, '?lang=ja');
    const shell = page.getByTestId('shell');
    await expect(shell).toHaveAttribute('data-layout', size.layout);
    const graph = await page.getByTestId('graph').boundingBox();
    expect(graph).not.toBeNull();
    // phones: the whole width; 700–1199 px: at least 60 %; wide screens keep three columns
    const share = size.layout === 'phone' ? 0.99 : size.layout === 'medium' ? 0.6 : 0.5;
    expect(graph!.width).toBeGreaterThanOrEqual(size.width * share);
    expect(graph!.height).toBeGreaterThanOrEqual(size.layout === 'phone' ? 300 : 400);
    // sigma's canvas has the container's size (it was told about the resize)
    await expect
      .poll(() =>
        page.evaluate(() => {
          const c = document.querySelector<HTMLCanvasElement>('[data-testid="graph"] canvas');
          return c ? Math.round(c.getBoundingClientRect().width) : 0;
        }),
      )
      .toBe(Math.round(graph!.width));
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${ARTIFACTS}responsive-${size.width}x${size.height}.png` });
    expect(await unreachable(page, 'header')).toEqual([]);
    expect(await unreachable(page, 'footer')).toEqual([]);
    if (size.layout === 'phone') {
      for (const tab of ['filters', 'analysis', 'details'] as const) {
        await page.getByTestId(`tab-${tab}`).click();
        await expect(shell).toHaveAttribute('data-panel', tab);
        const sheet = tab === 'details' ? '.right' : `.sheet.${tab}`;
        expect(await unreachable(page, sheet)).toEqual([]);
        await noSidewaysScroll(page);
        if (tab === 'filters')
          await page.screenshot({ path: `${ARTIFACTS}responsive-390x844-filters.png` });
        await page.getByTestId(`tab-${tab}`).click();
        await expect(shell).toHaveAttribute('data-panel', '');
      }
      expect(await unreachable(page, '.left .search')).toEqual([]);
    } else {
      expect(await unreachable(page, '.left')).toEqual([]);
      if (size.layout === 'medium') {
        await page.getByTestId('toggle-left').click();
        await expect
          .poll(async () => (await page.getByTestId('graph').boundingBox())!.width)
          .toBeGreaterThanOrEqual(size.width - 2);
        await page.getByTestId('toggle-left').click();
        await page.getByTestId('toggle-details').click();
        expect(await unreachable(page, '.right')).toEqual([]);
      } else expect(await unreachable(page, '.right')).toEqual([]);
    }
  });
}

test('phone: a tap selects an actor and opens its details as a sheet', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await openApp(page, '?lang=en');
  const box = (await page.getByTestId('graph').boundingBox())!;
  const id = await hook(page, (h) => h.forcedLabels()[0]!);
  const pos = await hook(
    page,
    new Function('h', `return h.viewportPosition(${JSON.stringify(id)})`) as never,
  );
  const p = pos as unknown as { x: number; y: number };
  await page.touchscreen.tap(box.x + p.x, box.y + p.y);
  await expect(page.getByTestId('shell')).toHaveAttribute('data-panel', 'details');
  await expect(page.getByTestId('details')).not.toContainText(/Nothing selected|何も選択/);
  await page.screenshot({ path: `${ARTIFACTS}responsive-390x844-tap.png` });
  await context.close();
});

// A 10,000-actor import (the seeded synthetic graph of bench/synthetic.ts, 50,000 relations)
// through the Import dialog: drawn, laid out by the layout worker, and no task of over a second
// on the main thread meanwhile (a PerformanceObserver of long tasks, from the file choice until
// the layout has stopped and the picture is drawn).
import { expect, test } from '@playwright/test';
import { syntheticGraph } from '../../bench/synthetic';
import { openApp, graphShot } from './helpers';

const ACTORS = 10_000;

test('a 10k-actor import never blocks the page for more than a second', async ({ page }) => {
  test.setTimeout(180_000);
  await page.addInitScript(() => {
    const w = window as unknown as { __long: { start: number; duration: number }[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await openApp(page);
  const body = Buffer.from(JSON.stringify(syntheticGraph({ actors: ACTORS })));
  await page.getByTestId('open-import').click();
  const chosenAt = await page.evaluate(() => performance.now());
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'synthetic-10k.json', mimeType: 'application/json', buffer: body });
  await page.waitForFunction((n) => window.__alignmap?.counts.nodes === n, ACTORS, {
    timeout: 90_000,
  });
  await page.waitForFunction(
    () => window.__alignmap!.layout.lastStop !== null && !window.__alignmap!.layout.running,
    null,
    { timeout: 90_000 },
  );
  const layout = await page.evaluate(() => window.__alignmap!.layout);
  // the worker iterated (many iterations per frame) and stopped by its own rule or time limit
  expect(layout.iterations).toBeGreaterThan(5);
  expect(['settled', 'time-limit']).toContain(layout.lastStop);
  // the picture after the stop: one more frame
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const long = await page.evaluate(
    (from) =>
      (window as unknown as { __long: { start: number; duration: number }[] }).__long.filter(
        (t) => t.start >= from,
      ),
    chosenAt,
  );
  const worst = Math.max(0, ...long.map((t) => t.duration));
  expect(worst, `long tasks: ${JSON.stringify(long)}`).toBeLessThan(1000);
  await page.keyboard.press('Escape');
  await graphShot(page, 'scale-10k');
});

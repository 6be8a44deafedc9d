// `npx tsx bench/select-probe.ts [--actors 50000] [--port 4393] [--dir dist-bench-4393]`: imports
// the synthetic graph, waits for the layout's stop, then selects three actors in turn through the
// search (Enter) and clears each selection (Escape), printing for each selection the longest
// scripts (long animation frames) from the key press until the app is idle, and what ran them.
// For issue 9's "no script of ours over 200 ms" beyond the import: a selection in a large graph
// restyles every actor (the focus dims the rest). Expects a built app in --dir (`npx vite build
// --mode e2e --outDir <dir>`, `--minify false` for function names).
import { importAndSettle, option, withProbePage } from './page-harness';

const actors = Number(option('actors', '50000'));
const port = Number(option('port', '4393'));
const dir = option('dir', `dist-bench-${port}`);

type Script = [start: number, ms: number, by: string];

await withProbePage({ port, dir, actors }, async ({ page, file }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __scripts: Script[] };
    w.__scripts = [];
    type Frame = { scripts: { startTime: number; duration: number; invoker: string }[] };
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as unknown as Frame[])
        for (const s of frame.scripts) w.__scripts.push([s.startTime, s.duration, s.invoker]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.__alignmap?.idle === true, null, { timeout: 60_000 });
  await importAndSettle(page, file);
  const idle = () =>
    page.waitForFunction(() => window.__alignmap?.idle === true, null, { timeout: 120_000 });
  for (const name of ['Actor 4242', 'Actor 777', 'Actor 31337']) {
    const search = page.getByRole('combobox', { name: 'Search actors' });
    await search.fill(name);
    await page.locator('#search-results [role="option"]').first().waitFor();
    const from = await page.evaluate(() => performance.now());
    await search.press('Enter');
    await idle();
    const to = await page.evaluate(() => performance.now());
    const longest = await page.evaluate(
      (t) =>
        (window as unknown as { __scripts: Script[] }).__scripts
          .filter(([start]) => start >= t)
          .sort((a, b) => b[1] - a[1])
          .slice(0, 4),
      from,
    );
    console.log(
      `${name}: idle ${((to - from) / 1000).toFixed(1)} s after the key; longest scripts: ${longest
        .map(([, ms, by]) => `${ms.toFixed(0)} ms (${by})`)
        .join(', ')}`,
    );
    await page.keyboard.press('Escape');
    await idle();
  }
});

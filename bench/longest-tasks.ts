// `npx tsx bench/longest-tasks.ts [--actors 100000] [--port 4331] [--dir dist-bench-4331]`: one
// import of the synthetic graph through the Import dialog, followed until the layout stopped and
// the app is idle again: every long task (`longtask` observer, GPU waits included) and every
// script over 150 ms (long animation frames: what ran it, its function and place), from the file
// choice, and the status line at the end. For issue 9's "never frozen for more than 2 s" over a
// whole import of a graph too large for bench/browser.ts's full rounds (plain sigma takes minutes
// there). Expects a built app in --dir (e.g. `npx vite build --mode e2e --outDir
// dist-bench-4331`). `--profile <ms>` adds a CPU profile: each busy stretch of at least that many
// ms with the functions that took its time.
import { busyRuns, profileSummary, type CpuProfile } from './cpu-profile';
import { option, settled, withProbePage } from './page-harness';

const actors = Number(option('actors', '100000'));
const port = Number(option('port', '4331'));
const dir = option('dir', `dist-bench-${port}`);
/** `--profile 150`: a CPU profile of the whole import; each busy run over that many ms with its top functions. */
const profileMs = Number(option('profile', '0'));

async function main(): Promise<void> {
  await withProbePage({ port, dir, actors }, async ({ page, file }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.addInitScript(`
      window.__long = []; window.__scripts = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries())
        window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) for (const s of e.scripts)
        if (s.duration > 150) window.__scripts.push([s.startTime, s.duration,
          [s.invoker, s.sourceFunctionName, s.sourceURL.split('/').pop() + ':' + s.sourceCharPosition]
            .filter(Boolean).join(' ')]); })
        .observe({ type: 'long-animation-frame', buffered: true });`);
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.__alignmap?.layout.lastStop != null, null, {
      timeout: 600_000,
    });
    await page.getByTestId('open-import').click();
    const cdp = profileMs ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    const chosen = await page.evaluate(() => performance.now());
    await page.getByTestId('import-input').setInputFiles(file);
    await settled(page, chosen);
    const end = await page.evaluate(() => performance.now());
    if (cdp) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      for (const run of busyRuns(profile, profileMs))
        console.log(
          `--- busy ${run.ms.toFixed(0)} ms at ${(run.at / 1000).toFixed(1)} s (profile time)\n` +
            profileSummary(run.part, { self: 8, inclusive: 25 }),
        );
    }
    const long = ((await page.evaluate('window.__long')) as [number, number][]).filter(
      ([t]) => t >= chosen,
    );
    const scripts = (
      (await page.evaluate('window.__scripts')) as [number, number, string][]
    ).filter(([t]) => t >= chosen);
    const at = (t: number) => `${((t - chosen) / 1000).toFixed(1)} s`;
    console.log(`${actors} actors: file choice → stopped and idle ${at(end)}`);
    console.log(
      `longest task ${Math.max(0, ...long.map(([, d]) => d)).toFixed(0)} ms; tasks over 1 s: ` +
        long
          .filter(([, d]) => d > 1000)
          .map(([t, d]) => `${d.toFixed(0)} ms at ${at(t)}`)
          .join(', '),
    );
    console.log(
      `longest script ${Math.max(0, ...scripts.map(([, d]) => d)).toFixed(0)} ms; scripts over 150 ms: ` +
        scripts.map(([t, d, by]) => `${d.toFixed(0)} ms at ${at(t)} (${by})`).join(', '),
    );
    console.log(
      `status: ${(await page.getByTestId('status').textContent())?.replace(/\s+/g, ' ')}`,
    );
  });
}

void main();

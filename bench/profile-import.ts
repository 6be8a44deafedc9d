// `npx tsx bench/profile-import.ts [--actors 10000] [--reload] [--port 4331] [--dir dist-bench-4331]`:
// a CPU profile (Chromium CDP Profiler) of one import of the synthetic graph through the Import
// dialog, from the file choice to the first frame: long tasks / long-animation-frame scripts and the
// functions with the most self time. For finding what the first frame waits for (bench/browser.ts
// measures; this explains). Expects a built app in --dir (e.g. `npx vite build --mode e2e
// --minify false --outDir dist-bench-4331`).
import { profileSummary, type CpuProfile } from './cpu-profile';
import { option, withProbePage } from './page-harness';

const actors = Number(option('actors', '10000'));
const port = Number(option('port', '4331'));
const dir = option('dir', `dist-bench-${port}`);
const reload = process.argv.includes('--reload');

async function main(): Promise<void> {
  await withProbePage({ port, dir, actors }, async ({ browser, page, file }) => {
    page.on('crash', () => console.error('page crashed'));
    page.on('console', (m) => console.error('console:', m.text()));
    browser.on('disconnected', () => console.error('browser disconnected'));
    await page.addInitScript(`
      window.__probe = { long: [], scripts: [], chosenAt: null };
      new PerformanceObserver((l) => { for (const e of l.getEntries()) for (const s of e.scripts)
        window.__probe.scripts.push([s.startTime, s.duration, s.invoker, s.sourceFunctionName, s.sourceURL.split('/').pop() + ':' + s.sourceCharPosition]); })
        .observe({ type: 'long-animation-frame', buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__probe.long.push([e.startTime, e.duration]); })
        .observe({ type: 'longtask', buffered: true });
      document.addEventListener('change', (e) => { if (e.target?.dataset?.testid === 'import-input') window.__probe.chosenAt = performance.now(); }, true);
    `);
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.__alignmap?.layout.lastStop != null, null, {
      timeout: 600_000,
    });
    const cdp = await page.context().newCDPSession(page);
    const tracing = process.argv.includes('--trace');
    const traceEvents: {
      name: string;
      ph: string;
      ts: number;
      dur?: number;
      tid: number;
      pid: number;
      cat: string;
      args?: unknown;
    }[] = [];
    if (tracing) {
      cdp.on('Tracing.dataCollected', (e) =>
        traceEvents.push(...(e.value as never as typeof traceEvents)),
      );
    }
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.getByTestId('open-import').click();
    const watch = `(n) => new Promise((resolve) => { const f = () => { const h = window.__alignmap;
      if (h && h.counts.nodes === n) requestAnimationFrame(() => resolve(performance.now())); else requestAnimationFrame(f); }; f(); })`;
    let first: Promise<number>;
    if (reload) {
      first = page.evaluate(`(${watch})(${actors})`) as Promise<number>;
      await page.getByTestId('import-input').setInputFiles(file);
      await first;
      await page.waitForFunction(() => window.__alignmap?.layout.lastStop != null, null, {
        timeout: 600_000,
      });
      await new Promise((r) => setTimeout(r, 3000)); // the store
      await cdp.send('Profiler.start');
      await page.reload();
      first = page.evaluate(`(${watch})(${actors})`) as Promise<number>;
    } else {
      await cdp.send('Profiler.start');
      if (tracing)
        await cdp.send('Tracing.start', {
          categories:
            'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,gpu',
          transferMode: 'ReportEvents',
        });
      first = page.evaluate(`(${watch})(${actors})`) as Promise<number>;
      await page.getByTestId('import-input').setInputFiles(file);
    }
    const firstAt = await first;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    if (tracing) {
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      // the renderer main thread: the thread with the most RunTask time among CrRendererMain
      const names = traceEvents.filter(
        (e) => e.name === 'thread_name' && (e.args as { name: string }).name === 'CrRendererMain',
      );
      const mains = new Set(names.map((e) => `${e.pid}:${e.tid}`));
      const top = traceEvents.filter(
        (e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && (e.dur ?? 0) > 30000,
      );
      top.sort((a, b) => a.ts - b.ts);
      const t0 = Math.min(...top.map((e) => e.ts));
      for (const e of top)
        console.log(
          `trace ${((e.ts - t0) / 1000).toFixed(0)} ${(e.dur! / 1000).toFixed(0)}ms ${e.name} ${JSON.stringify(e.args ?? {}).slice(0, 120)}`,
        );
    }
    // the import's own work ends where the graph is handed to the view (src/state/dataset-state)
    const handoff = (await page.evaluate(
      `performance.getEntriesByName('alignmap:graph-handoff').at(-1)?.startTime ?? null`,
    )) as number | null;
    const probe = (await page.evaluate('window.__probe')) as {
      long: [number, number][];
      scripts: [number, number, string, string, string][];
      chosenAt: number | null;
    };
    const from = reload ? 0 : probe.chosenAt!;
    console.log(`first frame after ${(firstAt - from).toFixed(0)} ms`);
    console.log(
      'long tasks:',
      probe.long
        .filter(([t]) => t >= from)
        .map(([t, d]) => `${(t - from).toFixed(0)}+${d}`)
        .join(' '),
    );
    console.log('long scripts:');
    const ours = probe.scripts.filter(([t]) => t >= from && t < firstAt);
    for (const s of ours)
      console.log(`  ${(s[0] - from).toFixed(0)} ${s[1].toFixed(0)}ms ${s[2]} ${s[3]} ${s[4]}`);
    if (handoff !== null) {
      const before = ours.filter(([t, d]) => t + d <= handoff);
      const after = ours.filter(([t, d]) => t + d > handoff);
      const max = (xs: typeof ours) => Math.max(0, ...xs.map(([, d]) => d)).toFixed(0);
      console.log(
        `handoff to the view at ${(handoff - from).toFixed(0)} ms: longest script before it ${max(before)} ms (${before.length} scripts over 5 ms), from it to the first frame ${max(after)} ms`,
      );
    } else console.log('no alignmap:graph-handoff mark (older build)');
    console.log(profileSummary(profile));
  });
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

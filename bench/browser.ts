// `npm run bench:browser [-- --sizes 1000,10000,50000 --first-frame 100000 --runs 3 --bundled --no-build]`:
// the app against plain sigma (bench/plain/) in headless Chromium with software WebGL, on the
// seeded synthetic graphs of bench/synthetic.ts, in one run, interleaved (app import, app reload,
// plain, then the next size, then the next round), printed as a table of medians and ratios.
// The app is imported through its Import dialog and reopened from IndexedDB (reload); plain sigma
// reads the same file with the same stop rule. Ports: E2E_PORT (app, default 4302) and +10 (plain).
// `--bundled` also times four interactions on the bundled dataset (input → next frame, and the
// main thread's work for each from a Chromium trace); `--sizes "" --first-frame "" --bundled` times
// only those (no plain page).
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { syntheticGraph } from './synthetic';
import { option, waitForServer } from './page-harness';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

const sizes = option('sizes', '1000,10000,50000').split(',').filter(Boolean).map(Number);
const firstFrameOnly = option('first-frame', '100000').split(',').filter(Boolean).map(Number);
const runs = Number(option('runs', '3'));
/** Also time hover, select, filter and a time step on the bundled dataset (no plain counterpart). */
const bundled = process.argv.includes('--bundled');
const appPort = Number(process.env.E2E_PORT ?? 4302);
const plainPort = appPort + 10;
const TIMEOUT = 15 * 60_000;
/** The machine's 1-minute load average, sampled every 10 s while the bench runs. */
const loads: number[] = [];
const sampler = setInterval(() => loads.push(loadavg()[0]!), 10_000);
sampler.unref();

interface Sample {
  firstFrame: number;
  stable?: number;
  itPerS?: number;
  longImport: number;
  longLayout?: number;
  /** Longest single script (long animation frames' script attribution): the page's own JS. */
  scriptImport: number;
  scriptLayout?: number;
  /** What those scripts were (invoker and function): printed with the round, not tabled. */
  scriptImportBy?: string;
  scriptLayoutBy?: string;
  filter?: number;
  heapMb?: number;
}

type Variant = 'app import' | 'app reload' | 'plain sigma';

/** In every page: long tasks, and the moment a file is chosen. */
const PROBE = `
  window.__probe = { long: [], scripts: [], chosenAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      for (const s of e.scripts)
        window.__probe.scripts.push([s.startTime, s.duration, s.invoker + ' ' + s.sourceFunctionName]);
  }).observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__probe.long.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (e) => {
    if (e.target && e.target.dataset && e.target.dataset.testid === 'import-input')
      window.__probe.chosenAt = performance.now();
  }, true);
`;

/**
 * Resolves in the page with performance.now() of the frame after the first one that shows the n
 * actors (so that the first frame's compositing — with software WebGL, the wait for the GPU — is
 * included; bench/plain/main.ts times plain sigma the same way).
 */
const WATCH_APP = `(n) => new Promise((resolve) => {
  const first = () => {
    const h = window.__alignmap;
    if (h && h.counts.nodes === n && h.actorsShown) requestAnimationFrame(() => resolve(performance.now()));
    else requestAnimationFrame(first);
  };
  first();
})`;

const STABLE_APP = `(n) => new Promise((resolve) => {
  const poll = () => {
    const h = window.__alignmap;
    if (h && h.counts.nodes === n && h.layout.lastStop !== null && !h.layout.running && !h.drawingRelations)
      // the frame after the stopped picture's, relations written (src/render/edge-layer.ts draws
      // them in slices after the stop) — as for the first frame, and as plain sigma is timed
      requestAnimationFrame(() =>
        requestAnimationFrame(() => resolve({ at: performance.now(), layout: h.layout })),
      );
    else requestAnimationFrame(poll);
  };
  poll();
})`;

async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
}

async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(PROBE);
  return page;
}

const longest = (long: [number, number, ...unknown[]][], from: number, to: number) =>
  Math.max(0, ...long.filter(([start]) => start >= from && start < to).map(([, d]) => d));

/** The invoker and function of the longest script in [from, to). */
const longestBy = (scripts: Probe['scripts'], from: number, to: number) =>
  scripts
    .filter(([start]) => start >= from && start < to)
    .reduce<Probe['scripts'][number] | null>((a, b) => (a && a[1] >= b[1] ? a : b), null)?.[2];

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

/** Time from a click on the checkbox to the next frame after it. */
async function toggleMs(
  page: Page,
  selector: Parameters<Page['locator']>[0] | null,
): Promise<number> {
  const box = selector
    ? page.locator(selector)
    : page.getByRole('checkbox', { name: 'Trade', exact: true });
  return box.evaluate(
    (cb: HTMLInputElement) =>
      new Promise<number>((resolve) => {
        const t = performance.now();
        cb.click();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t), 0));
      }),
  );
}

async function appRun(file: string, n: number, full: boolean): Promise<Record<string, Sample>> {
  const browser = await launch();
  try {
    const page = await newPage(browser);
    await page.goto(`http://127.0.0.1:${appPort}/`);
    await page.waitForFunction(() => window.__alignmap?.layout.lastStop != null, null, {
      timeout: TIMEOUT,
    });
    await page.getByTestId('open-import').click();
    const first = page.evaluate(`(${WATCH_APP})(${n})`) as Promise<number>;
    await page.getByTestId('import-input').setInputFiles(file);
    const firstAt = await first;
    const probe = () =>
      page.evaluate(() => (window as never as { __probe: Probe }).__probe) as Promise<Probe>;
    const chosenAt = (await probe()).chosenAt!;
    const result: Record<string, Sample> = {};
    const stable = (await page.evaluate(`(${STABLE_APP})(${n})`)) as {
      at: number;
      layout: { iterations: number; lastRunMs: number };
    };
    const { long, scripts } = await probe();
    const sample: Sample = {
      firstFrame: firstAt - chosenAt,
      longImport: longest(long, chosenAt, firstAt),
      scriptImport: longest(scripts, chosenAt, firstAt),
      scriptImportBy: longestBy(scripts, chosenAt, firstAt),
    };
    if (full) {
      sample.stable = stable.at - chosenAt;
      sample.itPerS = stable.layout.iterations / (stable.layout.lastRunMs / 1000);
      sample.longLayout = longest(long, firstAt, stable.at);
      sample.scriptLayout = longest(scripts, firstAt, stable.at);
      sample.scriptLayoutBy = longestBy(scripts, firstAt, stable.at);
      await page.keyboard.press('Escape');
      sample.filter = await toggleMs(page, null);
      sample.heapMb = await heapMb(page);
    }
    result['app import'] = sample;
    console.error(`bench: ${n} app import (before the reload): ${JSON.stringify(sample)}`);
    // Reload: the import comes back from IndexedDB (a busy page may take long to unload).
    await page.reload({ timeout: TIMEOUT });
    const reloadFirst = (await page.evaluate(`(${WATCH_APP})(${n})`)) as number;
    const reloadStable = (await page.evaluate(`(${STABLE_APP})(${n})`)) as {
      at: number;
      layout: { iterations: number; lastRunMs: number };
    };
    const { long: reloadLong, scripts: reloadScripts } = await probe();
    const reload: Sample = {
      firstFrame: reloadFirst,
      longImport: longest(reloadLong, 0, reloadFirst),
      scriptImport: longest(reloadScripts, 0, reloadFirst),
      scriptImportBy: longestBy(reloadScripts, 0, reloadFirst),
    };
    if (full) {
      reload.stable = reloadStable.at;
      // (since 2026-12-02 a reload reopens the import where its layout left it: no run, no rate)
      if (reloadStable.layout.lastRunMs)
        reload.itPerS = reloadStable.layout.iterations / (reloadStable.layout.lastRunMs / 1000);
      reload.longLayout = longest(reloadLong, reloadFirst, reloadStable.at);
      reload.scriptLayout = longest(reloadScripts, reloadFirst, reloadStable.at);
      reload.scriptLayoutBy = longestBy(reloadScripts, reloadFirst, reloadStable.at);
    }
    result['app reload'] = reload;
    return result;
  } finally {
    await browser.close();
  }
}

/**
 * In the page: ms from the next `type` event (capture, before the app sees it) to the frame after
 * it; marks the input, that frame and the moment the app is idle again in the trace
 * (console.timeStamp) for the main-thread figures (mainThreadOf). Idle is polled every 50 ms (a
 * poll costs the main thread ~0.1 ms; no round trips from the bench meanwhile).
 */
const MEASURE_NEXT = `(type, k) => new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('bench: no ' + type + ' event within 30 s')), 30000);
  document.addEventListener(type, () => {
    const t = performance.now();
    console.timeStamp('bench:in:' + k);
    requestAnimationFrame(() => setTimeout(() => {
      const ms = performance.now() - t;
      console.timeStamp('bench:frame:' + k);
      const settled = () => {
        if (window.__alignmap && window.__alignmap.idle) {
          console.timeStamp('bench:settled:' + k);
          resolve(ms);
        } else setTimeout(settled, 50);
      };
      settled();
    }, 0));
  }, { capture: true, once: true });
})`;

/** Interactions timed on the bundled dataset. */
const INTERACTIONS = ['hover', 'select', 'filter', 'timeStep'] as const;
type Interaction = (typeof INTERACTIONS)[number];

/** One input: wall-clock time to the next frame, and the main thread's work (trace, in ms). */
interface InputSample {
  /** Input → the frame after it (in the page, performance.now()). */
  frame: number;
  /** Main-thread CPU time from the input to that frame. */
  mainToFrame: number;
  /** Wall-clock time the main thread sat blocked on the GPU process in the same span. */
  gpuWait: number;
  /** Main-thread CPU time from the input until the app is idle again (camera moves included). */
  mainSettled: number;
}

type MainThread = Pick<InputSample, 'mainToFrame' | 'gpuWait' | 'mainSettled'>;
type BundledSample = Record<Interaction, InputSample & { slowest: MainThread }>;

/** Trace events as Chromium reports them (Tracing.dataCollected); ts, dur, tdur in µs. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { message?: string } };
}

/**
 * The main thread waiting for the GPU process: with software compositing every frame that changes
 * a WebGL canvas reads it back at the commit (GLES2::ReadPixels → WaitForCmd), and sigma's picking
 * reads a pixel. Blocked time, not CPU time; reported beside it.
 */
const GPU_WAIT = 'ImplementationBase::WaitForCmd';

/** Length of the union of [start, end) intervals, clipped to [from, to). */
function covered(intervals: [number, number][], from: number, to: number): number {
  const xs = intervals
    .map(([a, b]): [number, number] => [Math.max(a, from), Math.min(b, to)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of xs) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/**
 * The main-thread figures of every marked input (`bench:in:<key>`) from a trace: the CPU time
 * (thread time, tdur) of the renderer main thread's tasks (outermost toplevel RunTask) from the
 * task that dispatched the input up to the frame after it (`bench:frame:<key>`) and up to the app
 * being idle again (`bench:settled:<key>`): script, style, layout, paint and commit, without the
 * time the thread sat blocked (on the GPU process) or waited for a core (other processes).
 */
function mainThreadOf(events: TraceEvent[]): Map<string, MainThread> {
  const marks = new Map<string, number>();
  let thread = '';
  for (const e of events) {
    const message = e.name === 'TimeStamp' ? e.args?.data?.message : undefined;
    if (!message?.startsWith('bench:')) continue;
    marks.set(message, e.ts);
    thread = `${e.pid}:${e.tid}`;
  }
  const onMain = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread);
  // outermost tasks only (a nested run loop runs tasks inside another)
  const tasks: { start: number; end: number; cpu: number }[] = [];
  for (const e of onMain
    .filter((x) => x.name === 'ThreadControllerImpl::RunTask')
    .sort((x, y) => x.ts - y.ts)) {
    const last = tasks.at(-1);
    if (last && e.ts < last.end) continue;
    tasks.push({ start: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 });
  }
  const waits: [number, number][] = onMain
    .filter((e) => e.name === GPU_WAIT)
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)]);
  const out = new Map<string, MainThread>();
  for (const [message, at] of marks) {
    if (!message.startsWith('bench:in:')) continue;
    const key = message.slice('bench:in:'.length);
    const frame = marks.get(`bench:frame:${key}`);
    const settled = marks.get(`bench:settled:${key}`);
    if (frame === undefined || settled === undefined) continue;
    // from the task in which the input was dispatched
    const from = tasks.find((t) => t.start <= at && at < t.end)?.start ?? at;
    const cpu = (to: number) =>
      tasks.filter((t) => t.start >= from && t.start < to).reduce((sum, t) => sum + t.cpu, 0);
    out.set(key, {
      mainToFrame: cpu(frame) / 1000,
      gpuWait: covered(waits, from, frame) / 1000,
      mainSettled: cpu(settled) / 1000,
    });
  }
  return out;
}

/**
 * The bundled dataset (202 actors): for a hover onto an actor, a click that selects it, a
 * relation-type filter toggle and one step of the time slider, the time from the input to the
 * frame after it, and the main thread's work for it from a trace (see mainThreadOf); medians of 5
 * (filter: 6) inputs each.
 */
async function bundledRun(): Promise<BundledSample> {
  const browser = await launch();
  try {
    const page = await newPage(browser);
    await page.goto(`http://127.0.0.1:${appPort}/`);
    await page.waitForFunction(() => window.__alignmap?.idle === true, null, { timeout: TIMEOUT });
    const box = (await page.getByTestId('graph').boundingBox())!;
    const frames = new Map<string, number>();
    let count = 0;
    const measure = async (kind: Interaction, type: string, act: () => Promise<unknown>) => {
      const key = `${kind}-${count++}`;
      // the listener is in place before the input is sent
      await page.evaluate(
        `void (window.__next = (${MEASURE_NEXT})(${JSON.stringify(type)}, ${JSON.stringify(key)}))`,
      );
      await act();
      frames.set(key, (await page.evaluate('window.__next')) as number);
    };
    const idle = () => page.waitForFunction(() => window.__alignmap?.idle === true);
    const node = 'japan';
    const cdp = await page.context().newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as never as TraceEvent[])));
    await cdp.send('Tracing.start', {
      categories: 'toplevel,devtools.timeline,gpu',
      transferMode: 'ReportEvents',
    });
    for (let i = 0; i < 5; i++) {
      await page.mouse.move(box.x + 5, box.y + 5);
      await idle();
      // where the actor is now (a selection's camera move shifts it)
      const at = (await page.evaluate((id) => window.__alignmap!.viewportPosition(id), node))!;
      await measure('hover', 'mousemove', () => page.mouse.move(box.x + at.x, box.y + at.y));
      await measure('select', 'mouseup', () => page.mouse.click(box.x + at.x, box.y + at.y));
      // a selection, not a click beside the actor
      await page.getByTestId('actor-details').waitFor();
      await page.keyboard.press('Escape');
      await idle();
    }
    await page.mouse.move(box.x + 5, box.y + 5);
    const box1 = page.locator('[data-testid="filter-relations"] input[type="checkbox"]').first();
    for (let i = 0; i < 6; i++) await measure('filter', 'click', () => box1.click());
    await page.getByRole('radio', { name: 'At a date' }).check();
    await idle();
    const slider = page.getByTestId('time-at');
    for (let i = 0; i < 5; i++) await measure('timeStep', 'input', () => slider.press('ArrowLeft'));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const main = mainThreadOf(events);
    // BENCH_TRACE=file: the trace for a closer look (e.g. in chrome://tracing or Perfetto)
    if (process.env.BENCH_TRACE) writeFileSync(process.env.BENCH_TRACE, JSON.stringify(events));
    const sample = {} as BundledSample;
    for (const kind of INTERACTIONS) {
      const keys = [...frames.keys()].filter((k) => k.startsWith(`${kind}-`));
      const values = (f: (k: string) => number | undefined) =>
        keys.map(f).filter((v): v is number => v !== undefined);
      const field = (name: keyof MainThread) => values((k) => main.get(k)?.[name]);
      sample[kind] = {
        frame: median(values((k) => frames.get(k))),
        mainToFrame: median(field('mainToFrame')),
        gpuWait: median(field('gpuWait')),
        mainSettled: median(field('mainSettled')),
        slowest: {
          mainToFrame: Math.max(...field('mainToFrame')),
          gpuWait: Math.max(...field('gpuWait')),
          mainSettled: Math.max(...field('mainSettled')),
        },
      };
    }
    return sample;
  } finally {
    await browser.close();
  }
}

interface Probe {
  long: [number, number][];
  /** start, duration, invoker and function */
  scripts: [number, number, string][];
  chosenAt: number | null;
}

interface PlainBench {
  chosenAt: number | null;
  firstFrameAt: number | null;
  stableAt: number | null;
  iterations: number;
  layoutMs: number | null;
}

async function plainRun(file: string, full: boolean): Promise<Sample> {
  const browser = await launch();
  try {
    const page = await newPage(browser);
    await page.goto(`http://127.0.0.1:${plainPort}/`);
    await page.getByTestId('import-input').setInputFiles(file);
    await page.waitForFunction(
      () => (window as never as { __bench: PlainBench }).__bench.firstFrameAt !== null,
      null,
      { timeout: TIMEOUT },
    );
    if (full)
      await page.waitForFunction(
        () => (window as never as { __bench: PlainBench }).__bench.stableAt !== null,
        null,
        { timeout: TIMEOUT, polling: 100 },
      );
    const b = (await page.evaluate(
      () => (window as never as { __bench: PlainBench }).__bench,
    )) as PlainBench;
    const { long, scripts } = (await page.evaluate(
      () => (window as never as { __probe: Probe }).__probe,
    )) as Probe;
    const sample: Sample = {
      firstFrame: b.firstFrameAt! - b.chosenAt!,
      longImport: longest(long, b.chosenAt!, b.firstFrameAt!),
      scriptImport: longest(scripts, b.chosenAt!, b.firstFrameAt!),
    };
    if (full) {
      sample.stable = b.stableAt! - b.chosenAt!;
      sample.itPerS = b.iterations / (b.layoutMs! / 1000);
      sample.longLayout = longest(long, b.firstFrameAt!, b.stableAt!);
      sample.scriptLayout = longest(scripts, b.firstFrameAt!, b.stableAt!);
      sample.filter = await toggleMs(page, '[data-testid="toggle-trade"]');
      sample.heapMb = await heapMb(page);
    }
    return sample;
  } finally {
    await browser.close();
  }
}

function serve(dir: string, port: number): ChildProcess {
  // the vite binary itself (not npx), so that kill() ends the server
  return spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir],
    { stdio: 'ignore' },
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  const appDir = `dist-bench-${appPort}`;
  const plainDir = `dist-bench-plain-${plainPort}`;
  // only the bundled interactions (--sizes "" --first-frame ""): no plain page to build or serve
  const plain = sizes.length + firstFrameOnly.length > 0;
  if (!process.argv.includes('--no-build')) {
    // --mode e2e: the build with the read-only hook the bench reads (window.__alignmap)
    execSync(`npm run build -- --outDir ${appDir} --mode e2e`, { stdio: 'inherit' });
    if (plain)
      execSync(`npx vite build bench/plain --outDir ../../${plainDir} --emptyOutDir`, {
        stdio: 'inherit',
      });
  }
  const servers = [serve(appDir, appPort), ...(plain ? [serve(plainDir, plainPort)] : [])];
  try {
    await Promise.all([waitForServer(appPort), ...(plain ? [waitForServer(plainPort)] : [])]);
    const dir = mkdtempSync(join(tmpdir(), 'alignmap-bench-'));
    const all = [...sizes, ...firstFrameOnly];
    const files = new Map<number, string>();
    for (const n of all) {
      const file = join(dir, `synthetic-${n}.json`);
      writeFileSync(file, JSON.stringify(syntheticGraph({ actors: n })));
      files.set(n, file);
    }
    const samples = new Map<string, Sample[]>();
    const add = (n: number, variant: Variant, s: Sample) => {
      const key = `${n}|${variant}`;
      samples.set(key, [...(samples.get(key) ?? []), s]);
      console.error(`bench: ${n} ${variant}: ${JSON.stringify(s)}`);
    };
    const bundledSamples: BundledSample[] = [];
    for (let r = 0; r < runs; r++) {
      if (bundled) {
        bundledSamples.push(await bundledRun());
        console.error(`bench: bundled: ${JSON.stringify(bundledSamples.at(-1))}`);
      }
      for (const n of all) {
        const full = sizes.includes(n);
        const app = await appRun(files.get(n)!, n, full);
        for (const [variant, s] of Object.entries(app)) add(n, variant as Variant, s);
        add(n, 'plain sigma', await plainRun(files.get(n)!, full));
      }
      // the table so far after every round (the last one is the result)
      console.log(`\nAfter round ${r + 1} of ${runs}:\n${machine()}`);
      if (all.length > 0) console.log(`\n${report(all, samples)}`);
      if (bundled) console.log(bundledReport(bundledSamples));
    }
  } finally {
    for (const s of servers) s.kill();
  }
}

const METRICS: [keyof Sample, string, (v: number) => string][] = [
  ['firstFrame', 'first frame', (v) => `${(v / 1000).toFixed(2)} s`],
  ['stable', 'stable picture', (v) => `${(v / 1000).toFixed(1)} s`],
  ['itPerS', 'layout iterations/s', (v) => v.toFixed(1)],
  ['longImport', 'longest task, import', (v) => `${(v / 1000).toFixed(2)} s`],
  ['longLayout', 'longest task, layout', (v) => `${(v / 1000).toFixed(2)} s`],
  ['scriptImport', 'longest script, import', (v) => `${(v / 1000).toFixed(2)} s`],
  ['scriptLayout', 'longest script, layout', (v) => `${(v / 1000).toFixed(2)} s`],
  ['filter', 'filter toggle → frame', (v) => `${(v / 1000).toFixed(2)} s`],
  ['heapMb', 'JS heap after GC', (v) => `${v.toFixed(0)} MB`],
];

function bundledReport(xs: BundledSample[]): string {
  const row = (name: string, kind: Interaction) => {
    const ms = (field: keyof InputSample) =>
      `${median(xs.map((x) => x[kind][field])).toFixed(0)} ms`;
    const slowest = (field: keyof MainThread) =>
      `${Math.max(...xs.map((x) => x[kind].slowest[field])).toFixed(0)} ms`;
    return `| ${name} | ${ms('frame')} | ${ms('mainToFrame')} (${slowest('mainToFrame')}) | ${ms('gpuWait')} | ${ms('mainSettled')} (${slowest('mainSettled')}) |`;
  };
  return [
    '',
    `Bundled dataset (202 actors), medians of ${xs.length} runs (each the median of 5–6 inputs; in brackets the slowest single input of all runs, e.g. the first selection's). "Input → next frame": in the page, from the input event to the frame after it (paint and the wait for the software GPU included). "Main-thread CPU": from a Chromium trace taken meanwhile, the thread (CPU) time of the renderer main thread's tasks from the one that dispatched the input up to that frame — script, style, layout, paint, commit; not the time the thread sat blocked on the GPU process (shown as "GPU wait": with software compositing every frame that changes a WebGL canvas is read back, waiting for SwiftShader to draw it) nor time it waited for a core. "Until settled": the same, on until the app is idle again (the view drawn, a camera move the change starts included, the URL written).`,
    '',
    '| interaction | input → next frame | main-thread CPU, input → frame | GPU wait in it | main-thread CPU until settled |',
    '|---|---|---|---|---|',
    row('hover onto an actor', 'hover'),
    row('click: select an actor', 'select'),
    row('relation-type filter toggle', 'filter'),
    row('time slider: one step', 'timeStep'),
  ].join('\n');
}

function machine(): string {
  return `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), headless Chromium, SwiftShader WebGL; medians of the runs so far; load average (1 min) ${loads.length ? `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}, median ${median(loads).toFixed(1)}` : 'not sampled yet'}.`;
}

function report(all: number[], samples: Map<string, Sample[]>): string {
  const lines = [
    '| actors / relations | metric | app import | app reload | plain sigma | import ÷ plain | reload ÷ plain |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const n of all) {
    for (const [key, name, fmt] of METRICS) {
      const med = (variant: Variant) => {
        const xs = (samples.get(`${n}|${variant}`) ?? [])
          .map((s) => s[key])
          .filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
        return xs.length ? median(xs) : null;
      };
      const a = med('app import');
      const r = med('app reload');
      const p = med('plain sigma');
      if (a === null && p === null) continue;
      const ratio = (x: number | null) =>
        x === null || p === null || p === 0 ? '—' : `${(x / p).toFixed(2)}×`;
      const show = (x: number | null) => (x === null ? '—' : fmt(x));
      lines.push(
        `| ${n.toLocaleString('en')} / ${(n * 5).toLocaleString('en')} | ${name} | ${show(a)} | ${show(r)} | ${show(p)} | ${ratio(a)} | ${ratio(r)} |`,
      );
    }
  }
  return lines.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

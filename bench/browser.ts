// `npm run bench:browser [-- --sizes 1000,10000,50000 --first-frame 100000 --runs 3 --no-build]`:
// the app against plain sigma (bench/plain/) in headless Chromium with software WebGL, on the
// seeded synthetic graphs of bench/synthetic.ts, in one run, interleaved (app import, app reload,
// plain, then the next size, then the next round), printed as a table of medians and ratios.
// The app is imported through its Import dialog and reopened from IndexedDB (reload); plain sigma
// reads the same file with the same stop rule. Ports: E2E_PORT (app, default 4302) and +10 (plain).
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { syntheticGraph } from './synthetic';

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

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
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
  filter?: number;
  heapMb?: number;
}

type Variant = 'app import' | 'app reload' | 'plain sigma';

/** In every page: long tasks, and the moment a file is chosen. */
const PROBE = `
  window.__probe = { long: [], scripts: [], chosenAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      for (const s of e.scripts) window.__probe.scripts.push([s.startTime, s.duration]);
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
    if (h && h.counts.nodes === n) requestAnimationFrame(() => resolve(performance.now()));
    else requestAnimationFrame(first);
  };
  first();
})`;

const STABLE_APP = `(n) => new Promise((resolve) => {
  const poll = () => {
    const h = window.__alignmap;
    if (h && h.counts.nodes === n && h.layout.lastStop !== null && !h.layout.running)
      // the frame after the stopped picture's (as for the first frame, and as plain sigma is timed)
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

const longest = (long: [number, number][], from: number, to: number) =>
  Math.max(0, ...long.filter(([start]) => start >= from && start < to).map(([, d]) => d));

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
    };
    if (full) {
      sample.stable = stable.at - chosenAt;
      sample.itPerS = stable.layout.iterations / (stable.layout.lastRunMs / 1000);
      sample.longLayout = longest(long, firstAt, stable.at);
      sample.scriptLayout = longest(scripts, firstAt, stable.at);
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
    };
    if (full) {
      reload.stable = reloadStable.at;
      reload.itPerS = reloadStable.layout.iterations / (reloadStable.layout.lastRunMs / 1000);
      reload.longLayout = longest(reloadLong, reloadFirst, reloadStable.at);
      reload.scriptLayout = longest(reloadScripts, reloadFirst, reloadStable.at);
    }
    result['app reload'] = reload;
    return result;
  } finally {
    await browser.close();
  }
}

/** In the page: ms from the next `type` event (capture, before the app sees it) to the frame after it. */
const MEASURE_NEXT = `(type) => new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error('bench: no ' + type + ' event within 30 s')), 30000);
  document.addEventListener(type, () => {
    const t = performance.now();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t), 0));
  }, { capture: true, once: true });
})`;

interface BundledSample {
  hover: number;
  select: number;
  filter: number;
  timeStep: number;
}

/**
 * The bundled dataset (202 actors): input → next frame for a hover onto an actor, a click that
 * selects it, a relation-type filter toggle and one step of the time slider; medians of 5 each.
 */
async function bundledRun(): Promise<BundledSample> {
  const browser = await launch();
  try {
    const page = await newPage(browser);
    await page.goto(`http://127.0.0.1:${appPort}/`);
    await page.waitForFunction(() => window.__alignmap?.idle === true, null, { timeout: TIMEOUT });
    const box = (await page.getByTestId('graph').boundingBox())!;
    const measure = async (type: string, act: () => Promise<unknown>) => {
      // the listener is in place before the input is sent
      await page.evaluate(`void (window.__next = (${MEASURE_NEXT})(${JSON.stringify(type)}))`);
      await act();
      return page.evaluate('window.__next') as Promise<number>;
    };
    const node = 'japan';
    const at = (await page.evaluate((id) => window.__alignmap!.viewportPosition(id), node))!;
    const hover: number[] = [];
    const select: number[] = [];
    const filter: number[] = [];
    const step: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.mouse.move(box.x + 5, box.y + 5);
      await page.waitForFunction(() => window.__alignmap?.idle === true);
      hover.push(await measure('mousemove', () => page.mouse.move(box.x + at.x, box.y + at.y)));
      await page.waitForFunction(() => window.__alignmap?.idle === true);
      select.push(await measure('mouseup', () => page.mouse.click(box.x + at.x, box.y + at.y)));
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.__alignmap?.idle === true);
    }
    await page.mouse.move(box.x + 5, box.y + 5);
    const box1 = page.locator('[data-testid="filter-relations"] input[type="checkbox"]').first();
    for (let i = 0; i < 6; i++) {
      filter.push(await measure('click', () => box1.click()));
      await page.waitForFunction(() => window.__alignmap?.idle === true);
    }
    await page.getByRole('radio', { name: 'At a date' }).check();
    await page.waitForFunction(() => window.__alignmap?.idle === true);
    const slider = page.getByTestId('time-at');
    for (let i = 0; i < 5; i++) {
      step.push(await measure('input', () => slider.press('ArrowLeft')));
      await page.waitForFunction(() => window.__alignmap?.idle === true);
    }
    return {
      hover: median(hover),
      select: median(select),
      filter: median(filter),
      timeStep: median(step),
    };
  } finally {
    await browser.close();
  }
}

interface Probe {
  long: [number, number][];
  scripts: [number, number][];
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

async function waitForServer(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`bench: no server on port ${port}`);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  const appDir = `dist-bench-${appPort}`;
  const plainDir = `dist-bench-plain-${plainPort}`;
  if (!process.argv.includes('--no-build')) {
    // --mode e2e: the build with the read-only hook the bench reads (window.__alignmap)
    execSync(`npm run build -- --outDir ${appDir} --mode e2e`, { stdio: 'inherit' });
    execSync(`npx vite build bench/plain --outDir ../../${plainDir} --emptyOutDir`, {
      stdio: 'inherit',
    });
  }
  const servers = [serve(appDir, appPort), serve(plainDir, plainPort)];
  try {
    await Promise.all([waitForServer(appPort), waitForServer(plainPort)]);
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
      console.log(`\nAfter round ${r + 1} of ${runs}:\n${report(all, samples)}`);
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
  const row = (name: string, key: keyof BundledSample) =>
    `| ${name} | ${median(xs.map((x) => x[key])).toFixed(0)} ms |`;
  return [
    '',
    `Bundled dataset (202 actors), input → next frame, medians of ${xs.length} runs (each the median of 5–6 inputs):`,
    '',
    '| interaction | input → next frame |',
    '|---|---|',
    row('hover onto an actor', 'hover'),
    row('click: select an actor', 'select'),
    row('relation-type filter toggle', 'filter'),
    row('time slider: one step', 'timeStep'),
  ].join('\n');
}

function report(all: number[], samples: Map<string, Sample[]>): string {
  const lines = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), headless Chromium, SwiftShader WebGL; medians of the runs so far; load average (1 min) ${loads.length ? `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}, median ${median(loads).toFixed(1)}` : 'not sampled yet'}.`,
    '',
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

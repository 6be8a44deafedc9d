// `npx tsx bench/reload-trace.ts [--actors 50000] [--port 4331] [--dir dist-bench-4331] [--over 40]
// [--reloads N [--gc] | --cpu f,g,busy | --heap major|live]`: imports the synthetic graph, waits for
// the layout to stop, then reloads the page (the import comes back from IndexedDB) and follows it
// until the layout stopped again and the app is idle. By default under a Chromium trace: the
// renderer main thread's tasks over `--over` ms (from the navigation), each with its JavaScript
// entry points and the collector's pauses inside it, the collector's pauses and the JS heap per
// second. The other modes (below): many reloads with their longest scripts, a CPU profile, or a
// sampled heap profile. For finding what lands in a reload's layout frames (bench/browser.ts
// measures; this explains). Expects a built app in --dir (`npx vite build --mode e2e --outDir
// <dir>`, with `--minify false` for function names).
import { busyRuns, profileSummary, type CpuProfile } from './cpu-profile';
import { importAndSettle, option, reloadAndSettle, withProbePage } from './page-harness';

const actors = Number(option('actors', '50000'));
const port = Number(option('port', '4331'));
const dir = option('dir', `dist-bench-${port}`);
const over = Number(option('over', '40'));
/**
 * `--heap major`: instead of the trace, a sampled heap profile of the reload that keeps what the
 * major collector freed (objects that lived long enough to reach the old generation, then died),
 * taken after a forced collection; `--heap live`: only what is still alive then. The difference
 * is the old generation's garbage, per allocating function.
 */
const heap = option('heap', '');
/**
 * `--cpu f,g`: instead of the trace, a CPU profile of the reload (100 µs sampling) summarised
 * under each named function (e.g. the layout's stop: `copy,releaseFrames`); needs an unminified
 * build (`--minify false`).
 */
const cpu = option('cpu', '');
/**
 * `--reloads N`: no trace; N reloads in a row, each followed until the layout stopped and the app
 * is idle: the longest script (long animation frames) from the graph's handoff on, and what ran it.
 */
const reloads = Number(option('reloads', '0'));
/** With `--reloads`: also trace the collector (its pauses inside the longest script; slows the page a little). */
const traceGc = process.argv.includes('--gc');

interface HeapNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

/** Allocated bytes per function: self (the allocating frame) and inclusive (anywhere on the stack). */
function heapSummary(head: HeapNode, rows = 30): string {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const key = (n: HeapNode) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const walk = (n: HeapNode, onStack: Set<string>): number => {
    const k = key(n);
    let total = n.selfSize;
    self.set(k, (self.get(k) ?? 0) + n.selfSize);
    const seen = new Set(onStack).add(k);
    for (const c of n.children) total += walk(c, seen);
    if (!onStack.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + total);
    return total;
  };
  const all = walk(head, new Set());
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(([k, b]) => `  ${(b / 1048576).toFixed(1).padStart(7)} MB  ${k}`)
      .join('\n');
  return `sampled: ${(all / 1048576).toFixed(1)} MB\nself:\n${top(self)}\ninclusive:\n${top(inclusive)}`;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: {
      functionName?: string;
      url?: string;
      lineNumber?: number;
      message?: string;
      jsHeapSizeUsed?: number;
    };
  };
}

const GC =
  /^(MinorGC|MajorGC|V8\.GC_SCAVENGER|V8\.GC_MC_(BACKGROUND|INCREMENTAL)|V8\.GCFinalizeMC$|V8\.GCScavenger$|V8\.GCIncrementalMarking$|V8\.GCMinorMS$|V8\.GC_MINOR_MS$|V8\.GCCompactor$|BlinkGC\.AtomicPhase)/;

async function main(): Promise<void> {
  await withProbePage({ port, dir, actors }, async ({ page, file }) => {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.__alignmap?.layout.lastStop != null, null, {
      timeout: 600_000,
    });
    await importAndSettle(page, file);
    if (reloads > 0) {
      await page.addInitScript(`
        window.__scripts = [];
        new PerformanceObserver((l) => { for (const e of l.getEntries()) for (const s of e.scripts)
          window.__scripts.push([s.startTime, s.duration, s.invoker + ' ' + s.sourceFunctionName + ' ' + s.sourceURL.split('/').pop() + ':' + s.sourceCharPosition]); })
          .observe({ type: 'long-animation-frame', buffered: true });`);
      const rounds: number[] = [];
      const tracer = await page.context().newCDPSession(page);
      for (let r = 0; r < reloads; r++) {
        // the collector's events, to say what filled the longest script
        const events: TraceEvent[] = [];
        const onData = (e: { value: unknown }) => events.push(...(e.value as TraceEvent[]));
        tracer.on('Tracing.dataCollected', onData);
        if (traceGc)
          await tracer.send('Tracing.start', {
            traceConfig: {
              includedCategories: [
                'v8',
                'disabled-by-default-v8.gc',
                'blink.user_timing',
                '__metadata',
              ],
            },
            transferMode: 'ReportEvents',
          });
        await reloadAndSettle(page);
        const [handoff, scripts] = (await page.evaluate(() => [
          performance.getEntriesByName('alignmap:graph-handoff')[0]?.startTime ?? 0,
          (window as never as { __scripts: [number, number, string][] }).__scripts,
        ])) as [number, [number, number, string][]];
        if (traceGc) {
          const done = new Promise<void>((res) =>
            tracer.once('Tracing.tracingComplete', () => res()),
          );
          await tracer.send('Tracing.end');
          await done;
        }
        tracer.off('Tracing.dataCollected', onData);
        const after = scripts.filter(([t]) => t >= handoff).sort((a, b) => b[1] - a[1]);
        rounds.push(after[0]?.[1] ?? 0);
        const start = events.filter((e) => e.name === 'navigationStart').at(-1);
        if (after[0] && start) {
          const from = start.ts + after[0][0] * 1000;
          const to = from + after[0][1] * 1000;
          const inScript = events.filter(
            (e) =>
              e.pid === start.pid &&
              e.tid === start.tid &&
              e.ph === 'X' &&
              /^(MinorGC|MajorGC|V8\.GCFinalizeMC|V8\.GCIncrementalMarking|V8\.GCScavenger|V8\.GCCompactor|V8\.GC_MC_MARK|V8\.GC_HEAP_EXTERNAL)/.test(
                e.name,
              ) &&
              e.ts < to &&
              e.ts + (e.dur ?? 0) > from &&
              (e.dur ?? 0) > 3000,
          );
          console.log(
            `  collector in the longest script: ${inScript.map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)}`).join(', ') || 'none over 3 ms'}`,
          );
        }
        console.log(
          `reload ${r + 1}: longest scripts after the handoff: ${after
            .slice(0, 3)
            .map(
              ([t, d, by]) =>
                `${d.toFixed(0)} ms at ${((t - handoff) / 1000).toFixed(1)} s (${by})`,
            )
            .join(', ')}`,
        );
        const before = scripts.filter(([t]) => t < handoff).sort((a, b) => b[1] - a[1]);
        console.log(
          `  before the handoff (${(handoff / 1000).toFixed(1)} s from navigation): ${before
            .slice(0, 3)
            .map(([t, d, by]) => `${d.toFixed(0)} ms at ${(t / 1000).toFixed(1)} s (${by})`)
            .join(', ')}`,
        );
      }
      rounds.sort((a, b) => a - b);
      console.log(
        `longest script per reload, sorted (ms): ${rounds.map((d) => d.toFixed(0)).join(', ')}`,
      );
      return;
    }
    const cdp = await page.context().newCDPSession(page);
    if (cpu) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await reloadAndSettle(page);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      for (const under of cpu.split(',').filter((u) => u !== 'busy'))
        console.log(
          `--- under ${under}\n${profileSummary(profile, { under, self: 12, inclusive: 20 })}`,
        );
      // `--cpu busy`: every busy stretch of at least `--over` ms, with its functions
      if (cpu.split(',').includes('busy'))
        for (const run of busyRuns(profile, over))
          console.log(
            `--- busy ${run.ms.toFixed(0)} ms at ${(run.at / 1000).toFixed(2)} s (profile time)\n` +
              profileSummary(run.part, { self: 10, inclusive: 28 }),
          );
      return;
    }
    if (heap) {
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.startSampling', {
        samplingInterval: 16384,
        includeObjectsCollectedByMajorGC: heap === 'major',
        includeObjectsCollectedByMinorGC: false,
      });
      await reloadAndSettle(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { profile } = (await cdp.send('HeapProfiler.getSamplingProfile')) as {
        profile: { head: HeapNode };
      };
      await cdp.send('HeapProfiler.stopSampling');
      console.log(`heap (${heap}):\n${heapSummary(profile.head)}`);
      return;
    }
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8',
          'disabled-by-default-v8.gc',
          'blink.user_timing',
          'toplevel',
          '__metadata',
        ],
      },
      transferMode: 'ReportEvents',
    });
    await reloadAndSettle(page);
    await cdp.send('Tracing.end');
    await done;
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .map((m) => [m.name, Math.round(m.startTime)] as [string, number]),
    );
    // the renderer's main thread: the one that ran the page's marks' thread name CrRendererMain
    const mains = new Set(
      events
        .filter(
          (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
        )
        .map((e) => `${e.pid}:${e.tid}`),
    );
    const busiest = [...mains].sort(
      (a, b) =>
        events.filter((e) => `${e.pid}:${e.tid}` === b).length -
        events.filter((e) => `${e.pid}:${e.tid}` === a).length,
    )[0];
    const main = events.filter((e) => `${e.pid}:${e.tid}` === busiest);
    // the reload's navigation start: performance marks count from it
    const nav =
      main.filter((e) => e.name === 'navigationStart').at(-1)?.ts ??
      main.find((e) => e.ph === 'X')!.ts;
    const tasks = main
      .filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask')
      .sort((a, b) => a.ts - b.ts);
    const outer: TraceEvent[] = [];
    for (const t of tasks) {
      const last = outer.at(-1);
      if (last && t.ts < last.ts + (last.dur ?? 0)) continue;
      outer.push(t);
    }
    const ms = (us: number) => (us / 1000).toFixed(0);
    const inside = (t: TraceEvent, e: TraceEvent) =>
      e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && e !== t;
    const gcs = main.filter((e) => e.ph === 'X' && GC.test(e.name));
    console.log(
      `marks: ${marks.map(([n, t]) => `${n}@${t}`).join(', ')}\n` +
        `collector on the main thread: ${gcs.length} events, ` +
        `${ms(gcs.filter((e) => /^(MinorGC|MajorGC)$/.test(e.name)).reduce((s, e) => s + (e.dur ?? 0), 0))} ms in MinorGC/MajorGC`,
    );
    console.log(
      `collector pauses over 10 ms: ${gcs
        .filter((e) => /^(MinorGC|MajorGC)$/.test(e.name) && (e.dur ?? 0) > 10_000)
        .map((e) => `${e.name} ${ms(e.dur ?? 0)} at ${ms(e.ts - nav)}`)
        .join(', ')}`,
    );
    // the JS heap, sampled by the timeline's counters: its peak per second
    const perSecond = new Map<number, number>();
    for (const e of main)
      if (e.name === 'UpdateCounters' && e.args?.data?.jsHeapSizeUsed !== undefined) {
        const s = Math.floor((e.ts - nav) / 1e6);
        perSecond.set(s, Math.max(perSecond.get(s) ?? 0, e.args.data.jsHeapSizeUsed));
      }
    console.log(
      `JS heap peak per second (MB): ${[...perSecond]
        .sort((a, b) => a[0] - b[0])
        .map(([s, b]) => `${s}s:${(b / 1048576).toFixed(0)}`)
        .join(' ')}`,
    );
    for (const t of outer) {
      if ((t.dur ?? 0) < over * 1000) continue;
      const calls = main
        .filter((e) => e.ph === 'X' && e.name === 'FunctionCall' && inside(t, e))
        .filter((e) => (e.dur ?? 0) > 5000)
        .map(
          (e) =>
            `${e.args?.data?.functionName || '(anon)'}@${(e.args?.data?.url ?? '').split('/').pop()}:${e.args?.data?.lineNumber} ${ms(e.dur ?? 0)}`,
        );
      // the task's other big steps (rendering, GPU waits, message handling)
      const steps = main
        .filter((e) => e.ph === 'X' && inside(t, e) && (e.dur ?? 0) > 20_000)
        .filter((e) => !GC.test(e.name) && e.name !== 'FunctionCall')
        .map((e) => `${e.name} ${ms(e.dur ?? 0)}`)
        .slice(0, 6);
      const gc = gcs
        .filter(
          (e) => inside(t, e) && (e.dur ?? 0) > 5000 && /^(MinorGC|MajorGC|V8\.GC)/.test(e.name),
        )
        .map((e) => `${e.name} ${ms(e.dur ?? 0)}`);
      console.log(
        `${ms(t.ts - nav).padStart(6)} ms  task ${ms(t.dur ?? 0).padStart(4)} ms | ${calls.join(', ')} | ${steps.join(', ')}${gc.length ? ` | GC: ${gc.join(', ')}` : ''}`,
      );
    }
  });
}

void main();

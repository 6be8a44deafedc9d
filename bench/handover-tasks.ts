// `npx tsx bench/handover-tasks.ts [--actors 50000] [--reload] [--port 4331] [--dir dist-bench-4331]
// [--window 8000]`: the tasks from the moment an imported (or, with --reload, a stored) graph is
// handed to the view (the `alignmap:graph-handoff` mark) for `--window` ms (the layout starts in it): every long-animation-frame script of at least
// 30 ms, each with the functions that took its time (a CPU profile cut at the script's bounds:
// a short marker loop at the file choice / page load aligns the profile's clock with the page's).
// For issue 9's "no script of ours over 200 ms" in the handover. Expects a built app in --dir.
import type { CpuProfile } from './cpu-profile';
import { profileSummary } from './cpu-profile';
import { option, withProbePage } from './page-harness';

const actors = Number(option('actors', '50000'));
const port = Number(option('port', '4331'));
const dir = option('dir', `dist-bench-${port}`);
const reload = process.argv.includes('--reload');
const windowMs = Number(option('window', '8000'));
const rows = Number(option('rows', '6'));
/** Also the scripts this many ms before the handoff (the import's last steps). */
const before = Number(option('before', '0'));

const INIT = `
  window.__probe = { scripts: [], long: [], marker: null };
  window.__probeMarker = function __probeMarker() {
    const t = performance.now(); while (performance.now() - t < 20) {} window.__probe.marker = t;
  };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) for (const s of e.scripts)
    if (s.duration >= 30) window.__probe.scripts.push([s.startTime, s.duration, s.invoker,
      s.sourceFunctionName, (s.sourceURL || '').split('/').pop() + ':' + s.sourceCharPosition]); })
    .observe({ type: 'long-animation-frame', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__probe.long.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  document.addEventListener('change', (e) => {
    if (e.target?.dataset?.testid === 'import-input') window.__probeMarker(); }, true);
`;

/** The samples of `profile` between `from` and `to` (ms on the profile's own clock). */
function cut(profile: CpuProfile, from: number, to: number): CpuProfile {
  let t = 0;
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]! / 1000;
    if (t >= from && t <= to) {
      samples.push(id);
      timeDeltas.push(profile.timeDeltas[i]!);
    }
  });
  return { ...profile, samples, timeDeltas };
}

/** Where the marker loop ran in the profile (ms from its start). */
function markerAt(profile: CpuProfile): number | null {
  const ids = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === '__probeMarker').map((n) => n.id),
  );
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const under = (id: number) => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
      if (ids.has(cur)) return true;
    return false;
  };
  let t = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]! / 1000;
    if (under(profile.samples[i]!)) return t;
  }
  return null;
}

async function main(): Promise<void> {
  await withProbePage({ port, dir, actors }, async ({ page, file }) => {
    await page.addInitScript(INIT);
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => window.__alignmap?.layout.lastStop != null, null, {
      timeout: 600_000,
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await page.getByTestId('open-import').click();
    if (reload) {
      await page.getByTestId('import-input').setInputFiles(file);
      // the import on screen and laid out (not the previous graph's stop)
      await page.waitForFunction(
        (n) => window.__alignmap?.counts.nodes === n && window.__alignmap.layout.lastStop != null,
        actors,
        { timeout: 600_000, polling: 500 },
      );
      await new Promise((r) => setTimeout(r, 3000)); // the store
      await page.addInitScript(
        `addEventListener('DOMContentLoaded', () => window.__probeMarker());`,
      );
    }
    await cdp.send('Profiler.start');
    if (reload) await page.reload();
    else await page.getByTestId('import-input').setInputFiles(file);
    const handoff = (await page
      .waitForFunction(
        () => performance.getEntriesByName('alignmap:graph-handoff').at(-1)?.startTime ?? null,
        null,
        { timeout: 600_000, polling: 200 },
      )
      .then((h) => h.jsonValue())) as number;
    await page.waitForFunction((until) => performance.now() > until, handoff + windowMs, {
      timeout: 600_000,
      polling: 200,
    });
    await new Promise((r) => setTimeout(r, 500));
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const probe = (await page.evaluate('window.__probe')) as {
      scripts: [number, number, string, string, string][];
      long: [number, number][];
      marker: number | null;
    };
    const mark = markerAt(profile);
    const offset = mark !== null && probe.marker !== null ? mark - probe.marker : null;
    const end = handoff + windowMs;
    const ours = probe.scripts.filter(([t]) => t >= handoff - 5 - before && t < end);
    const longs = probe.long.filter(([t]) => t >= handoff - 5 && t < end);
    console.log(
      `${actors} actors, ${reload ? 'reload' : 'import'}: handoff at ${handoff.toFixed(0)} ms; long tasks after it: ${longs.map(([t, d]) => `+${(t - handoff).toFixed(0)}:${d.toFixed(0)}`).join(' ')}`,
    );
    for (const [t, d, by, fn, src] of ours) {
      console.log(
        `--- script +${(t - handoff).toFixed(0)} ms: ${d.toFixed(0)} ms ${by} ${fn} ${src}`,
      );
      if (offset !== null)
        console.log(
          profileSummary(cut(profile, t + offset, t + d + offset), {
            self: rows,
            inclusive: rows * 2,
          }),
        );
    }
    console.log(
      `longest script from the handoff: ${Math.max(0, ...ours.map(([, d]) => d)).toFixed(0)} ms; longest task ${Math.max(0, ...longs.map(([, d]) => d)).toFixed(0)} ms`,
    );
  });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

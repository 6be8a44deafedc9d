// `npx tsx bench/heap-import.ts [--actors 10000] [--port 4331] [--dir dist-bench-4331] [--plain dir]`:
// imports the synthetic graph through the Import dialog, waits for the layout to stop, collects
// garbage and takes a heap snapshot (CDP HeapProfiler); prints the self size per constructor (the
// top 40) — what holds the memory the bench's "JS heap after GC" reports.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { option, withProbePage } from './page-harness';

const actors = Number(option('actors', '10000'));
const port = Number(option('port', '4331'));
const dir = option('dir', `dist-bench-${port}`);

async function snapshot(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  console.log(`heap used after GC: ${(usedSize / 1048576).toFixed(1)} MB`);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const save = option('save', '');
  if (save) writeFileSync(save, chunks.join(''));
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const f = snap.snapshot.meta.node_fields;
  const w = f.length;
  const iType = f.indexOf('type');
  const iName = f.indexOf('name');
  const iSize = f.indexOf('self_size');
  const types = snap.snapshot.meta.node_types[0];
  const agg = new Map<string, [number, number]>();
  for (let i = 0; i < snap.nodes.length; i += w) {
    const type = types[snap.nodes[i + iType]!]!;
    const name =
      type === 'object' || type === 'closure' ? snap.strings[snap.nodes[i + iName]!]! : `(${type})`;
    const key = `${type}:${name}`;
    const cur = agg.get(key) ?? [0, 0];
    cur[0] += snap.nodes[i + iSize]!;
    cur[1]++;
    agg.set(key, cur);
  }
  // who holds the plain objects and arrays: their first retainer's name and the edge's name
  const meta = snap.snapshot.meta as unknown as { edge_fields: string[]; edge_types: [string[]] };
  const raw = snap as unknown as { edges: number[] };
  const ew = meta.edge_fields.length;
  const eType = meta.edge_fields.indexOf('type');
  const eName = meta.edge_fields.indexOf('name_or_index');
  const eTo = meta.edge_fields.indexOf('to_node');
  const iEdges = f.indexOf('edge_count');
  const etypes = meta.edge_types[0];
  const retainer = new Map<number, string>();
  const parentOf = new Map<number, number>();
  let e = 0;
  for (let i = 0; i < snap.nodes.length; i += w) {
    const from = snap.strings[snap.nodes[i + iName]!]!;
    const n = snap.nodes[i + iEdges]!;
    for (let k = 0; k < n; k++, e += ew) {
      const to = raw.edges[e + eTo]!;
      if (retainer.has(to)) continue;
      const et = etypes[raw.edges[e + eType]!]!;
      if (et === 'weak' || et === 'shortcut') continue;
      const name =
        et === 'element' || et === 'hidden' ? `[${et}]` : snap.strings[raw.edges[e + eName]!]!;
      retainer.set(to, `${from.slice(0, 30)}.${String(name).slice(0, 30)}`);
      parentOf.set(to, i);
    }
  }
  const held = new Map<string, [number, number]>();
  for (let i = 0; i < snap.nodes.length; i += w) {
    const type = types[snap.nodes[i + iType]!]!;
    const name = snap.strings[snap.nodes[i + iName]!]!;
    if (
      !(type === 'object' && (name === 'Object' || name === 'Array')) &&
      type !== 'array' &&
      type !== 'number'
    )
      continue;
    let key = `${type}:${type === 'object' ? name : ''}`;
    for (
      let d = 0, cur: number | undefined = i;
      d < 3 && cur !== undefined;
      d++, cur = parentOf.get(cur)
    )
      key += ` ← ${retainer.get(cur) ?? '?'}`;
    const cur = held.get(key) ?? [0, 0];
    cur[0] += snap.nodes[i + iSize]!;
    cur[1]++;
    held.set(key, cur);
  }
  for (const [k, [size, count]] of [...held].sort((a, b) => b[1][0] - a[1][0]).slice(0, 40))
    console.log(
      `held ${(size / 1048576).toFixed(2).padStart(7)} MB ${String(count).padStart(8)}  ${k}`,
    );
  const rows = [...agg].sort((a, b) => b[1][0] - a[1][0]).slice(0, 40);
  for (const [k, [size, count]] of rows)
    console.log(
      `${(size / 1048576).toFixed(2).padStart(7)} MB ${String(count).padStart(8)}  ${k.slice(0, 100)}`,
    );
}

async function main(): Promise<void> {
  await withProbePage({ port, dir, actors }, async ({ page, file }) => {
    await page.goto(`http://127.0.0.1:${port}/`);
    if (process.argv.includes('--plain')) {
      await page.getByTestId('import-input').setInputFiles(file);
      await page.waitForFunction(
        () =>
          (window as never as { __bench: { stableAt: number | null } }).__bench.stableAt !== null,
        null,
        { timeout: 600_000 },
      );
    } else {
      await page.waitForFunction(() => window.__alignmap?.layout.lastStop != null, null, {
        timeout: 600_000,
      });
      await page.getByTestId('open-import').click();
      await page.getByTestId('import-input').setInputFiles(file);
      await page.waitForFunction(
        (n) =>
          window.__alignmap?.counts.nodes === n &&
          window.__alignmap.layout.lastStop !== null &&
          !window.__alignmap.layout.running,
        actors,
        { timeout: 600_000 },
      );
      await page.keyboard.press('Escape');
      // `--reload-at <ms>`: reload (the import comes back from IndexedDB) and take the snapshot
      // that long after the graph was handed to the view (during the layout): what a reload's
      // layout carries besides the graph
      const at = Number(option('reload-at', '-1'));
      if (at >= 0) {
        await page.reload({ timeout: 600_000 });
        await page.waitForFunction(
          (ms) => {
            const mark = performance.getEntriesByName('alignmap:graph-handoff')[0];
            return mark !== undefined && performance.now() > mark.startTime + ms;
          },
          at,
          { timeout: 600_000, polling: 50 },
        );
        console.log(
          `layout running: ${await page.evaluate(() => window.__alignmap?.layout.running)}`,
        );
      }
    }
    await snapshot(page);
  });
}
main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

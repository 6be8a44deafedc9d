// The page builds a worker's graph in slices of at most `budget` nodes or edges per task
// (src/model/build-sliced.ts): the same graph as the whole build, never more than the budget per
// slice, nothing half-built handed over on a failure or a cancel, a newer import cancelling an
// older one midway — and, through DatasetState with a worker double, the graph on screen untouched
// by a build that fails midway.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createEmptyGraph } from '../../src/model/build';
import { BuildCancelled, INTERNED_LENGTH, SlicedGraphBuild } from '../../src/model/build-sliced';
import { graphParts, type GraphPart } from '../../src/model/graph-handoff';
import type { SerializedAlignmapGraph } from '../../src/model/graph-types';
import { createDatasetStore, type KeyValueBackend } from '../../src/io/dataset-store';
import { createImportClient, type WorkerLike } from '../../src/io/import-client';
import {
  createImportHandler,
  type ImportRequest,
  type ImportResponse,
} from '../../src/io/import-protocol';
import { AppState } from '../../src/state/app-state.svelte';
import { DatasetState } from '../../src/state/dataset-state.svelte';
import { countHeapStrings } from './helpers/heap-strings';
import { VIEW_SUMMARIES } from '../../src/state/graph-summaries';
import { memoryBackend } from './helpers/memory-backend';

/** A hand-built graph: graph attributes, nested values, directed and undirected parallel edges. */
function handBuilt(): SerializedAlignmapGraph {
  const g = createEmptyGraph();
  g.replaceAttributes({ name: 'hand-built', sources: [{ id: 's1', title: 'T' }] } as never);
  const kinds = ['state', 'person', 'organization'];
  for (let i = 0; i < 11; i++)
    g.addNode(`n${i}`, {
      label: `N${i}`,
      labelJa: `ノード${i}`,
      kind: kinds[i % 3],
      aliases: i % 2 ? [`alias ${i}`] : [],
      ...(i % 4 === 0 ? { x: i * 1.5, y: -i } : {}),
    } as never);
  for (let i = 0; i < 11; i++) {
    const ev = [{ quote: `q${i}`, source: 's1', nested: { deep: [i, { i }] } }];
    const attrs = (relation: string) => ({
      relation,
      status: 'active',
      certainty: 'confirmed',
      evidence: ev,
    });
    g.addDirectedEdgeWithKey(`d${i}`, `n${i}`, `n${(i + 1) % 11}`, attrs('sanction') as never);
    g.addUndirectedEdgeWithKey(`u${i}`, `n${i}`, `n${(i + 3) % 11}`, attrs('alliance') as never);
    // a parallel edge of another type between the same pair
    g.addDirectedEdgeWithKey(`p${i}`, `n${i}`, `n${(i + 1) % 11}`, attrs('pressure') as never);
  }
  return g.export() as SerializedAlignmapGraph;
}

/** A yieldTask the test steps by hand: each wait is recorded and released by step(). */
function manualTasks() {
  const waiting: (() => void)[] = [];
  return {
    yieldTask: () => new Promise<void>((resolve) => waiting.push(resolve)),
    get waits() {
      return waiting.length;
    },
    /** Lets the oldest waiting slice go on, then lets its microtasks run. */
    async step() {
      waiting.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

const itemCount = (p: GraphPart) =>
  p.kind === 'nodes' ? p.nodes.length : p.kind === 'edges' ? p.edges.length : 0;

describe('SlicedGraphBuild', () => {
  it('builds exactly the graph of the whole build, in slices of at most the budget', async () => {
    const original = handBuilt();
    const whole = createEmptyGraph();
    whole.import(structuredClone(original));
    const build = new SlicedGraphBuild({ budget: 4, yieldTask: () => Promise.resolve() });
    for (const part of graphParts(original, 7)) build.add(structuredClone(part));
    const graph = await build.finish();
    expect(graph.export()).toEqual(whole.export());
    expect(graph.export()).toEqual(original);
    expect(graph.isDirected('d3') && graph.isUndirected('u3')).toBe(true);
    expect(graph.edges('n2', 'n3').sort()).toEqual(['d2', 'p2']);
    // 11 nodes and 33 edges: every slice within the budget, all items added once
    expect(Math.max(...build.slices)).toBeLessThanOrEqual(4);
    expect(build.slices.reduce((a, b) => a + b, 0)).toBe(44);
    expect(build.slices.length).toBeGreaterThanOrEqual(11);
  });

  it('keeps one copy of each short attribute string, not one per relation as the clone made', async () => {
    // values made at run time (no literal in this file holds them), one copy per relation from the
    // structured clone of each part, as a worker's messages deliver them
    const status = ['status', 'under', 'test'].join('-');
    const certainty = ['certainty', 'under', 'test'].join('-');
    const long = 'x'.repeat(INTERNED_LENGTH + 1);
    const g = createEmptyGraph();
    for (let i = 0; i < 300; i++) g.addNode(`n${i}`, { label: `N${i}`, kind: 'state' } as never);
    for (let i = 0; i < 600; i++)
      g.addEdge(`n${i % 300}`, `n${(i * 7 + 1) % 300}`, {
        relation: 'trade',
        status,
        certainty,
        note: long,
        evidence: [],
      } as never);
    const parts = [...graphParts(g.export() as SerializedAlignmapGraph, 100)].map((p) =>
      structuredClone(p),
    );
    g.clear();
    const build = new SlicedGraphBuild({ budget: 50, yieldTask: () => Promise.resolve() });
    for (const part of parts) build.add(part);
    parts.length = 0;
    const graph = await build.finish();
    expect(graph.size).toBe(600);
    expect(graph.getEdgeAttributes(graph.edges()[5]!).status).toBe(status);
    // one copy each of the short ones (with the one made above); the long note stays per relation
    expect(await countHeapStrings(status)).toBe(2);
    expect(await countHeapStrings(certainty)).toBe(2);
    expect(await countHeapStrings(long)).toBeGreaterThan(600);
  });

  it('adds one slice in the task a part arrives in, the rest after new tasks', async () => {
    const tasks = manualTasks();
    const build = new SlicedGraphBuild({ budget: 3, yieldTask: tasks.yieldTask });
    const parts = [...graphParts(handBuilt(), 100)]; // start, 11 nodes, 33 edges
    build.add(parts[0]!);
    build.add(parts[1]!);
    // one slice of 3 now; the other 8 nodes wait for new tasks
    expect(build.slices).toEqual([3]);
    expect(tasks.waits).toBe(1);
    build.add(parts[2]!); // the edges part only queues while the build waits
    expect(build.slices).toEqual([3]);
    const finished = build.finish();
    while (tasks.waits > 0) await tasks.step();
    const graph = await finished;
    expect(graph.order).toBe(11);
    expect(graph.size).toBe(33);
    expect(build.slices).toEqual([...Array<number>(14).fill(3), 2]);
    expect(parts.slice(1).map(itemCount)).toEqual([11, 33]);
  });

  it('a part that does not fit fails the build midway: the error names it, no graph is handed over', async () => {
    const parts = [...graphParts(handBuilt(), 5)];
    const edges = parts.findIndex((p) => p.kind === 'edges');
    const broken = structuredClone(parts[edges + 1]!) as Extract<GraphPart, { kind: 'edges' }>;
    broken.edges[2]!.target = 'nowhere';
    const build = new SlicedGraphBuild({ budget: 2, yieldTask: () => Promise.resolve() });
    for (const part of [...parts.slice(0, edges + 1), broken, ...parts.slice(edges + 2)])
      build.add(part);
    await expect(build.finish()).rejects.toThrow(
      /^graph-handoff: part \d+ \(edges\) could not be added: .*nowhere/,
    );
    expect(build.failed).toBe(true);
  });

  it('missing parts, parts out of order and a second start are errors', async () => {
    const parts = [...graphParts(handBuilt(), 10)];
    const quick = () => new SlicedGraphBuild({ yieldTask: () => Promise.resolve() });
    const missing = quick();
    for (const part of parts.slice(0, -1)) missing.add(part);
    await expect(missing.finish()).rejects.toThrow(
      'graph-handoff: expected 11 nodes and 33 edges, got 11 and 30',
    );
    const early = quick();
    early.add(parts[1]!);
    await expect(early.finish()).rejects.toThrow('a "nodes" part came before the start');
    const late = quick();
    for (const part of [parts[0]!, parts[1]!, parts[3]!, parts[2]!]) late.add(part);
    await expect(late.finish()).rejects.toThrow('a "nodes" part came after the edges');
    const twice = quick();
    twice.add(parts[0]!);
    twice.add(parts[0]!);
    await expect(twice.finish()).rejects.toThrow('part 2 is a second start');
    await expect(quick().finish()).rejects.toThrow('graph-handoff: no graph was sent');
  });

  it('abort() or the signal stops a build midway: no further slice, finish rejects', async () => {
    const tasks = manualTasks();
    const controller = new AbortController();
    const build = new SlicedGraphBuild({
      budget: 4,
      yieldTask: tasks.yieldTask,
      signal: controller.signal,
    });
    for (const part of graphParts(handBuilt(), 100)) build.add(part);
    await tasks.step();
    expect(build.slices).toEqual([4, 4]);
    controller.abort();
    const finished = build.finish();
    while (tasks.waits > 0) await tasks.step();
    await expect(finished).rejects.toBeInstanceOf(BuildCancelled);
    expect(build.slices).toEqual([4, 4]);
  });
});

/** A Worker double around the real handler; `edit` may change a response before it is posted. */
function fakeWorker(
  backend: KeyValueBackend,
  edit: (m: ImportResponse) => ImportResponse = (m) => m,
): WorkerLike {
  const target = new EventTarget();
  const handle = createImportHandler(
    (message) => {
      const data = edit(structuredClone(message));
      setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data })), 0);
    },
    { store: createDatasetStore(backend) },
  );
  return {
    postMessage: (message: ImportRequest) => void handle(structuredClone(message)),
    addEventListener: (type: string, l: (e: MessageEvent<ImportResponse>) => void) =>
      target.addEventListener(type, l as EventListener),
    removeEventListener: (type: string, l: (e: MessageEvent<ImportResponse>) => void) =>
      target.removeEventListener(type, l as EventListener),
    terminate: () => undefined,
  };
}

const csv = (rows: number, prefix = 'n') =>
  new TextEncoder().encode(
    `source,target,relation\n${Array.from({ length: rows }, (_, i) => `${prefix}${i},${prefix}${(i + 1) % rows},trade`).join('\n')}\n`,
  ).buffer;

describe('the import client builds in slices', () => {
  it('a newer import cancels an older one midway: the older ends with an error, the newer is whole', async () => {
    const tasks = manualTasks();
    const client = createImportClient(fakeWorker(memoryBackend()), {
      build: { budget: 100, yieldTask: tasks.yieldTask },
    });
    const older = client.importFiles([{ name: 'old.csv', bytes: csv(3000, 'o') }]);
    // wait until the older build has begun (its first parts arrived and a slice waits)
    await vi.waitFor(() => expect(tasks.waits).toBeGreaterThan(0));
    const newer = client.importFiles([{ name: 'new.csv', bytes: csv(250, 'n') }]);
    const release = setInterval(() => void tasks.step(), 0);
    try {
      const [a, b] = await Promise.all([older, newer]);
      expect(a).toEqual({
        ok: false,
        errors: [
          {
            where: 'file',
            message:
              'import: graph build: cancelled (a newer import replaced it); nothing was imported',
          },
        ],
        warnings: [],
      });
      expect(b.ok && [b.graph.order, b.graph.size, b.graph.hasNode('n0')]).toEqual([
        250,
        250,
        true,
      ]);
    } finally {
      clearInterval(release);
    }
  });
});

describe('DatasetState with an import worker', () => {
  const defaultJson = readFileSync(new URL('../fixtures/graph.json', import.meta.url), 'utf8');

  async function started(edit?: (m: ImportResponse) => ImportResponse) {
    const app = new AppState();
    vi.stubGlobal('fetch', async () => new Response(defaultJson, { status: 200 }));
    const backend = memoryBackend();
    const dataset = new DatasetState(app, 'data/graph.json', createDatasetStore(backend), () =>
      fakeWorker(backend, edit),
    );
    const initial = await dataset.initialGraph();
    if (!initial.ok) throw new Error(initial.error);
    app.graph = initial.graph;
    vi.unstubAllGlobals();
    return { app, dataset, backend };
  }

  const file = (rows: number) => new File([csv(rows)], 'edges.csv');

  it('an import through the worker replaces the graph, stores it, and reopens on the next start', async () => {
    const { app, dataset, backend } = await started();
    expect(await dataset.importFiles([file(2500)])).toBe(true);
    expect([app.graph?.order, app.graph?.size]).toEqual([2500, 2500]);
    expect(backend.data.has('imported')).toBe(true);
    const next = new DatasetState(new AppState(), 'x', createDatasetStore(backend), () =>
      fakeWorker(backend),
    );
    const reopened = await next.initialGraph();
    expect(reopened.ok && reopened.graph.export()).toEqual(app.graph!.export());
  });

  it('what the view first reads is computed before the graph reaches it, import and reopen alike', async () => {
    const { app, dataset, backend } = await started();
    const ready: boolean[][] = [];
    const replace = app.replaceGraph.bind(app);
    app.replaceGraph = (graph) => {
      ready.push(VIEW_SUMMARIES.map((summary) => summary.has(graph)));
      replace(graph);
    };
    expect(await dataset.importFiles([file(2500)])).toBe(true);
    expect(ready).toEqual([VIEW_SUMMARIES.map(() => true)]);
    const next = new DatasetState(new AppState(), 'x', createDatasetStore(backend), () =>
      fakeWorker(backend),
    );
    const reopened = await next.initialGraph();
    expect(reopened.ok && VIEW_SUMMARIES.map((summary) => summary.has(reopened.graph))).toEqual(
      VIEW_SUMMARIES.map(() => true),
    );
  });

  it('a build that fails midway leaves the graph on screen and the stored data untouched', async () => {
    let seen = 0;
    const { app, dataset, backend } = await started((m) => {
      // the third edges part names an actor that was never sent
      if (m.type === 'graph' && m.part.kind === 'edges' && ++seen === 3)
        m.part.edges[5]!.source = 'ghost';
      return m;
    });
    const before = app.graph;
    const order = before!.order;
    expect(await dataset.importFiles([file(5000)])).toBe(false);
    expect(app.graph).toBe(before);
    expect(app.graph!.order).toBe(order);
    expect(dataset.source).toEqual({ kind: 'default' });
    expect(backend.data.has('imported')).toBe(false);
    expect(dataset.errors).toHaveLength(1);
    expect(dataset.errors[0]!.message).toMatch(
      /^import: the worker's graph could not be rebuilt \(graph-handoff: part \d+ \(edges\) could not be added: .*ghost/,
    );
  });
});

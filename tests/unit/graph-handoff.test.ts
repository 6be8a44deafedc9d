// The worker → page handoff of large graphs (graph-handoff.ts) and the worker's storing and
// restoring of imports (import-protocol.ts), through the page-side client, without a real Worker.
import { describe, expect, it } from 'vitest';
import { createEmptyGraph } from '../../src/model/build';
import type { SerializedAlignmapGraph } from '../../src/model/graph-types';
import {
  createDatasetStore,
  type KeyValueBackend,
  type StoredDataset,
} from '../../src/io/dataset-store';
import { memoryBackend } from './helpers/memory-backend';
import {
  GraphAssembler,
  graphParts,
  liveGraphParts,
  type GraphPart,
} from '../../src/model/graph-handoff';
import { TestGraph } from './helpers/analysis-graph';
import { createImportClient, type WorkerLike } from '../../src/io/import-client';
import {
  createImportHandler,
  type ImportRequest,
  type ImportResponse,
} from '../../src/io/import-protocol';

/** A Worker double around the real handler; every response is cloned, as postMessage does. */
function fakeWorker(backend: KeyValueBackend) {
  const target = new EventTarget();
  const sent: ImportResponse[] = [];
  const handle = createImportHandler(
    (message) => {
      const data = structuredClone(message);
      sent.push(data);
      setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data })), 0);
    },
    { store: createDatasetStore(backend) },
  );
  const worker: WorkerLike & { sent: ImportResponse[] } = {
    sent,
    postMessage: (message: ImportRequest) => void handle(structuredClone(message)),
    addEventListener: (type: string, l: (e: MessageEvent<ImportResponse>) => void) =>
      target.addEventListener(type, l as EventListener),
    removeEventListener: (type: string, l: (e: MessageEvent<ImportResponse>) => void) =>
      target.removeEventListener(type, l as EventListener),
  };
  return worker;
}

/** A graph of n nodes in a ring, one directed and one undirected edge per node. */
function ring(n: number): SerializedAlignmapGraph {
  const g = createEmptyGraph();
  g.setAttribute('name', `ring ${n}`);
  for (let i = 0; i < n; i++)
    g.addNode(`n${i}`, { label: `N${i}`, labelJa: `N${i}`, kind: 'state', aliases: [] } as never);
  for (let i = 0; i < n; i++) {
    const attrs = { relation: 'trade', status: 'active', certainty: 'confirmed', evidence: [] };
    g.addDirectedEdgeWithKey(`d${i}`, `n${i}`, `n${(i + 1) % n}`, attrs as never);
    g.addUndirectedEdgeWithKey(`u${i}`, `n${i}`, `n${(i + 2) % n}`, attrs as never);
  }
  return g.export() as SerializedAlignmapGraph;
}

const csv = (rows: number) =>
  new TextEncoder().encode(
    `source,target,relation\n${Array.from({ length: rows }, (_, i) => `n${i},n${(i + 1) % rows},trade`).join('\n')}\n`,
  ).buffer;

describe('graph handoff in parts', () => {
  it('cuts a graph into a start, node parts and edge parts of at most the part size', () => {
    const parts = [...graphParts(ring(5), 3)];
    expect(parts.map((p) => p.kind)).toEqual([
      'start',
      'nodes',
      'nodes',
      'edges',
      'edges',
      'edges',
      'edges',
    ]);
    expect(parts[0]).toEqual({
      kind: 'start',
      attributes: { name: 'ring 5' },
      nodes: 5,
      edges: 10,
    });
    expect(
      parts
        .slice(1)
        .map((p) => (p.kind === 'nodes' ? p.nodes : p.kind === 'edges' ? p.edges : []).length),
    ).toEqual([3, 2, 3, 3, 3, 1]);
  });

  it('the assembled graph equals the original: keys, attributes, direction', () => {
    const original = ring(7);
    const assembler = new GraphAssembler();
    for (const part of graphParts(original, 2)) assembler.add(structuredClone(part));
    const graph = assembler.finish();
    expect(graph.export()).toEqual(original);
    expect(graph.isDirected('d3')).toBe(true);
    expect(graph.isUndirected('u3')).toBe(true);
  });

  it('missing or out-of-order parts are errors, never a half graph', () => {
    const parts = [...graphParts(ring(4), 2)];
    const missing = new GraphAssembler();
    for (const part of parts.slice(0, -1)) missing.add(part);
    expect(() => missing.finish()).toThrow(
      'graph-handoff: expected 4 nodes and 8 edges, got 4 and 6',
    );
    expect(() => new GraphAssembler().add(parts[1] as GraphPart)).toThrow(
      'graph-handoff: a "nodes" part came before the start',
    );
    expect(() => new GraphAssembler().finish()).toThrow('graph-handoff: no graph was sent');
  });
});

describe('the import worker sends, stores and restores', () => {
  it('a 5,000-row import crosses in parts of at most 1,000 items; the client rebuilds it', async () => {
    const worker = fakeWorker(memoryBackend());
    const result = await createImportClient(worker).importFiles([
      { name: 'edges.csv', bytes: csv(5000) },
    ]);
    expect(result.ok && [result.graph.order, result.graph.size]).toEqual([5000, 5000]);
    const parts = worker.sent.flatMap((m) => (m.type === 'graph' ? [m.part] : []));
    expect(parts.map((p) => p.kind)).toEqual([
      'start',
      ...Array<string>(5).fill('nodes'),
      ...Array<string>(5).fill('edges'),
    ]);
    // the final answer carries no graph: it came in the parts
    const done = worker.sent.find((m) => m.type === 'done');
    expect(done?.type === 'done' && Object.keys(done.result).sort()).toEqual([
      'format',
      'ok',
      'warnings',
    ]);
  });

  it('stores the shown import in the worker, and restores it in parts', async () => {
    const backend = memoryBackend();
    const client = createImportClient(fakeWorker(backend));
    const imported = await client.importFiles([{ name: 'edges.csv', bytes: csv(300) }]);
    expect(imported.ok).toBe(true);
    const info = {
      name: 'edges.csv',
      importedAt: '2026-11-30T19:00:00.000Z',
      files: ['edges.csv'],
      format: 'csv',
    };
    expect(await client.storeLast(info)).toEqual({ ok: true, value: undefined });
    const record = backend.data.get('imported') as StoredDataset;
    expect(record).toMatchObject({ ...info, active: true });
    expect(record.graph.nodes).toHaveLength(300);
    // stored once: a second store has nothing to store
    expect((await client.storeLast(info)).ok).toBe(false);

    const restored = await createImportClient(fakeWorker(backend)).restore();
    expect(restored.ok && restored.graph?.order).toBe(300);
    expect(restored.ok && restored.graph && restored.graph.export()).toEqual(
      imported.ok && imported.graph.export(),
    );
    expect(restored.ok && restored.info).toEqual({ ...info, active: true });
  });

  it('restore: nothing stored, an inactive import (info only), an unreadable one (removed)', async () => {
    const backend = memoryBackend();
    expect(await createImportClient(fakeWorker(backend)).restore()).toEqual({
      ok: true,
      graph: null,
      info: null,
    });
    const info = { name: 'r.json', importedAt: 't', files: ['r.json'], format: 'graphology-json' };
    backend.data.set('imported', { ...info, active: false, graph: ring(3) });
    expect(await createImportClient(fakeWorker(backend)).restore()).toEqual({
      ok: true,
      graph: null,
      info: { ...info, active: false },
    });
    const broken = ring(3);
    (broken.nodes[1] as { attributes: Record<string, unknown> }).attributes.kind = 7;
    backend.data.set('imported', { ...info, active: true, graph: broken });
    expect(await createImportClient(fakeWorker(backend)).restore()).toEqual({
      ok: false,
      message:
        'stored import "r.json": node #2 ("n1"): expected attributes.kind to be a string, got 7; it has been removed, showing the default dataset',
    });
    expect(backend.data.has('imported')).toBe(false);
  });

  it('a failed store leaves no earlier import active', async () => {
    const backend = memoryBackend();
    const info = { name: 'old.csv', importedAt: 't0', files: ['old.csv'], format: 'csv' };
    backend.data.set('imported', { ...info, active: true, graph: ring(3) });
    const full: KeyValueBackend = {
      ...backend,
      put: async (key, value) => {
        if ((value as StoredDataset).name === 'new.csv')
          throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
        await backend.put(key, value);
      },
    };
    const client = createImportClient(fakeWorker(full));
    expect((await client.importFiles([{ name: 'new.csv', bytes: csv(10) }])).ok).toBe(true);
    const stored = await client.storeLast({ ...info, name: 'new.csv', importedAt: 't1' });
    expect(!stored.ok && stored.message).toContain(
      'storage quota is full, so "new.csv" is shown but not kept',
    );
    expect((backend.data.get('imported') as StoredDataset).active).toBe(false);
  });
});

describe('liveGraphParts (page → analysis worker)', () => {
  it('reads a live graph in parts that assemble into the same graph, directions kept', () => {
    const graph = new TestGraph()
      .rel('ab', 'alliance', 'a', 'b')
      .rel('bc', 'sanction', 'b', 'c')
      .rel('cd', 'negotiation', 'c', 'd').graph;
    graph.setAttribute('name', 'small');
    const parts = [...liveGraphParts(graph, 2)];
    expect(parts.map((p) => p.kind)).toEqual(['start', 'nodes', 'nodes', 'edges', 'edges']);
    const assembler = new GraphAssembler();
    for (const part of parts) {
      expect(assembler.complete).toBe(false);
      assembler.add(structuredClone(part));
    }
    expect(assembler.complete).toBe(true);
    expect(assembler.finish().export()).toEqual(graph.export());
  });
});

// The dataset switch behind the import UI (Node: no Worker, so imports run in-process): a graph is
// replaced only after a successful import, failures leave everything as it was, the import is
// stored and reopened on start, "Back to default" and "Remove" do what they say, storage problems
// become messages.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyFilters, withExcluded, type FilterState } from '../../src/graph/filters';
import { AppState } from '../../src/state/app-state.svelte';
import { createEmptyGraph } from '../../src/model/build';
import { DatasetState } from '../../src/state/dataset-state.svelte';
import { englishWarning } from '../../src/view/warnings';
import {
  createDatasetStore,
  type KeyValueBackend,
  type StoredDataset,
} from '../../src/io/dataset-store';
import type { WorkerLike } from '../../src/io/import-client';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const gexf = () =>
  new File([readFileSync(new URL('io/gephi-0.10.gexf', FIXTURES))], 'gephi-0.10.gexf');
const defaultJson = readFileSync(new URL('graph.json', FIXTURES), 'utf8');

function memoryBackend(): KeyValueBackend & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    put: async (key, value) => void data.set(key, structuredClone(value)),
    delete: async (key) => void data.delete(key),
  };
}

/** The real AppState (its view state carries over a switch by the rule of src/view/reconcile.ts). */
function fakeApp(filters: FilterState = emptyFilters()) {
  const app = new AppState();
  for (const facet of ['relations', 'kinds', 'statuses', 'certainties'] as const)
    app.setExcluded(facet, filters[facet]);
  return app;
}

function setup(backend: KeyValueBackend = memoryBackend(), filters?: FilterState) {
  const app = fakeApp(filters);
  const fetcher = vi.fn(async () => new Response(defaultJson, { status: 200 }));
  vi.stubGlobal('fetch', fetcher);
  const dataset = new DatasetState(app, 'data/graph.json', createDatasetStore(backend));
  return { app, dataset, fetcher };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DatasetState', () => {
  it('starts on the default data when nothing is stored', async () => {
    const { dataset, fetcher } = setup();
    const result = await dataset.initialGraph();
    expect(result.ok && result.graph.order).toBeGreaterThan(0);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(dataset.source).toEqual({ kind: 'default' });
  });

  it('an import replaces the graph, is stored as active, and reopens on the next start', async () => {
    const backend = memoryBackend();
    const { app, dataset } = setup(backend);
    expect(await dataset.importFiles([gexf()])).toBe(true);
    expect(app.graph?.order).toBe(4);
    expect(dataset.source).toMatchObject({
      kind: 'imported',
      name: 'gephi-0.10.gexf',
      files: ['gephi-0.10.gexf'],
      format: 'gexf',
    });
    expect(dataset.running).toBeNull();
    expect(dataset.lastImport).toEqual({ name: 'gephi-0.10.gexf', nodes: 4, edges: 4 });
    const stored = backend.data.get('imported') as StoredDataset;
    expect(stored.active).toBe(true);
    expect(stored.graph.nodes).toHaveLength(4);
    // the file's positions are kept in the stored copy
    expect(stored.graph.nodes[0]?.attributes).toMatchObject({ x: -266.82776, y: 299.6904 });

    const next = setup(backend);
    const result = await next.dataset.initialGraph();
    expect(result.ok && result.graph.order).toBe(4);
    expect(next.fetcher).not.toHaveBeenCalled();
    expect(next.dataset.source).toMatchObject({ kind: 'imported', name: 'gephi-0.10.gexf' });
  });

  it('reopens an import where its user left the actors (pins kept; the view runs no layout)', async () => {
    const backend = memoryBackend();
    const { app, dataset } = setup(backend);
    expect(await dataset.importFiles([gexf()])).toBe(true);
    const graph = app.graph!;
    const ids = graph.nodes();
    ids.forEach((id, i) => graph.mergeNodeAttributes(id, { x: i + 0.5, y: -i }));
    graph.mergeNodeAttributes(ids[1]!, { fixed: true });
    await dataset.saveLayout(graph);
    // (a graph no longer on screen is not saved over it)
    await dataset.saveLayout(createEmptyGraph());

    const next = setup(backend);
    const result = await next.dataset.initialGraph();
    if (!result.ok) throw new Error(result.error);
    expect(next.app.laidOut).toBe(result.graph);
    expect(result.graph.nodes()).toEqual(ids);
    expect(ids.map((id) => result.graph.getNodeAttributes(id))).toMatchObject(
      ids.map((_id, i) => ({ x: i + 0.5, y: -i, ...(i === 1 ? { fixed: true } : {}) })),
    );
    expect(result.graph.getNodeAttribute(ids[0]!, 'fixed')).toBeUndefined();
    expect(next.dataset.storageMessage).toBeNull();

    // positions that do not fit the stored graph: said, left out, the layout runs
    const record = backend.data.get('positions') as { x: Float64Array };
    backend.data.set('positions', {
      ...record,
      x: record.x.subarray(0, 3),
      y: new Float64Array(3),
      fixed: new Uint8Array(3),
    });
    const third = setup(backend);
    const again = await third.dataset.initialGraph();
    expect(again.ok && again.graph.getNodeAttribute(ids[0]!, 'x')).toBe(-266.82776);
    expect(third.app.laidOut).toBeNull();
    expect(third.dataset.storageMessage).toBe(
      'dataset-store: the saved positions do not fit "gephi-0.10.gexf" (expected 4 positions (one per actor), found 3); its layout runs again',
    );
  });

  it('saves no positions for the default dataset', async () => {
    const backend = memoryBackend();
    const { app, dataset } = setup(backend);
    const result = await dataset.initialGraph();
    if (!result.ok) throw new Error(result.error);
    app.graph = result.graph;
    await dataset.saveLayout(result.graph);
    expect(backend.data.has('positions')).toBe(false);
  });

  it('imports in the page when the worker cannot start, reading the files again (their bytes went to it)', async () => {
    const target = new EventTarget();
    let sent = 0;
    const broken: WorkerLike = {
      // like a Worker: the transferred buffers are detached; then the script fails to load
      postMessage(message, transfer = []) {
        structuredClone(message, { transfer });
        sent++;
        setTimeout(() => target.dispatchEvent(new Event('error')), 0);
      },
      addEventListener: (type: string, l: EventListener) => target.addEventListener(type, l),
      removeEventListener: (type: string, l: EventListener) => target.removeEventListener(type, l),
    } as WorkerLike;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(defaultJson, { status: 200 })),
    );
    const app = fakeApp();
    const dataset = new DatasetState(
      app,
      'data/graph.json',
      createDatasetStore(memoryBackend()),
      () => broken,
    );
    expect(await dataset.importFiles([gexf()])).toBe(true);
    expect(sent).toBe(1);
    expect(app.graph?.order).toBe(4);
    expect(dataset.errors).toEqual([]);
  });

  it('a failed import lists located errors and changes nothing', async () => {
    const backend = memoryBackend();
    const { app, dataset } = setup(backend);
    await dataset.initialGraph();
    const broken = new File(
      [readFileSync(new URL('io/dataset-broken.yaml', FIXTURES))],
      'dataset-broken.yaml',
    );
    expect(await dataset.importFiles([broken])).toBe(false);
    expect(dataset.errors.map((e) => e.where)).toEqual(['line 14', 'line 19']);
    expect(app.graph).toBeNull(); // replaceGraph never called
    expect(dataset.source).toEqual({ kind: 'default' });
    expect(backend.data.size).toBe(0);
  });

  it('refuses a file over the limit without reading it', async () => {
    const { dataset } = setup();
    const huge = {
      name: 'huge.gexf',
      size: 60 * 1024 * 1024,
      arrayBuffer: vi.fn(),
    } as unknown as File;
    expect(await dataset.importFiles([huge])).toBe(false);
    expect(dataset.errors[0]?.message).toContain('larger than the import limit of 50.0 MB');
    expect(huge.arrayBuffer).not.toHaveBeenCalled();
  });

  it('lets the default dataset go while an import is shown, and fetches it again to go back', async () => {
    const { app, dataset, fetcher } = setup();
    const first = await dataset.initialGraph();
    expect(fetcher).toHaveBeenCalledTimes(1);
    await dataset.importFiles([gexf()]);
    expect(app.graph?.order).toBe(4);
    await dataset.showDefault();
    // fetched again: the first copy was not kept beside the import
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(app.graph).not.toBe(first.ok && first.graph);
    expect(app.graph?.order).toBe(first.ok && first.graph.order);
    expect(dataset.source).toEqual({ kind: 'default' });
  });

  it('Back to default keeps the import stored but inactive; Open brings it back', async () => {
    const backend = memoryBackend();
    const { app, dataset } = setup(backend);
    await dataset.initialGraph();
    await dataset.importFiles([gexf()]);
    await dataset.showDefault();
    expect(app.graph!.order).toBeGreaterThan(4);
    expect(dataset.source).toEqual({ kind: 'default' });
    expect(dataset.stored).toMatchObject({ name: 'gephi-0.10.gexf' });
    expect((backend.data.get('imported') as StoredDataset).active).toBe(false);

    const next = setup(backend); // a reload now shows the default, with the import on offer
    await next.dataset.initialGraph();
    expect(next.dataset.source).toEqual({ kind: 'default' });
    expect(next.dataset.stored).toMatchObject({ name: 'gephi-0.10.gexf' });
    await next.dataset.openStored();
    expect(next.app.graph?.order).toBe(4);
    expect((backend.data.get('imported') as StoredDataset).active).toBe(true);
  });

  it('Remove deletes the stored import and shows the default', async () => {
    const backend = memoryBackend();
    const { app, dataset } = setup(backend);
    await dataset.initialGraph();
    await dataset.importFiles([gexf()]);
    await dataset.removeStored();
    expect(backend.data.size).toBe(0);
    expect(dataset.source).toEqual({ kind: 'default' });
    expect(dataset.stored).toBeNull();
    expect(app.graph!.order).toBeGreaterThan(4);
  });

  it('hidden values that neither our vocabulary nor the new data has are reset with a warning', async () => {
    const filters = withExcluded(emptyFilters(), 'relations', ['sanction', 'alliance', 'hearsay']);
    const { app, dataset } = setup(memoryBackend(), filters);
    await dataset.importFiles([gexf()]);
    // alliance: the GEXF has it; sanction: ours, kept for the way back to the default data
    expect([...app.filters.relations]).toEqual(['sanction', 'alliance']);
    expect(app.warnings.map(englishWarning)).toEqual([
      'The relation type filter "hearsay" does not apply to the new data and was reset',
    ]);
  });

  it('a full quota still shows the import, with a message that it will not survive a reload', async () => {
    const backend: KeyValueBackend = {
      ...memoryBackend(),
      put: () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })),
    };
    const { app, dataset } = setup(backend);
    expect(await dataset.importFiles([gexf()])).toBe(true);
    expect(app.graph?.order).toBe(4);
    expect(dataset.storageMessage).toContain('storage quota is full');
  });

  it('a quota error, then Back to default: nothing unsaved is offered, an older import does not reopen (issue 13 #9)', async () => {
    const backend = memoryBackend();
    const first = setup(backend);
    await first.dataset.importFiles([gexf()]); // stored, active
    const full: KeyValueBackend = {
      ...backend,
      put: (key, value) =>
        (value as StoredDataset).active
          ? Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }))
          : backend.put(key, value),
    };
    const { app, dataset } = setup(full);
    const csv = new File(['source,target\na,b\n'], 'ok.csv');
    expect(await dataset.importFiles([csv])).toBe(true);
    expect(dataset.storageMessage).toContain('storage quota is full');
    await dataset.showDefault();
    expect(app.graph!.order).toBeGreaterThan(4);
    expect(dataset.stored).toBeNull(); // ok.csv was never stored: no "Open" for it
    const next = setup(backend);
    await next.dataset.initialGraph();
    expect(next.dataset.source).toEqual({ kind: 'default' }); // not the older gexf
    expect(next.dataset.stored).toMatchObject({ name: 'gephi-0.10.gexf' });
  });

  it('two tabs: Open in tab A does not silently open what tab B stored since (issue 13 #8)', async () => {
    const backend = memoryBackend();
    const a = setup(backend);
    await a.dataset.importFiles([gexf()]);
    await a.dataset.showDefault();
    expect(a.dataset.stored).toMatchObject({ name: 'gephi-0.10.gexf' });
    const b = setup(backend);
    await b.dataset.importFiles([new File(['source,target\nx,y\n'], 'ok.csv')]);
    await a.dataset.openStored();
    expect(a.dataset.source).toEqual({ kind: 'default' });
    expect(a.dataset.storageMessage).toBe(
      'dataset-store: another tab has replaced the stored import "gephi-0.10.gexf" with "ok.csv"; choose Open again to show it',
    );
    expect(a.dataset.stored).toMatchObject({ name: 'ok.csv' }); // the bar now says what is stored
    await a.dataset.openStored();
    expect(a.dataset.source).toMatchObject({ kind: 'imported', name: 'ok.csv' });
    expect(a.app.graph?.hasNode('x')).toBe(true);
  });

  it('Back to default in tab A does not deactivate what tab B stored since', async () => {
    const backend = memoryBackend();
    const a = setup(backend);
    await a.dataset.importFiles([gexf()]);
    const b = setup(backend);
    await b.dataset.importFiles([new File(['source,target\nx,y\n'], 'ok.csv')]);
    await a.dataset.showDefault();
    expect(a.dataset.stored).toBeNull();
    expect((backend.data.get('imported') as StoredDataset).active).toBe(true);
  });

  it('a corrupt stored import falls back to the default with a message', async () => {
    const backend = memoryBackend();
    backend.data.set('imported', {
      name: 'x',
      importedAt: '2025-01-01',
      files: ['x'],
      format: 'gexf',
      active: true,
      graph: { nodes: [{ key: 'a', attributes: { label: 'A' } }], edges: [] },
    });
    const { dataset, fetcher } = setup(backend);
    const result = await dataset.initialGraph();
    expect(result.ok).toBe(true);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(dataset.storageMessage).toBe(
      'stored import "x": node #1 ("a"): expected attributes.labelJa to be a string, got nothing; showing the default dataset',
    );
    expect(backend.data.size).toBe(0);
  });

  it('a stored import with a node "__proto__" falls back to the default instead of failing at every start', async () => {
    const backend = memoryBackend();
    const attrs = { label: 'A', labelJa: 'A', kind: 'state', aliases: [] };
    backend.data.set('imported', {
      name: 'proto.csv',
      importedAt: '2025-01-01',
      files: ['proto.csv'],
      format: 'csv',
      active: true,
      graph: {
        nodes: [
          { key: 'a', attributes: attrs },
          { key: '__proto__', attributes: attrs },
        ],
        edges: [
          {
            key: 'e1',
            source: 'a',
            target: '__proto__',
            attributes: {
              relation: 'related',
              status: 'active',
              certainty: 'unverified',
              evidence: [],
            },
          },
        ],
      },
    });
    const { dataset, fetcher } = setup(backend);
    const result = await dataset.initialGraph();
    expect(result.ok && result.graph.hasNode('japan')).toBe(true);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(dataset.source).toEqual({ kind: 'default' });
    expect(dataset.storageMessage).toMatch(
      /^stored import "proto.csv": node #2: node id "__proto__" is a name every JavaScript object already has .*; showing the default dataset$/,
    );
    expect(backend.data.size).toBe(0); // the next start is clean
    expect(Object.prototype).not.toHaveProperty('previous');
  });

  it('cancel stops a running import and leaves the graph alone', async () => {
    const { app, dataset } = setup();
    const run = dataset.importFiles([gexf()]);
    dataset.cancel();
    expect(await run).toBe(false);
    expect(dataset.errors[0]?.message).toMatch(/cancel/i);
    expect(app.graph).toBeNull();
  });
});

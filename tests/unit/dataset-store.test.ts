// The imported-dataset store over a key-value backend: save/load/remove, the "open on start" flag,
// and every failure (no IndexedDB, quota, read errors, a corrupt record) as a message.
import { describe, expect, it } from 'vitest';
import {
  checkRecord,
  createDatasetStore,
  indexedDbBackend,
  type KeyValueBackend,
  type StoredDataset,
  type StoredPositions,
} from '../../src/io/dataset-store';
import { memoryBackend } from './helpers/memory-backend';

function dataset(overrides: Partial<StoredDataset> = {}): StoredDataset {
  return {
    name: 'gephi-0.10.gexf',
    importedAt: '2025-05-08T10:00:00.000Z',
    files: ['gephi-0.10.gexf'],
    format: 'gexf',
    active: true,
    graph: {
      attributes: {},
      options: { type: 'mixed', multi: true, allowSelfLoops: false },
      nodes: [{ key: 'a', attributes: { label: 'A', labelJa: 'A', kind: 'unknown', aliases: [] } }],
      edges: [],
    },
    ...overrides,
  } as StoredDataset;
}

const quota = Object.assign(new Error('The quota has been exceeded.'), {
  name: 'QuotaExceededError',
});

function positions(overrides: Partial<StoredPositions> = {}): StoredPositions {
  return {
    name: 'gephi-0.10.gexf',
    importedAt: '2025-05-08T10:00:00.000Z',
    savedAt: '2025-05-08T10:01:00.000Z',
    x: Float64Array.from([1, 2]),
    y: Float64Array.from([3, 4]),
    fixed: Uint8Array.from([0, 1]),
    ...overrides,
  };
}

describe('dataset store: the positions of the stored import', () => {
  it('saves and loads them for their import only; remove() deletes them with it', async () => {
    const backend = memoryBackend();
    const store = createDatasetStore(backend);
    const of = { name: 'gephi-0.10.gexf', importedAt: '2025-05-08T10:00:00.000Z' };
    expect(await store.loadPositions(of)).toEqual({ ok: true, value: null });
    await store.save(dataset());
    expect(await store.savePositions(positions())).toEqual({ ok: true, value: undefined });
    expect(await store.loadPositions(of)).toEqual({ ok: true, value: positions() });
    // the same file imported again is another import: not its positions
    expect(await store.loadPositions({ ...of, importedAt: '2025-05-09T00:00:00.000Z' })).toEqual({
      ok: true,
      value: null,
    });
    await store.remove();
    expect([...backend.data.keys()]).toEqual([]);
  });

  it('a corrupt record is a message, and removed', async () => {
    const backend = memoryBackend();
    const store = createDatasetStore(backend);
    const of = { name: 'gephi-0.10.gexf', importedAt: '2025-05-08T10:00:00.000Z' };
    const bad: [unknown, string][] = [
      ['x', 'expected an object'],
      [{ ...positions(), name: 3 }, 'expected the string "name" and "importedAt"'],
      [{ ...positions(), x: [1, 2] }, 'expected "x" and "y" to be Float64Arrays'],
      [{ ...positions(), fixed: [0, 1] }, 'expected "fixed" to be a Uint8Array'],
      [
        { ...positions(), y: Float64Array.from([1]) },
        'expected "x", "y" and "fixed" of one length, found 2, 1 and 2',
      ],
    ];
    for (const [record, problem] of bad) {
      backend.data.set('positions', record);
      const loaded = await store.loadPositions(of);
      expect(loaded.ok).toBe(false);
      expect(!loaded.ok && loaded.message).toContain(problem);
      expect(!loaded.ok && loaded.message).toContain('the layout runs again');
      expect(backend.data.has('positions')).toBe(false);
    }
  });

  it('a failed save or read is a message', async () => {
    const failing: KeyValueBackend = {
      get: async () => Promise.reject(new Error('disk gone')),
      put: async () => Promise.reject(quota),
      delete: async () => undefined,
    };
    const store = createDatasetStore(failing);
    const saved = await store.savePositions(positions());
    expect(!saved.ok && saved.message).toBe(
      'dataset-store: could not save the positions of "gephi-0.10.gexf" (QuotaExceededError: The quota has been exceeded.); after a reload its layout runs again',
    );
    const read = await store.loadPositions(positions());
    expect(!read.ok && read.message).toBe(
      'dataset-store: could not read the saved positions: Error: disk gone',
    );
    const none = createDatasetStore(null);
    expect((await none.savePositions(positions())).ok).toBe(false);
  });
});

describe('dataset store', () => {
  it('saves, loads and removes a dataset', async () => {
    const store = createDatasetStore(memoryBackend());
    expect(await store.load()).toEqual({ ok: true, value: null });
    expect(await store.save(dataset())).toEqual({ ok: true, value: undefined });
    expect(await store.load()).toEqual({ ok: true, value: dataset() });
    expect(await store.remove()).toEqual({ ok: true, value: undefined });
    expect(await store.load()).toEqual({ ok: true, value: null });
  });

  it('exists() answers with the backend has() or, without one, by reading the record', async () => {
    for (const has of [true, false]) {
      const backend = memoryBackend({ has });
      expect('has' in backend, `has: ${has}`).toBe(has);
      const store = createDatasetStore(backend);
      expect(await store.exists()).toEqual({ ok: true, value: false });
      await store.save(dataset());
      expect(await store.exists()).toEqual({ ok: true, value: true });
    }
  });

  it('a new import replaces the stored one', async () => {
    const store = createDatasetStore(memoryBackend());
    await store.save(dataset());
    await store.save(dataset({ name: 'edges.csv + nodes.csv', files: ['edges.csv', 'nodes.csv'] }));
    const loaded = await store.load();
    expect(loaded.ok && loaded.value?.files).toEqual(['edges.csv', 'nodes.csv']);
  });

  it('setActive flips the start flag and keeps the data', async () => {
    const backend = memoryBackend();
    const store = createDatasetStore(backend);
    expect(await store.setActive(false)).toEqual({ ok: true, value: false }); // nothing stored
    expect(backend.data.size).toBe(0);
    await store.save(dataset());
    expect(await store.setActive(false)).toEqual({ ok: true, value: true });
    const loaded = await store.load();
    expect(loaded.ok && loaded.value).toEqual(dataset({ active: false }));
  });

  it('setActive with an identity leaves another dataset alone (issue 13 #8)', async () => {
    const backend = memoryBackend();
    const store = createDatasetStore(backend);
    await store.save(dataset({ name: 'b.yaml', importedAt: '2025-02-02T00:00:00.000Z' }));
    const other = { name: 'ok.yaml', importedAt: '2025-01-01T00:00:00.000Z' };
    expect(await store.setActive(false, other)).toEqual({ ok: true, value: false });
    const loaded = await store.load();
    expect(loaded.ok && loaded.value?.active).toBe(true);
  });

  it('without IndexedDB every call is a message, never an exception', async () => {
    const store = createDatasetStore(null);
    const load = await store.load();
    expect(load.ok).toBe(false);
    expect(!load.ok && load.message).toMatch(/^dataset-store: this browser offers no IndexedDB/);
    expect((await store.save(dataset())).ok).toBe(false);
    expect(await store.remove()).toEqual({ ok: true, value: undefined });
  });

  it('a full quota says the dataset is shown but not kept', async () => {
    const backend = { ...memoryBackend(), put: () => Promise.reject(quota) };
    const result = await createDatasetStore(backend).save(dataset());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('storage quota is full');
    expect(!result.ok && result.message).toContain('"gephi-0.10.gexf" is shown but not kept');
  });

  it('other write and read errors name the error', async () => {
    const failing: KeyValueBackend = {
      get: () => Promise.reject(new Error('disk gone')),
      put: () => Promise.reject(new TypeError('cannot clone')),
      delete: () => Promise.reject(new Error('locked')),
    };
    const store = createDatasetStore(failing);
    const load = await store.load();
    expect(!load.ok && load.message).toBe(
      'dataset-store: could not read the stored dataset: Error: disk gone',
    );
    const save = await store.save(dataset());
    expect(!save.ok && save.message).toContain('could not store "gephi-0.10.gexf" (TypeError');
    const remove = await store.remove();
    expect(!remove.ok && remove.message).toContain('Error: locked');
  });

  it('a corrupt record is reported and deleted so the next start is clean', async () => {
    const backend = memoryBackend();
    backend.data.set('imported', { name: 'x', importedAt: 'y', files: [], format: 'csv' });
    const store = createDatasetStore(backend);
    const load = await store.load();
    expect(!load.ok && load.message).toBe(
      'dataset-store: the stored dataset was unreadable (expected a boolean "active") and has been removed',
    );
    expect(backend.data.has('imported')).toBe(false);
    expect(await store.load()).toEqual({ ok: true, value: null });
  });
});

describe('checkRecord', () => {
  it.each([
    [null, 'expected an object'],
    [{ ...dataset(), name: 3 }, 'expected a string "name"'],
    [{ ...dataset(), files: ['a', 1] }, 'expected "files" to be a list of names'],
    [{ ...dataset(), graph: { nodes: [] } }, 'expected "graph" to be a graphology export'],
  ])('%j → %s', (value, message) => {
    expect(checkRecord(value)).toContain(message);
  });

  it('accepts a complete record', () => {
    expect(checkRecord(dataset())).toBeNull();
  });
});

describe('indexedDbBackend', () => {
  it('is null where there is no IndexedDB (Node, some private modes)', () => {
    expect(indexedDbBackend(undefined)).toBeNull();
  });

  it('an open that throws (storage disabled) becomes a load message', async () => {
    const factory = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = createDatasetStore(indexedDbBackend(factory));
    const load = await store.load();
    expect(!load.ok && load.message).toBe(
      'dataset-store: could not read the stored dataset: SecurityError: The operation is insecure.',
    );
  });
});

// Keeps the user's imported dataset in the browser (IndexedDB) until they remove it: the serialized
// graph with its name, import date and source file names, and whether it is the one shown on start.
// The store's logic runs over a small key-value interface (IndexedDB in the page, a Map in tests);
// every failure (no IndexedDB, quota, a corrupt record) is a message, never an exception.
// Beside it, in a record of its own (written after each layout run and drag, without rewriting the
// graph), the actors' positions as its user left them.
import type { SerializedAlignmapGraph } from '../model/graph-types';
import type { SavedPositions } from '../graph/saved-positions';

export interface StoredDataset {
  /** Shown as "Imported: NAME". */
  name: string;
  /** ISO date-time of the import. */
  importedAt: string;
  /** Names of the files it was imported from (e.g. edges.csv + nodes.csv). */
  files: string[];
  /** Format the importer recognised (gexf, csv, ...). */
  format: string;
  /** Open this dataset on start (false after "Back to default dataset"). */
  active: boolean;
  graph: SerializedAlignmapGraph;
}

/** What tells two stored datasets apart (the same file imported twice has two import times). */
export type DatasetIdentity = Pick<StoredDataset, 'name' | 'importedAt'>;

export const sameDataset = (a: DatasetIdentity, b: DatasetIdentity): boolean =>
  a.name === b.name && a.importedAt === b.importedAt;

/** The storage underneath: one value per key. */
export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Whether a value is stored, without reading it (default: get it). */
  has?(key: string): Promise<boolean>;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The positions of a stored import's actors, and which import they belong to. */
export interface StoredPositions extends DatasetIdentity, SavedPositions {
  /** ISO date-time they were saved. */
  savedAt: string;
}

export interface DatasetStore {
  /** The stored dataset, or null when there is none. */
  load(): Promise<StoreResult<StoredDataset | null>>;
  /** Whether anything is stored (cheap: the record is not read). */
  exists(): Promise<StoreResult<boolean>>;
  save(dataset: StoredDataset): Promise<StoreResult<void>>;
  /**
   * Marks the stored dataset as opened on start or not. With `only`, only when the stored one is
   * that dataset (another tab may have stored a different one since). The value says whether a
   * dataset was there to mark: false when nothing (or another dataset) is stored.
   */
  setActive(active: boolean, only?: DatasetIdentity): Promise<StoreResult<boolean>>;
  /** Removes the stored dataset and its saved positions. */
  remove(): Promise<StoreResult<void>>;
  /** Saves the positions of the stored import's actors (replacing those saved before). */
  savePositions(positions: StoredPositions): Promise<StoreResult<void>>;
  /** The positions saved for this dataset; null when none are (or those saved are another's). */
  loadPositions(of: DatasetIdentity): Promise<StoreResult<StoredPositions | null>>;
}

const KEY = 'imported';
const POSITIONS_KEY = 'positions';
const PREFIX = 'dataset-store:';

export function createDatasetStore(backend: KeyValueBackend | null): DatasetStore {
  const unavailable = <T>(): StoreResult<T> => ({
    ok: false,
    message: `${PREFIX} this browser offers no IndexedDB (private mode or disabled storage); the imported data is kept only until the page is closed`,
  });

  /**
   * One record, checked: null when there is none; a record this version cannot read would fail on
   * every start, so it is dropped and said (`what` names it in the messages).
   */
  async function read<T>(
    key: string,
    check: (v: unknown) => string | null,
    what: { read: string; unreadable: (problem: string) => string },
  ): Promise<StoreResult<T | null>> {
    if (!backend) return unavailable();
    let value: unknown;
    try {
      value = await backend.get(key);
    } catch (e) {
      return { ok: false, message: `${PREFIX} could not read ${what.read}: ${describe(e)}` };
    }
    if (value === undefined || value === null) return { ok: true, value: null };
    const problem = check(value);
    if (problem) {
      await backend.delete(key).catch(() => undefined);
      return { ok: false, message: `${PREFIX} ${what.unreadable(problem)}` };
    }
    return { ok: true, value: value as T };
  }

  const load = () =>
    read<StoredDataset>(KEY, checkRecord, {
      read: 'the stored dataset',
      unreadable: (problem) =>
        `the stored dataset was unreadable (${problem}) and has been removed`,
    });

  async function exists(): Promise<StoreResult<boolean>> {
    if (!backend) return unavailable();
    try {
      const has = backend.has
        ? await backend.has(KEY)
        : ((await backend.get(KEY)) ?? null) !== null;
      return { ok: true, value: has };
    } catch (e) {
      return { ok: false, message: `${PREFIX} could not read the stored dataset: ${describe(e)}` };
    }
  }

  async function save(dataset: StoredDataset): Promise<StoreResult<void>> {
    if (!backend) return unavailable();
    try {
      await backend.put(KEY, dataset);
      return { ok: true, value: undefined };
    } catch (e) {
      const quota = isQuotaError(e);
      return {
        ok: false,
        message: quota
          ? `${PREFIX} the browser's storage quota is full, so "${dataset.name}" is shown but not kept: it will be gone after a reload (free space in the browser's site data, or import a smaller file)`
          : `${PREFIX} could not store "${dataset.name}" (${describe(e)}); it is shown but will be gone after a reload`,
      };
    }
  }

  async function setActive(active: boolean, only?: DatasetIdentity): Promise<StoreResult<boolean>> {
    const current = await load();
    if (!current.ok) return current;
    const stored = current.value;
    if (!stored || (only && !sameDataset(stored, only))) return { ok: true, value: false };
    if (stored.active === active) return { ok: true, value: true };
    const saved = await save({ ...stored, active });
    return saved.ok ? { ok: true, value: true } : saved;
  }

  async function remove(): Promise<StoreResult<void>> {
    if (!backend) return { ok: true, value: undefined };
    try {
      await backend.delete(KEY);
      await backend.delete(POSITIONS_KEY);
      return { ok: true, value: undefined };
    } catch (e) {
      return {
        ok: false,
        message: `${PREFIX} could not remove the stored dataset: ${describe(e)}`,
      };
    }
  }

  async function savePositions(positions: StoredPositions): Promise<StoreResult<void>> {
    if (!backend) return unavailable();
    try {
      await backend.put(POSITIONS_KEY, positions);
      return { ok: true, value: undefined };
    } catch (e) {
      return {
        ok: false,
        message: `${PREFIX} could not save the positions of "${positions.name}" (${describe(e)}); after a reload its layout runs again`,
      };
    }
  }

  async function loadPositions(of: DatasetIdentity): Promise<StoreResult<StoredPositions | null>> {
    const loaded = await read<StoredPositions>(POSITIONS_KEY, checkPositionsRecord, {
      read: 'the saved positions',
      unreadable: (problem) =>
        `the saved positions were unreadable (${problem}) and have been removed; the layout runs again`,
    });
    if (!loaded.ok || !loaded.value) return loaded;
    return { ok: true, value: sameDataset(loaded.value, of) ? loaded.value : null };
  }

  return { load, exists, save, setActive, remove, savePositions, loadPositions };
}

/** Checks a positions record's fields (whether they fit the graph is checked when applied). */
export function checkPositionsRecord(v: unknown): string | null {
  if (!isObject(v)) return 'expected an object';
  if (typeof v.name !== 'string' || typeof v.importedAt !== 'string')
    return 'expected the string "name" and "importedAt" of the import they belong to';
  if (!(v.x instanceof Float64Array) || !(v.y instanceof Float64Array))
    return 'expected "x" and "y" to be Float64Arrays';
  if (!(v.fixed instanceof Uint8Array)) return 'expected "fixed" to be a Uint8Array';
  if (v.x.length !== v.y.length || v.x.length !== v.fixed.length)
    return `expected "x", "y" and "fixed" of one length, found ${v.x.length}, ${v.y.length} and ${v.fixed.length}`;
  return null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the record's own fields; the graph's content is checked when it is loaded. */
export function checkRecord(v: unknown): string | null {
  if (!isObject(v)) return 'expected an object';
  if (typeof v.name !== 'string') return 'expected a string "name"';
  if (typeof v.importedAt !== 'string') return 'expected a string "importedAt"';
  if (!Array.isArray(v.files) || !v.files.every((f) => typeof f === 'string'))
    return 'expected "files" to be a list of names';
  if (typeof v.format !== 'string') return 'expected a string "format"';
  if (typeof v.active !== 'boolean') return 'expected a boolean "active"';
  const g = v.graph;
  if (!isObject(g) || !Array.isArray(g.nodes) || !Array.isArray(g.edges))
    return 'expected "graph" to be a graphology export with nodes and edges';
  return null;
}

function describe(e: unknown): string {
  if (e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException))
    return `${e.name}: ${e.message}`;
  return String(e);
}

function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

// ---------------------------------------------------------------------------------------------
// IndexedDB backend

const DB_NAME = 'alignmap';
const STORE = 'datasets';

/** The page's IndexedDB as a key-value backend, or null when the browser has none. */
export function indexedDbBackend(factory: IDBFactory | undefined = globalThis.indexedDB) {
  if (!factory) return null;
  let opening: Promise<IDBDatabase> | null = null;
  const open = () =>
    (opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      let request: IDBOpenDBRequest;
      try {
        request = factory.open(DB_NAME, 1);
      } catch (e) {
        reject(e as Error);
        return;
      }
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }).catch((e: unknown) => {
      opening = null; // try again next time
      throw e;
    }));

  async function run<T>(
    mode: IDBTransactionMode,
    action: (store: IDBObjectStore) => IDBRequest<T>,
  ): Promise<T> {
    const db = await open();
    return new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      let result: T;
      request.onsuccess = () => (result = request.result);
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB error'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  }

  const backend: KeyValueBackend = {
    get: (key) => run('readonly', (s) => s.get(key)),
    put: async (key, value) => {
      await run('readwrite', (s) => s.put(value, key));
    },
    delete: async (key) => {
      await run('readwrite', (s) => s.delete(key));
    },
    has: async (key) => (await run('readonly', (s) => s.count(key))) > 0,
  };
  return backend;
}

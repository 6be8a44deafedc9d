// Which dataset the explorer shows (the default graph.json or the user's import), and the import
// itself as reactive state: progress, the located errors of a failed import, warnings, storage
// messages. An import replaces the graph on screen only after it has parsed and validated; it is
// kept in IndexedDB (dataset-store.ts) so that a reload opens it again until the user removes it.
import { getContext, setContext } from 'svelte';
import type { AlignmapGraph } from '../model/build';
import type { SerializedAlignmapGraph } from '../model/graph-types';
import {
  createImportClient,
  spawnImportWorker,
  type ImportClient,
  type RestoredImport,
  type WorkerLike,
} from '../io/import-client';
import {
  DEFAULT_MAX_BYTES,
  type ImportProblem,
  type ImportProgress,
  type ImportResult,
} from '../io/types';
import { nextTask } from '../model/next-task';
import { prepareViewSummaries } from './graph-summaries';
import { waitForLabelFont } from '../render/fonts';
import { isLargeGraph } from '../render/large-graph';
import { seedMissingPositions } from '../layout/seed-positions';
import { applyPositions, takePositions } from '../graph/saved-positions';
import type { AppState } from './app-state.svelte';
import { fetchGraph, graphFromData, type LoadResult } from './load-graph';
import {
  createDatasetStore,
  indexedDbBackend,
  sameDataset,
  type DatasetStore,
  type StoredDataset,
} from '../io/dataset-store';

/** Files larger than this (each, and all together) are refused before they are read. */
export const IMPORT_LIMIT_BYTES = DEFAULT_MAX_BYTES;
/** How long the start waits for IndexedDB before showing the default data. */
const STORE_TIMEOUT_MS = 4000;

export interface DatasetInfo {
  name: string;
  importedAt: string;
  files: string[];
  format: string;
}

export type DatasetSource = { kind: 'default' } | ({ kind: 'imported' } & DatasetInfo);

export interface ImportRun {
  files: string[];
  /** 'read' (page reads the files), the importer's phases, then 'show' (storing and drawing). */
  phase: ImportProgress['phase'] | 'show';
  /** 0..1 over the whole import. */
  fraction: number;
}

/** Share of the whole progress bar each phase takes. */
const PHASES: Record<ImportRun['phase'], [number, number]> = {
  read: [0, 0.1],
  parse: [0.1, 0.5],
  build: [0.5, 0.85],
  validate: [0.85, 0.9],
  show: [0.9, 1],
};

/** The current time as an ISO string (a timestamp for the record, not reactive state). */
const nowIso = (): string => new Date(Date.now()).toJSON();
const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export class DatasetState {
  source = $state.raw<DatasetSource>({ kind: 'default' });
  /** A stored import that is not on screen (after "Back to default dataset"). */
  stored = $state.raw<DatasetInfo | null>(null);
  running = $state.raw<ImportRun | null>(null);
  /** Errors of the last failed import (the graph on screen is unchanged). */
  errors = $state.raw<ImportProblem[]>([]);
  warnings = $state.raw<ImportProblem[]>([]);
  /** Summary of the last successful import ("12 actors, 30 relations from x.gexf"). */
  lastImport = $state.raw<{ name: string; nodes: number; edges: number } | null>(null);
  /** Storage problems (quota, no IndexedDB): the app goes on, the data may not survive a reload. */
  storageMessage = $state<string | null>(null);
  #dialog = $state<'import' | 'export' | null>(null);
  /** An import worker started when the import dialog opens (its start-up overlaps the file choice). */
  private warmWorker: WorkerLike | null = null;

  /** Which dialog is open. */
  get dialog(): 'import' | 'export' | null {
    return this.#dialog;
  }

  set dialog(value: 'import' | 'export' | null) {
    this.#dialog = value;
    if (value !== 'import' || this.warmWorker || this.running) return;
    const worker = this.spawnWorker();
    // one that cannot start is dropped (the import then starts its own, or runs in the page)
    worker?.addEventListener('error', () => {
      if (this.warmWorker === worker) this.warmWorker = null;
    });
    this.warmWorker = worker;
  }
  switching = $state(false);

  /**
   * The default dataset's graph while it is shown; let go when an import replaces it (with the
   * summaries kept per graph, 3.4 MB held beside a 10,000-actor import): "Back to default" fetches
   * it again (from the HTTP cache).
   */
  private defaultGraph: AlignmapGraph | null = null;
  private abort: AbortController | null = null;

  constructor(
    private readonly app: AppState,
    private readonly defaultUrl: string,
    private readonly store: DatasetStore = createDatasetStore(indexedDbBackend()),
    /** Starts an import worker, or gives null where none can run (tests pass a double). */
    private readonly spawnWorker: () => WorkerLike | null = tryWorker,
  ) {}

  /** The graph to show on start: the stored import when it is marked active, else the default. */
  async initialGraph(): Promise<LoadResult> {
    const exists = await withTimeout(this.store.exists(), STORE_TIMEOUT_MS);
    if (exists === 'timeout') {
      this.storageMessage = 'dataset-store: IndexedDB did not answer; showing the default dataset';
      return this.loadDefault();
    }
    if (!exists.ok) {
      // No IndexedDB at all is only worth saying when the user imports something.
      if (!exists.message.includes('offers no IndexedDB')) this.storageMessage = exists.message;
      return this.loadDefault();
    }
    if (!exists.value) return this.loadDefault();
    // The import worker reads, checks and sends the stored graph in parts (no long task here).
    const worker = this.spawnWorker();
    const client = worker ? createImportClient(worker) : null;
    if (client) {
      let restored: RestoredImport;
      try {
        restored = await client.restore();
      } finally {
        client.kill();
      }
      if (!restored.ok) this.storageMessage = restored.message;
      else if (restored.graph) {
        await this.restoreLayout(restored.graph, restored.info);
        await prepare(restored.graph);
        this.source = { kind: 'imported', ...infoOf(restored.info) };
        return { ok: true, graph: restored.graph };
      } else if (restored.info) this.stored = infoOf(restored.info);
      return this.loadDefault();
    }
    const stored = await this.store.load();
    if (!stored.ok) this.storageMessage = stored.message;
    else if (stored.value) {
      const info = infoOf(stored.value);
      if (stored.value.active) {
        const restored = restore(stored.value);
        if (restored.ok) {
          await this.restoreLayout(restored.graph, info);
          this.source = { kind: 'imported', ...info };
          await labelFontFor(restored.graph);
          return restored;
        }
        this.storageMessage = `${restored.error}; showing the default dataset`;
        await this.store.remove();
      } else this.stored = info;
    }
    return this.loadDefault();
  }

  private async loadDefault(): Promise<LoadResult> {
    if (this.defaultGraph) return { ok: true, graph: this.defaultGraph };
    const result = await fetchGraph(this.defaultUrl);
    if (result.ok) {
      await labelFontFor(result.graph);
      this.defaultGraph = result.graph;
    }
    return result;
  }

  /** Imports one file (or edges.csv + nodes.csv); the graph on screen changes only on success. */
  async importFiles(files: File[]): Promise<boolean> {
    if (this.running) return false;
    this.errors = [];
    this.warnings = [];
    this.lastImport = null;
    const names = files.map((f) => f.name);
    const refused = checkSizes(files);
    if (refused) {
      this.errors = [refused];
      return false;
    }
    const abort = (this.abort = new AbortController());
    this.running = { files: names, phase: 'read', fraction: 0 };
    try {
      const buffers = await readFiles(files, (fraction) => this.progress('read', fraction));
      if (abort.signal.aborted) return this.fail([{ where: 'file', message: 'import cancelled' }]);
      const warm = this.warmWorker;
      this.warmWorker = null;
      const { result, client } = await runImport(
        buffers,
        abort.signal,
        (p) => this.progress(p.phase, p.fraction),
        warm ?? this.spawnWorker(),
        () => readFiles(files),
      );
      try {
        this.warnings = result.warnings;
        if (!result.ok) return this.fail(result.errors);
        const info: DatasetInfo = {
          name: names.join(' + '),
          importedAt: nowIso(),
          files: names,
          format: result.format,
        };
        await this.show(result.graph, info, client);
        this.lastImport = { name: info.name, nodes: result.graph.order, edges: result.graph.size };
        return true;
      } finally {
        client?.kill();
      }
    } catch (e) {
      return this.fail([
        { where: names.join(' + '), message: `import failed: ${(e as Error).message}` },
      ]);
    } finally {
      this.running = null;
      this.abort = null;
    }
  }

  /**
   * Opens the import dialog and imports; closes it when all went well (no warnings), and opens it
   * again to show errors or warnings if the user closed it meanwhile (the import goes on).
   */
  async importWithDialog(files: File[]): Promise<boolean> {
    if (this.running) return false;
    this.dialog = 'import';
    const ok = await this.importFiles(files);
    if (ok && this.warnings.length === 0) {
      if (this.dialog === 'import') this.dialog = null;
    } else this.dialog = 'import';
    return ok;
  }

  cancel(): void {
    this.abort?.abort();
  }

  /**
   * Puts an imported graph on screen, then stores it: the first frame does not wait for the
   * IndexedDB save, nor, on big graphs, for the label font of every name. The import worker
   * (`client`) stores the graph it kept; without one, the page stores an export of it.
   */
  private async show(
    graph: AlignmapGraph,
    info: DatasetInfo,
    client: ImportClient | null,
  ): Promise<void> {
    this.progress('show', 0);
    await prepare(graph);
    this.replace(graph);
    this.source = { kind: 'imported', ...info };
    this.stored = null;
    this.progress('show', 0.5);
    await afterNextFrame();
    const saved = client
      ? await client.storeLast(info)
      : await this.store.save({
          ...info,
          active: true,
          graph: graph.export() as SerializedAlignmapGraph,
        });
    this.storageMessage = saved.ok ? null : saved.message;
    // A dataset stored earlier must not open on the next start instead of this unsaved one (the
    // worker does this itself).
    if (!saved.ok && !client) await this.store.setActive(false);
    this.progress('show', 1);
  }

  /** "Back to default dataset": the import stays stored (one click to open it again). */
  async showDefault(): Promise<void> {
    const source = this.source;
    if (source.kind === 'default' || this.switching) return;
    this.switching = true;
    try {
      const result = await this.loadDefault();
      if (!result.ok) {
        this.storageMessage = result.error;
        return;
      }
      const info: DatasetInfo = {
        name: source.name,
        importedAt: source.importedAt,
        files: source.files,
        format: source.format,
      };
      // Offered again only if it really is stored (a failed save, or another tab's import since,
      // leaves nothing of it to open).
      const flagged = await this.store.setActive(false, info);
      if (!flagged.ok) this.storageMessage = flagged.message;
      this.stored = flagged.ok && flagged.value ? info : null;
      this.replace(result.graph);
      this.source = { kind: 'default' };
    } finally {
      this.switching = false;
    }
  }

  /** Opens the stored import again (after "Back to default dataset"). */
  async openStored(): Promise<void> {
    if (this.switching) return;
    this.switching = true;
    try {
      const loaded = await this.store.load();
      if (!loaded.ok || !loaded.value) {
        this.storageMessage = loaded.ok
          ? 'dataset-store: the stored import is gone'
          : loaded.message;
        this.stored = null;
        return;
      }
      const offered = this.stored;
      if (offered && !sameDataset(offered, loaded.value)) {
        // Another tab stored a different import since this one offered it: say so, open nothing.
        this.stored = infoOf(loaded.value);
        this.storageMessage = `dataset-store: another tab has replaced the stored import "${offered.name}" with "${loaded.value.name}"; choose Open again to show it`;
        return;
      }
      const restored = restore(loaded.value);
      if (!restored.ok) {
        this.storageMessage = restored.error;
        return;
      }
      await this.store.setActive(true, loaded.value);
      await this.restoreLayout(restored.graph, loaded.value);
      await labelFontFor(restored.graph);
      this.replace(restored.graph);
      this.source = { kind: 'imported', ...infoOf(loaded.value) };
      this.stored = null;
    } finally {
      this.switching = false;
    }
  }

  /** Removes the stored import; when it is on screen, the default dataset comes back. */
  async removeStored(): Promise<void> {
    const removed = await this.store.remove();
    if (!removed.ok) this.storageMessage = removed.message;
    this.stored = null;
    if (this.source.kind === 'imported') await this.showDefault();
    this.stored = null;
  }

  /**
   * Puts back the positions saved for this stored import (the picture its user left, pins
   * included) and tells the view (app.laidOut: its layout does not run at start). Saved positions
   * that do not fit the graph are said and left out: the layout runs as after an import.
   */
  private async restoreLayout(graph: AlignmapGraph, of: DatasetInfo): Promise<void> {
    const saved = await withTimeout(this.store.loadPositions(of), STORE_TIMEOUT_MS);
    if (saved === 'timeout') return;
    if (!saved.ok) {
      this.storageMessage = saved.message;
      return;
    }
    if (!saved.value) return;
    const problem = applyPositions(graph, saved.value);
    if (problem) {
      this.storageMessage = `dataset-store: the saved positions do not fit "${of.name}" (${problem}); its layout runs again`;
      return;
    }
    this.app.laidOut = graph;
  }

  /**
   * Keeps the positions of the import on screen for its next opening (call it when its actors
   * came to rest: a layout run stopped, a drag ended). Nothing for the default dataset.
   */
  async saveLayout(graph: AlignmapGraph): Promise<void> {
    const source = this.source;
    if (source.kind !== 'imported' || this.app.graph !== graph) return;
    const saved = await this.store.savePositions({
      name: source.name,
      importedAt: source.importedAt,
      savedAt: nowIso(),
      ...takePositions(graph),
    });
    if (!saved.ok) this.storageMessage = saved.message;
  }

  /** Shows the graph; the view state carries over by the one rule of src/view/reconcile.ts. */
  private replace(graph: AlignmapGraph): void {
    if (graph !== this.defaultGraph) this.defaultGraph = null;
    this.app.replaceGraph(graph);
  }

  private progress(phase: ImportRun['phase'], fraction: number): void {
    if (!this.running) return;
    const [a, b] = PHASES[phase];
    this.running = {
      ...this.running,
      phase,
      fraction: Math.max(this.running.fraction, a + (b - a) * Math.min(1, Math.max(0, fraction))),
    };
  }

  private fail(errors: ImportProblem[]): false {
    this.errors = errors;
    return false;
  }
}

function infoOf(d: DatasetInfo): DatasetInfo {
  return { name: d.name, importedAt: d.importedAt, files: d.files, format: d.format };
}

function restore(d: StoredDataset): LoadResult {
  const result = graphFromData(d.graph, `stored import "${d.name}"`);
  if (result.ok) seedMissingPositions(result.graph);
  return result;
}

/**
 * Readies a graph the worker sent for the view, each step in a task of its own (the task that
 * built its last slice, and the one that hands it to the view, stay short): start positions for
 * actors the file placed nowhere, the label font, then what the view's first computations read.
 */
async function prepare(graph: AlignmapGraph): Promise<void> {
  await nextTask();
  seedMissingPositions(graph);
  await nextTask();
  await labelFontFor(graph);
  await nextTask();
  // what the view's first computations read (the pipeline's index of the graph, the latest date,
  // the evidence search's index): passes over every relation, none in the handoff's task
  await prepareViewSummaries(graph);
  await nextTask();
  // for bench/profile-import.ts: what came before this mark is the import's own work
  globalThis.performance?.mark?.(HANDOFF_MARK);
}

/** The performance mark set when an imported or restored graph is ready to be handed to the view. */
export const HANDOFF_MARK = 'alignmap:graph-handoff';

/**
 * Waits for the label font faces a graph's names need, so that the first frame draws them in it —
 * except on a large graph: its first frame shows few labels and does not wait (the faces load
 * meanwhile; the graph view redraws when they arrive).
 */
async function labelFontFor(graph: AlignmapGraph): Promise<void> {
  const loading = waitForLabelFont(labelText(graph));
  if (!isLargeGraph(graph)) await loading;
}

/** Labels whose font faces the first frame waits for: all of them, or a sample on big graphs. */
const FONT_SAMPLE = 2000;

function labelText(graph: AlignmapGraph): string {
  const parts: string[] = [];
  const step = Math.max(1, Math.floor(graph.order / FONT_SAMPLE));
  let i = 0;
  graph.forEachNode((_id, a) => {
    if (i++ % step === 0) parts.push(String(a.label ?? ''), String(a.labelJa ?? ''));
  });
  return parts.join('');
}

/** Resolves once the next frame has been drawn (at once where there are no frames). */
function afterNextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** A refusal for files over the limit, before anything is read. */
export function checkSizes(
  files: { name: string; size: number }[],
  limit = IMPORT_LIMIT_BYTES,
): ImportProblem | null {
  if (files.length === 0) return { where: 'file', message: 'no file was chosen' };
  let total = 0;
  for (const f of files) {
    total += f.size;
    if (f.size > limit)
      return {
        where: f.name,
        message: `the file is ${megabytes(f.size)}, larger than the import limit of ${megabytes(limit)}; import a smaller file or a filtered export`,
      };
  }
  if (total > limit)
    return {
      where: files.map((f) => f.name).join(' + '),
      message: `the files are ${megabytes(total)} together, larger than the import limit of ${megabytes(limit)}`,
    };
  return null;
}

/** A new import worker, or null where workers cannot be started (Node, old browsers). */
function tryWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return spawnImportWorker();
  } catch {
    return null;
  }
}

type FileBytes = { name: string; bytes: ArrayBuffer };

/** The files' bytes, read one after the other; `onRead` with the fraction of files read. */
async function readFiles(files: File[], onRead?: (fraction: number) => void): Promise<FileBytes[]> {
  const buffers: FileBytes[] = [];
  for (const [i, file] of files.entries()) {
    buffers.push({ name: file.name, bytes: await file.arrayBuffer() });
    onRead?.((i + 1) / files.length);
  }
  return buffers;
}

/** The importer in the page (loaded only when no worker can run: it brings YAML, zod, XML...). */
async function importInPage(
  files: FileBytes[],
  signal: AbortSignal,
  onProgress: (p: ImportProgress) => void,
): Promise<{ result: ImportResult; client: null }> {
  const { importFiles } = await import('../io/import');
  return { result: await importFiles(files, { signal, onProgress }), client: null };
}

/**
 * Runs the import in a worker (`started`: one started when the dialog opened, or a new one; the
 * page keeps drawing); in the page if workers are unavailable, or if the worker cannot start (the
 * files are then read again with `reread`: their buffers went to the worker). A successful worker
 * import comes with its client, to store the graph the worker kept; the caller kills it.
 */
async function runImport(
  files: FileBytes[],
  signal: AbortSignal,
  onProgress: (p: ImportProgress) => void,
  started: WorkerLike | null,
  reread: () => Promise<FileBytes[]>,
): Promise<{ result: ImportResult; client: ImportClient | null }> {
  if (!started) return importInPage(files, signal, onProgress);
  const client = createImportClient(started);
  const outcome = await new Promise<{ result: ImportResult; client: ImportClient | null }>(
    (resolve) => {
      let settled = false;
      let heard = false;
      // A worker that cannot start (blocked script, old browser) reports an error event only;
      // one that dies after it started answering ends the import with an error (import-client).
      started.addEventListener('error', (event) => {
        if (settled || heard) return;
        settled = true;
        event.preventDefault?.();
        client.kill();
        // (the buffers went to the worker: read the files again)
        resolve(reread().then((again) => importInPage(again, signal, onProgress)));
      });
      const progress = (p: ImportProgress) => {
        heard = true;
        onProgress(p);
      };
      void client.importFiles(files, { signal, onProgress: progress }).then((result) => {
        if (settled) return;
        settled = true;
        resolve({ result, client });
      });
    },
  );
  if (!outcome.result.ok) client.kill();
  return outcome;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(resolve, ms, 'timeout')));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const KEY = Symbol('alignmap.dataset');

export function setDatasetContext(dataset: DatasetState): void {
  setContext(KEY, dataset);
}

export function getDatasetContext(): DatasetState {
  const dataset = getContext<DatasetState | undefined>(KEY);
  if (!dataset) throw new Error('dataset-state: expected a DatasetState in the component context');
  return dataset;
}

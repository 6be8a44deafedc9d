// Page side of the import worker: sends files, forwards progress, builds the graph from the parts
// the worker sends (src/model/graph-handoff.ts) in slices of a few hundred nodes or edges per task
// (src/model/build-sliced.ts), asks the worker to store the shown import and to reopen the stored
// one. A newer import or restore cancels the build of an older one (its result is an error). Works with any object that speaks postMessage (a Worker, or a test
// double). A worker that dies (error event), sends an unreadable answer (messageerror) or falls
// silent for too long becomes an error result, and the worker is terminated: nothing ever hangs.
import type { AlignmapGraph } from '../model/build';
import type { StoreResult } from './dataset-store';
import { BuildCancelled, SlicedGraphBuild, type SlicedBuildOptions } from '../model/build-sliced';
import type { ImportRequest, ImportResponse, StoreInfo } from './import-protocol';
import type { ImportProgress, ImportResult } from './types';

export interface WorkerLike {
  postMessage(message: ImportRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  removeEventListener(
    type: 'message',
    listener: (event: MessageEvent<ImportResponse>) => void,
  ): void;
  removeEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate?(): void;
}

/** Starts the import worker (Vite bundles it from this exact expression). */
export function spawnImportWorker(): Worker {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
}

export type RestoredImport =
  | { ok: true; graph: AlignmapGraph; info: StoreInfo & { active: true } }
  /** Nothing stored (info null), or a stored import that is not opened on start. */
  | { ok: true; graph: null; info: (StoreInfo & { active: false }) | null }
  | { ok: false; message: string };

export interface ImportClient {
  /** Imports the files in the worker; their buffers are moved there (detached for the caller). */
  importFiles(
    files: { name: string; bytes: ArrayBuffer }[],
    options?: { maxBytes?: number; onProgress?: (p: ImportProgress) => void; signal?: AbortSignal },
  ): Promise<ImportResult>;
  /** Stores the graph of the last successful import (the worker kept it) as the active dataset. */
  storeLast(info: StoreInfo): Promise<StoreResult<void>>;
  /** The stored import: its graph when it is opened on start, else what is known about it. */
  restore(): Promise<RestoredImport>;
  /** Terminates the worker; idempotent. */
  kill(): void;
}

export interface ImportClientOptions {
  /**
   * How long the worker may stay silent (no progress, no answer) before the import fails, in ms,
   * given the total size of the files. Default: 5 s plus 1 s per MB (a single JSON.parse or YAML
   * parse of a large file sends no progress while it runs).
   */
  silenceMs?: (bytes: number) => number;
  /** How the page builds the graph from the parts (slice budget, how to wait for a new task). */
  build?: Omit<SlicedBuildOptions, 'signal'>;
}

const defaultSilenceMs = (bytes: number) => 5000 + Math.ceil(bytes / 1_000_000) * 1000;

/** How long storing or restoring may take without an answer (a 50 MB import in IndexedDB). */
const STORE_SILENCE_MS = 60_000;

const failure = (message: string): ImportResult => ({
  ok: false,
  errors: [{ where: 'file', message }],
  warnings: [],
});

export function createImportClient(
  worker: WorkerLike,
  clientOptions: ImportClientOptions = {},
): ImportClient {
  let nextId = 1;
  let killed = false;
  let lastImport: number | null = null;
  /** The graph being built on the page; a newer import or restore cancels it. */
  let building: { id: number; build: SlicedGraphBuild } | null = null;
  const newBuild = (id: number, signal?: AbortSignal) => {
    if (building && !building.build.done) {
      building.build.abort('a newer import replaced it');
      // the worker stops parsing the older file, if it still is (a finished id is ignored)
      worker.postMessage({ type: 'cancel', id: building.id });
    }
    const build = new SlicedGraphBuild({ ...clientOptions.build, signal });
    building = { id, build };
    return build;
  };
  const silenceMs = clientOptions.silenceMs ?? defaultSilenceMs;
  const kill = () => {
    if (killed) return;
    killed = true;
    building?.build.abort('the import worker was stopped');
    worker.terminate?.();
  };

  /**
   * One request and its answers: `handle` gets every message of this id and returns a value (or a
   * promise of one: the page still building the graph) to end the exchange, or undefined to go on;
   * `fail` turns a dead or silent worker, or a rejected promise, into a value; `transfer`: the
   * request's buffers moved to the worker.
   */
  function exchange<T>(
    request: ImportRequest,
    silence: number,
    handle: (msg: ImportResponse) => T | Promise<T> | undefined,
    fail: (message: string) => T,
    signal?: AbortSignal,
    transfer: Transferable[] = [],
  ): Promise<T> {
    return new Promise<T>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const cleanup = () => {
        clearTimeout(timer);
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
        worker.removeEventListener('messageerror', onMessageError);
        signal?.removeEventListener('abort', onAbort);
      };
      /** Ends with an error and stops the worker (it cannot be trusted any more). */
      const die = (message: string) => {
        cleanup();
        kill();
        resolve(fail(message));
      };
      const watch = () => {
        clearTimeout(timer);
        timer = setTimeout(
          () =>
            die(
              `import worker: no answer for ${Math.round(silence / 1000)} s; the worker was stopped and nothing was imported (the file may be too large or too deeply nested for this browser)`,
            ),
          silence,
        );
      };
      const onMessage = (event: MessageEvent<ImportResponse>) => {
        const msg = event.data;
        if (msg?.id !== request.id) return;
        watch();
        const rebuildFailed = (e: unknown) =>
          fail(
            e instanceof BuildCancelled
              ? `import: ${e.message}; nothing was imported`
              : `import: the worker's graph could not be rebuilt (${describe(e)})`,
          );
        let value: T | Promise<T> | undefined;
        try {
          value = handle(msg);
        } catch (e) {
          value = rebuildFailed(e);
        }
        if (value === undefined) return;
        // the worker has said all it will say: the rest (the page's build) is the page's own work
        cleanup();
        if (value instanceof Promise)
          value.then(resolve, (e: unknown) => resolve(rebuildFailed(e)));
        else resolve(value);
      };
      const onError = (event: Event) => {
        event.preventDefault?.();
        const detail = (event as ErrorEvent).message;
        die(
          `import worker: stopped with an error (${detail || 'no details'}); nothing was imported`,
        );
      };
      const onMessageError = () =>
        die(`import worker: its answer could not be read (messageerror); nothing was imported`);
      const onAbort = () => worker.postMessage({ type: 'cancel', id: request.id });
      signal?.addEventListener('abort', onAbort);
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.addEventListener('messageerror', onMessageError);
      watch();
      try {
        worker.postMessage(request, transfer);
      } catch (e) {
        die(`import worker: the request could not be sent (${describe(e)})`);
      }
    });
  }

  return {
    importFiles(files, options = {}) {
      if (killed) return Promise.resolve(failure('import: the worker was stopped'));
      const id = nextId++;
      lastImport = null;
      const bytes = files.reduce((n, f) => n + f.bytes.byteLength, 0);
      const build = newBuild(id, options.signal);
      return exchange<ImportResult>(
        {
          type: 'import',
          id,
          // moved, not copied (a copy and its structured clone were 0.17 s of script for a
          // 24 MB file): the caller's buffers are detached
          files: files.map((f) => ({ name: f.name, bytes: f.bytes })),
          maxBytes: options.maxBytes,
        },
        silenceMs(bytes),
        (msg) => {
          if (msg.type === 'progress') options.onProgress?.(msg.progress);
          else if (msg.type === 'graph') build.add(msg.part);
          else if (msg.type === 'done') {
            const r = msg.result;
            if (!r.ok) {
              build.abort('the import failed');
              return r;
            }
            return build.finish().then((graph): ImportResult => {
              lastImport = id;
              return { ok: true, graph, warnings: r.warnings, format: r.format };
            });
          }
          return undefined;
        },
        failure,
        options.signal,
        files.map((f) => f.bytes),
      );
    },
    storeLast(info) {
      const id = lastImport;
      const fail = (message: string): StoreResult<void> => ({ ok: false, message });
      if (killed || id === null)
        return Promise.resolve(fail('import worker: there is no import to store'));
      lastImport = null;
      return exchange<StoreResult<void>>(
        { type: 'store', id, info },
        STORE_SILENCE_MS,
        (msg) => (msg.type === 'stored' ? msg.result : undefined),
        (message) => fail(`dataset-store: ${message}`),
      );
    },
    restore() {
      const fail = (message: string): RestoredImport => ({ ok: false, message });
      if (killed) return Promise.resolve(fail('import worker: the worker was stopped'));
      const id = nextId++;
      const build = newBuild(id);
      return exchange<RestoredImport>(
        { type: 'restore', id },
        STORE_SILENCE_MS,
        (msg) => {
          if (msg.type === 'graph') build.add(msg.part);
          else if (msg.type === 'restored') {
            const r = msg.result;
            if (r.ok && r.info?.active && r.sent) {
              const info = { ...r.info, active: true as const };
              return build.finish().then((graph): RestoredImport => ({ ok: true, graph, info }));
            }
            build.abort('nothing to restore');
            if (!r.ok) return r;
            return { ok: true, graph: null, info: r.info ? { ...r.info, active: false } : null };
          }
          return undefined;
        },
        (message) => fail(`dataset-store: ${message}`),
      );
    },
    kill,
  };
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

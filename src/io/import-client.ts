// Page side of the import worker: sends files, forwards progress, rebuilds the graph from its
// serialised form. Works with any object that speaks postMessage (a Worker, or a test double).
// A worker that dies (error event), sends an unreadable answer (messageerror) or falls silent for
// too long becomes an error result, and the worker is terminated: an import never hangs.
import { createEmptyGraph } from '../model/build';
import type { ImportRequest, ImportResponse } from './import-protocol';
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

export interface ImportClient {
  importFiles(
    files: { name: string; bytes: ArrayBuffer }[],
    options?: { maxBytes?: number; onProgress?: (p: ImportProgress) => void; signal?: AbortSignal },
  ): Promise<ImportResult>;
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
}

const defaultSilenceMs = (bytes: number) => 5000 + Math.ceil(bytes / 1_000_000) * 1000;

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
  const silenceMs = clientOptions.silenceMs ?? defaultSilenceMs;
  const kill = () => {
    if (killed) return;
    killed = true;
    worker.terminate?.();
  };
  return {
    importFiles(files, options = {}) {
      if (killed) return Promise.resolve(failure('import: the worker was stopped'));
      const id = nextId++;
      const bytes = files.reduce((n, f) => n + f.bytes.byteLength, 0);
      const silence = silenceMs(bytes);
      return new Promise<ImportResult>((resolve) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const cleanup = () => {
          clearTimeout(timer);
          worker.removeEventListener('message', onMessage);
          worker.removeEventListener('error', onError);
          worker.removeEventListener('messageerror', onMessageError);
          options.signal?.removeEventListener('abort', onAbort);
        };
        /** Ends the import with an error and stops the worker (it cannot be trusted any more). */
        const die = (message: string) => {
          cleanup();
          kill();
          resolve(failure(message));
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
          if (msg?.id !== id) return;
          if (msg.type === 'progress') {
            watch();
            options.onProgress?.(msg.progress);
            return;
          }
          cleanup();
          const r = msg.result;
          if (!r.ok) {
            resolve(r);
            return;
          }
          const graph = createEmptyGraph();
          try {
            graph.import(r.graph);
          } catch (e) {
            resolve(failure(`import: the worker's graph could not be rebuilt (${String(e)})`));
            return;
          }
          resolve({ ok: true, graph, warnings: r.warnings, format: r.format });
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
        const onAbort = () => worker.postMessage({ type: 'cancel', id });
        options.signal?.addEventListener('abort', onAbort);
        worker.addEventListener('message', onMessage);
        worker.addEventListener('error', onError);
        worker.addEventListener('messageerror', onMessageError);
        watch();
        // Copies are sent so the caller keeps its buffers (files are at most 50 MB).
        try {
          worker.postMessage({
            type: 'import',
            id,
            files: files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) })),
            maxBytes: options.maxBytes,
          });
        } catch (e) {
          die(`import worker: the files could not be sent (${String(e)})`);
        }
      });
    },
    kill,
  };
}

// Page side of the import worker: sends files, forwards progress, rebuilds the graph from its
// serialised form. Works with any object that speaks postMessage (a Worker, or a test double).
import { createEmptyGraph } from '../model/build';
import type { ImportRequest, ImportResponse } from './import-protocol';
import type { ImportProgress, ImportResult } from './types';

export interface WorkerLike {
  postMessage(message: ImportRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportResponse>) => void): void;
  removeEventListener(
    type: 'message',
    listener: (event: MessageEvent<ImportResponse>) => void,
  ): void;
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

export function createImportClient(worker: WorkerLike): ImportClient {
  let nextId = 1;
  let killed = false;
  return {
    importFiles(files, options = {}) {
      if (killed)
        return Promise.resolve({
          ok: false,
          errors: [{ where: 'file', message: 'import: the worker was stopped' }],
          warnings: [],
        });
      const id = nextId++;
      return new Promise<ImportResult>((resolve) => {
        const onMessage = (event: MessageEvent<ImportResponse>) => {
          const msg = event.data;
          if (msg.id !== id) return;
          if (msg.type === 'progress') {
            options.onProgress?.(msg.progress);
            return;
          }
          worker.removeEventListener('message', onMessage);
          options.signal?.removeEventListener('abort', onAbort);
          const r = msg.result;
          if (!r.ok) {
            resolve(r);
            return;
          }
          const graph = createEmptyGraph();
          graph.import(r.graph);
          resolve({ ok: true, graph, warnings: r.warnings, format: r.format });
        };
        const onAbort = () => worker.postMessage({ type: 'cancel', id });
        options.signal?.addEventListener('abort', onAbort);
        worker.addEventListener('message', onMessage);
        // Copies are sent so the caller keeps its buffers (files are at most 50 MB).
        worker.postMessage({
          type: 'import',
          id,
          files: files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) })),
          maxBytes: options.maxBytes,
        });
      });
    },
    kill() {
      if (killed) return;
      killed = true;
      worker.terminate?.();
    },
  };
}

// Messages between the page and the import worker, and the worker-side handler (kept apart from
// import-worker.ts so that tests can run it without a Worker). Graphs cross as graphology exports.
import type { SerializedAlignmapGraph } from '../model/graph-types';
import { importFiles } from './import';
import type { ImportFormat, ImportProblem, ImportProgress } from './types';

export type ImportRequest =
  | { type: 'import'; id: number; files: { name: string; bytes: ArrayBuffer }[]; maxBytes?: number }
  | { type: 'cancel'; id: number };

export type SerializedImportResult =
  | { ok: true; graph: SerializedAlignmapGraph; warnings: ImportProblem[]; format: ImportFormat }
  | { ok: false; errors: ImportProblem[]; warnings: ImportProblem[]; format?: ImportFormat };

export type ImportResponse =
  | { type: 'progress'; id: number; progress: ImportProgress }
  | { type: 'done'; id: number; result: SerializedImportResult };

/** Worker side: runs imports, reports progress, honours cancel requests. */
export function createImportHandler(
  post: (message: ImportResponse) => void,
): (request: ImportRequest) => Promise<void> {
  const running = new Map<number, AbortController>();
  return async (request) => {
    if (request.type === 'cancel') {
      running.get(request.id)?.abort();
      return;
    }
    if (request.type !== 'import' || !Array.isArray(request.files)) return;
    const controller = new AbortController();
    running.set(request.id, controller);
    const fail = (message: string): SerializedImportResult => ({
      ok: false,
      errors: [{ where: 'file', message }],
      warnings: [],
    });
    try {
      let result: SerializedImportResult;
      try {
        const imported = await importFiles(request.files, {
          maxBytes: request.maxBytes,
          signal: controller.signal,
          // In a worker, long slices are fine; progress at most every 50 ms.
          sliceMs: 50,
          onProgress: (progress) => post({ type: 'progress', id: request.id, progress }),
        });
        result = imported.ok
          ? {
              ok: true,
              graph: imported.graph.export(),
              warnings: imported.warnings,
              format: imported.format,
            }
          : imported;
      } catch (e) {
        result = fail(`import worker: internal error: ${describe(e)}`);
      }
      try {
        post({ type: 'done', id: request.id, result });
      } catch (e) {
        // The result could not be copied to the page (e.g. structured clone ran out of stack).
        post({
          type: 'done',
          id: request.id,
          result: fail(
            `import worker: the imported graph could not be sent to the page (${describe(e)}); expected plain values nested at most a few levels deep`,
          ),
        });
      }
    } finally {
      running.delete(request.id);
    }
  };
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

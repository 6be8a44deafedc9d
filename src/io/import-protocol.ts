// Messages between the page and the import worker, and the worker-side handler (kept apart from
// import-worker.ts so that tests can run it without a Worker). An imported graph crosses in parts
// of a few thousand nodes or edges (src/model/graph-handoff.ts): the page builds it one part per task, so
// no single message costs the page a long structured clone or a long graph build. The worker keeps
// the last imported graph until the page has shown it, then stores it in IndexedDB itself (the
// page never clones the whole graph for storage), and reopens a stored import the same way.
import { createDatasetStore, type DatasetStore, type StoreResult } from './dataset-store';
import { graphParts, type GraphPart } from '../model/graph-handoff';
import { importFiles } from './import';
import { checkSerializedGraph } from './serialized-check';
import type { SerializedAlignmapGraph } from '../model/graph-types';
import type { ImportFormat, ImportProblem, ImportProgress } from './types';

/** What the stored record says about an import besides its graph. */
export interface StoreInfo {
  name: string;
  importedAt: string;
  files: string[];
  format: string;
}

export type ImportRequest =
  | { type: 'import'; id: number; files: { name: string; bytes: ArrayBuffer }[]; maxBytes?: number }
  | { type: 'cancel'; id: number }
  /** Store the graph of import `id` (kept by the worker since it was sent) as the active dataset. */
  | { type: 'store'; id: number; info: StoreInfo }
  /** Send the stored import, if there is one and it is marked active (else only its info). */
  | { type: 'restore'; id: number };

export type SerializedImportResult =
  | { ok: true; warnings: ImportProblem[]; format: ImportFormat }
  | { ok: false; errors: ImportProblem[]; warnings: ImportProblem[]; format?: ImportFormat };

export type RestoreResult =
  | { ok: true; info: StoreInfo & { active: boolean }; sent: boolean }
  | { ok: true; info: null; sent: false }
  | { ok: false; message: string };

export type ImportResponse =
  | { type: 'progress'; id: number; progress: ImportProgress }
  /** A part of the imported (or restored) graph; the parts come in order before 'done'/'restored'. */
  | { type: 'graph'; id: number; part: GraphPart }
  | { type: 'done'; id: number; result: SerializedImportResult }
  | { type: 'stored'; id: number; result: StoreResult<void> }
  | { type: 'restored'; id: number; result: RestoreResult };

/**
 * Nodes or edges per message to the page: the page pays for a message's structured clone in one
 * task (~20–60 ms for 1,000 relations at 50,000 actors on a loaded machine), then adds its items
 * in slices of its own (src/model/build-sliced.ts).
 */
export const SEND_PART_SIZE = 1000;

export interface ImportHandlerOptions {
  /** Where imports are stored (default: none; the worker entry passes IndexedDB). */
  store?: DatasetStore;
}

/** Worker side: runs imports, reports progress, honours cancel requests, stores and restores. */
export function createImportHandler(
  post: (message: ImportResponse) => void,
  options: ImportHandlerOptions = {},
): (request: ImportRequest) => Promise<void> {
  const running = new Map<number, AbortController>();
  const store = options.store ?? createDatasetStore(null);
  // The last graph sent to the page, until it is stored (one at a time: imports are serial).
  let kept: { id: number; graph: SerializedAlignmapGraph } | null = null;

  const sendGraph = (id: number, graph: SerializedAlignmapGraph) => {
    for (const part of graphParts(graph, SEND_PART_SIZE)) post({ type: 'graph', id, part });
  };

  return async (request) => {
    if (request.type === 'cancel') {
      running.get(request.id)?.abort();
      return;
    }
    if (request.type === 'store') {
      const graph = kept?.id === request.id ? kept.graph : null;
      kept = null;
      const result: StoreResult<void> = graph
        ? await store.save({ ...request.info, active: true, graph })
        : { ok: false, message: `import worker: import ${request.id} has no graph to store` };
      // A dataset stored earlier must not open on the next start instead of this unsaved one.
      if (!result.ok && graph) await store.setActive(false);
      post({ type: 'stored', id: request.id, result });
      return;
    }
    if (request.type === 'restore') {
      post({ type: 'restored', id: request.id, result: await restore(request.id) });
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
      kept = null;
      try {
        const imported = await importFiles(request.files, {
          maxBytes: request.maxBytes,
          signal: controller.signal,
          // In a worker, long slices are fine; progress at most every 50 ms.
          sliceMs: 50,
          onProgress: (progress) => post({ type: 'progress', id: request.id, progress }),
        });
        if (imported.ok) {
          const graph = imported.graph.export() as SerializedAlignmapGraph;
          try {
            sendGraph(request.id, graph);
            kept = { id: request.id, graph };
            result = { ok: true, warnings: imported.warnings, format: imported.format };
          } catch (e) {
            // A part could not be copied to the page (e.g. structured clone ran out of stack).
            result = fail(
              `import worker: the imported graph could not be sent to the page (${describe(e)}); expected plain values nested at most a few levels deep`,
            );
          }
        } else result = imported;
      } catch (e) {
        result = fail(`import worker: internal error: ${describe(e)}`);
      }
      post({ type: 'done', id: request.id, result });
    } finally {
      running.delete(request.id);
    }
  };

  async function restore(id: number): Promise<RestoreResult> {
    const loaded = await store.load();
    if (!loaded.ok) return loaded;
    const d = loaded.value;
    if (!d) return { ok: true, info: null, sent: false };
    const info = { name: d.name, importedAt: d.importedAt, files: d.files, format: d.format };
    if (!d.active) return { ok: true, info: { ...info, active: false }, sent: false };
    const problem = checkSerializedGraph(d.graph);
    if (problem) {
      await store.remove();
      return {
        ok: false,
        message: `stored import "${d.name}": ${problem}; it has been removed, showing the default dataset`,
      };
    }
    try {
      sendGraph(id, d.graph);
    } catch (e) {
      return { ok: false, message: `stored import "${d.name}" could not be sent (${describe(e)})` };
    }
    return { ok: true, info: { ...info, active: true }, sent: true };
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

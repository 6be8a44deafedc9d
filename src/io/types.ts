// Shared types of the import/export layer: results, problems with their location, progress, and
// the set of ids an export is restricted to.
import type { AlignmapGraph } from '../model/build';

/** Where a problem is ("line 12, <edge id="e3">", "row 4", "nodes[3]") and what was expected. */
export interface ImportProblem {
  where: string;
  message: string;
}

export type ImportFormat =
  'gexf' | 'graphml' | 'graphology-json' | 'alignmap-json' | 'alignmap-yaml' | 'csv' | 'zip';

export type ImportResult =
  | {
      ok: true;
      graph: AlignmapGraph;
      warnings: ImportProblem[];
      format: ImportFormat;
    }
  | { ok: false; errors: ImportProblem[]; warnings: ImportProblem[]; format?: ImportFormat };

export interface ImportProgress {
  phase: 'read' | 'parse' | 'build' | 'validate';
  /** 0..1 within the phase. */
  fraction: number;
}

export interface ImportOptions {
  /** Files larger than this are refused (default 50 MB). */
  maxBytes?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Cancels the import at the next slice boundary; the result is then an error. */
  signal?: AbortSignal;
  /** Longest stretch of work between two yields to the event loop, in ms (default 12). */
  sliceMs?: number;
}

/** The subgraph to export: ids of visible nodes and edges (absent = all). */
export interface VisibleSet {
  nodes?: Iterable<string>;
  edges?: Iterable<string>;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

// Loads the compiled graph (data/graph.json) or a stored import: fetch, check the shape the app
// relies on, import into a graphology multigraph. Every failure is a readable message naming the
// file and the element.
import { createEmptyGraph, type AlignmapGraph } from '../model/build';
import type { SerializedAlignmapGraph } from '../model/graph-types';
import { checkSerializedGraph } from '../io/serialized-check';

export type LoadResult = { ok: true; graph: AlignmapGraph } | { ok: false; error: string };

const FIX =
  'Run `npm run build:data` (it validates graph-data/ and writes public/data/graph.json).';

export async function fetchGraph(url: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  let text: string;
  try {
    const response = await fetcher(url, { cache: 'no-cache' });
    if (!response.ok)
      return {
        ok: false,
        error: `${url}: the server answered ${response.status} ${response.statusText}. ${FIX}`,
      };
    text = await response.text();
  } catch (e) {
    return { ok: false, error: `${url}: could not be fetched (${(e as Error).message}). ${FIX}` };
  }
  return parseGraphJson(text, url);
}

/** Parses and checks graph.json text; never returns a half-built graph. */
export function parseGraphJson(text: string, file = 'data/graph.json'): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const hint = /^\s*</.test(text) ? ' (got an HTML page: the file is probably missing)' : '';
    return { ok: false, error: `${file}: not valid JSON${hint}: ${(e as Error).message}. ${FIX}` };
  }
  const result = graphFromData(data, file);
  return result.ok ? result : { ok: false, error: `${result.error}. ${FIX}` };
}

/**
 * Checks an already parsed graphology export (graph.json, or a dataset kept in IndexedDB) and
 * builds the graph; the error names `file` and the element (without the build:data hint).
 */
export function graphFromData(data: unknown, file: string): LoadResult {
  const problem = checkSerializedGraph(data);
  if (problem) return { ok: false, error: `${file}: ${problem}` };
  const graph = createEmptyGraph();
  try {
    graph.import(data as SerializedAlignmapGraph);
  } catch (e) {
    return { ok: false, error: `${file}: ${(e as Error).message}` };
  }
  if (graph.order === 0) return { ok: false, error: `${file}: the graph has no actors` };
  return { ok: true, graph };
}

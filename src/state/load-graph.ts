// Loads the compiled graph (data/graph.json) or a stored import: fetch, check the shape the app
// relies on, import into a graphology multigraph. Every failure is a readable message naming the
// file and the element.
import { createEmptyGraph, type AlignmapGraph } from '../model/build';
import type { SerializedAlignmapGraph } from '../model/graph-types';
import { isReservedNodeId, reservedNodeIdMessage } from '../model/node-ids';
import { describeValue } from '../model/validate';

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
  const problem = checkShape(data);
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

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkShape(data: unknown): string | null {
  if (!isObject(data))
    return `expected a graphology export object ({ nodes, edges }), got ${describeValue(data)}`;
  if (!Array.isArray(data.nodes))
    return `expected "nodes" to be an array, got ${describeValue(data.nodes)}`;
  if (!Array.isArray(data.edges))
    return `expected "edges" to be an array, got ${describeValue(data.edges)}`;
  for (const [i, node] of data.nodes.entries()) {
    const where = `node #${i + 1}`;
    if (!isObject(node) || typeof node.key !== 'string')
      return `${where}: expected a string "key", got ${describeValue(isObject(node) ? node.key : node)}`;
    if (isReservedNodeId(node.key)) return `${where}: ${reservedNodeIdMessage(node.key)}`;
    const a = node.attributes;
    const named = `${where} ("${node.key}")`;
    if (!isObject(a)) return `${named}: expected "attributes", got ${describeValue(a)}`;
    for (const field of ['label', 'labelJa', 'kind'])
      if (typeof a[field] !== 'string')
        return `${named}: expected attributes.${field} to be a string, got ${describeValue(a[field])}`;
    if (!Array.isArray(a.aliases))
      return `${named}: expected attributes.aliases to be an array, got ${describeValue(a.aliases)}`;
  }
  for (const [i, edge] of data.edges.entries()) {
    const where = `edge #${i + 1}`;
    if (!isObject(edge) || typeof edge.key !== 'string')
      return `${where}: expected a string "key", got ${describeValue(isObject(edge) ? edge.key : edge)}`;
    const named = `${where} ("${edge.key}")`;
    if (typeof edge.source !== 'string' || typeof edge.target !== 'string')
      return `${named}: expected string "source" and "target", got ${describeValue(edge.source)} and ${describeValue(edge.target)}`;
    const reserved = [edge.source, edge.target].find(isReservedNodeId);
    if (reserved !== undefined) return `${named}: ${reservedNodeIdMessage(reserved)}`;
    const a = edge.attributes;
    if (!isObject(a)) return `${named}: expected "attributes", got ${describeValue(a)}`;
    for (const field of ['relation', 'status', 'certainty'])
      if (typeof a[field] !== 'string')
        return `${named}: expected attributes.${field} to be a string, got ${describeValue(a[field])}`;
    if (!Array.isArray(a.evidence))
      return `${named}: expected attributes.evidence to be an array, got ${describeValue(a.evidence)}`;
  }
  return null;
}

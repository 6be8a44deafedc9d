// Node centralities for sizing actors: degree, PageRank and betweenness on the relation graph,
// plus a normaliser to 0..1 and the top-k ids. Pure functions returning maps and lists.
import type { AbstractGraph } from 'graphology-types';
import pagerank from 'graphology-metrics/centrality/pagerank';
import betweenness from 'graphology-metrics/centrality/betweenness';

export const SIZE_METRICS = ['degree', 'pagerank', 'betweenness'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

/** Raw centrality per node; degree counts every relation (parallel ones too). */
export function centrality(graph: AbstractGraph, metric: SizeMetric): Map<string, number> {
  const result = new Map<string, number>();
  if (metric === 'degree') {
    graph.forEachNode((id) => result.set(id, graph.degree(id)));
    return result;
  }
  if (graph.order === 0) return result;
  const scores =
    metric === 'pagerank'
      ? pagerank(graph, { getEdgeWeight: null })
      : betweenness(graph, { getEdgeWeight: null });
  for (const [id, value] of Object.entries(scores)) result.set(id, value);
  return result;
}

/** Scales values linearly to 0..1 (min → 0, max → 1); all-equal values all map to 0.5. */
export function normalise(values: ReadonlyMap<string, number>): Map<string, number> {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values.values()) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const result = new Map<string, number>();
  const span = max - min;
  for (const [id, v] of values) result.set(id, span > 0 ? (v - min) / span : 0.5);
  return result;
}

/**
 * The `k` ids with the highest values among `among` (all ids of `values` when omitted), highest
 * first; ties are broken by id so the choice is stable. Used to always label the largest actors.
 */
export function topNodes(
  values: ReadonlyMap<string, number>,
  k: number,
  among?: ReadonlySet<string>,
): string[] {
  if (k <= 0) return [];
  const order = ([a, x]: [string, number], [b, y]: [string, number]) =>
    y - x || (a < b ? -1 : a > b ? 1 : 0);
  // the k best kept in order while scanning (not a sort of every actor: 50,000 of them took
  // 0.1 s); a NaN value makes the order inconsistent, so then the whole sort as before
  const top: [string, number][] = [];
  for (const entry of values) {
    if (among && !among.has(entry[0])) continue;
    if (Number.isNaN(entry[1])) return sortedTop(values, k, among);
    if (top.length === k && order(entry, top[k - 1]!) >= 0) continue;
    let i = top.length;
    while (i > 0 && order(entry, top[i - 1]!) < 0) i--;
    top.splice(i, 0, entry);
    if (top.length > k) top.pop();
  }
  return top.map(([id]) => id);
}

function sortedTop(
  values: ReadonlyMap<string, number>,
  k: number,
  among?: ReadonlySet<string>,
): string[] {
  const candidates = [...values].filter(([id]) => !among || among.has(id));
  candidates.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return candidates.slice(0, k).map(([id]) => id);
}

/** topNodes as a set, for lookups in the renderer's reducers. */
export function topNodeSet(
  values: ReadonlyMap<string, number>,
  k: number,
  among?: ReadonlySet<string>,
): ReadonlySet<string> {
  return new Set(topNodes(values, k, among));
}

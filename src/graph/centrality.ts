// Node centralities for sizing actors: degree, PageRank and betweenness on the relation graph,
// plus a normaliser to 0..1. Pure functions returning maps.
import type { AbstractGraph } from 'graphology-types';
import pagerank from 'graphology-metrics/centrality/pagerank';
import betweenness from 'graphology-metrics/centrality/betweenness';

export const SIZE_METRICS = ['degree', 'pagerank', 'betweenness'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export const SIZE_METRIC_LABELS: Record<SizeMetric, { en: string; ja: string }> = {
  degree: { en: 'Degree', ja: '次数' },
  pagerank: { en: 'PageRank', ja: 'PageRank' },
  betweenness: { en: 'Betweenness', ja: '媒介中心性' },
};

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

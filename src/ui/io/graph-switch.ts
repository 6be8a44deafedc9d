// Preparing a newly imported (or restored) graph for the screen: start positions for the actors a
// file gave none (near their placed neighbours, seeded, so the picture is the same on every load;
// positions from the file are kept), and the filter values that no longer occur in the new data.
import type { AbstractGraph } from 'graphology-types';
import type { Facet, FilterState } from '../../graph/filters';
import { hashString, mulberry32 } from '../../layout/prng';

const hasPosition = (a: Record<string, unknown>) =>
  typeof a.x === 'number' &&
  Number.isFinite(a.x) &&
  typeof a.y === 'number' &&
  Number.isFinite(a.y);

/**
 * Gives every node without a numeric x/y a start position: the centre of its placed neighbours
 * plus a small seeded offset, else a seeded point in a disc over the placed nodes. When no node is
 * placed, nothing is done (the layout seeds them all). Returns how many nodes were placed.
 */
export function seedMissingPositions(graph: AbstractGraph, seed = 1): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const missing: string[] = [];
  graph.forEachNode((id, a) => {
    if (!hasPosition(a)) {
      missing.push(id);
      return;
    }
    const { x, y } = a as { x: number; y: number };
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  if (missing.length === 0 || missing.length === graph.order) return 0;
  const extent = Math.max(maxX - minX, maxY - minY, 1);
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  for (const id of missing) {
    const random = mulberry32(hashString(id) ^ seed);
    let sx = 0;
    let sy = 0;
    let n = 0;
    graph.forEachNeighbor(id, (_n, a) => {
      if (!hasPosition(a)) return;
      sx += a.x as number;
      sy += a.y as number;
      n++;
    });
    const angle = random() * Math.PI * 2;
    const r = (n > 0 ? 0.03 : 0.5) * extent * Math.sqrt(random());
    const base = n > 0 ? { x: sx / n, y: sy / n } : centre;
    graph.mergeNodeAttributes(id, {
      x: base.x + r * Math.cos(angle),
      y: base.y + r * Math.sin(angle),
    });
  }
  return missing.length;
}

/** The values each facet takes in a graph (relation types, actor kinds, statuses, certainties). */
export function facetValues(graph: AbstractGraph): Record<Facet, Set<string>> {
  const values: Record<Facet, Set<string>> = {
    relations: new Set(),
    kinds: new Set(),
    statuses: new Set(),
    certainties: new Set(),
  };
  graph.forEachNode((_id, a) => void values.kinds.add(String(a.kind)));
  graph.forEachEdge((_id, a) => {
    values.relations.add(String(a.relation));
    values.statuses.add(String(a.status));
    values.certainties.add(String(a.certainty));
  });
  return values;
}

/**
 * Excluded filter values that do not occur in `graph`: they are dropped (a filter on a value the
 * data does not have would come back unexpectedly on another dataset). Returns the kept filters
 * and what was dropped.
 */
export function dropStaleExclusions(
  graph: AbstractGraph,
  filters: FilterState,
): { filters: FilterState; dropped: { facet: Facet; value: string }[] } {
  const values = facetValues(graph);
  const dropped: { facet: Facet; value: string }[] = [];
  const next = { ...filters };
  for (const facet of Object.keys(values) as Facet[]) {
    const kept = new Set<string>();
    for (const v of filters[facet]) {
      if (values[facet].has(v)) kept.add(v);
      else dropped.push({ facet, value: v });
    }
    if (kept.size !== filters[facet].size) next[facet] = kept;
  }
  return { filters: dropped.length > 0 ? next : filters, dropped };
}

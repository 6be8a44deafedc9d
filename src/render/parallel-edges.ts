// Parallel edges (several relations between the same two actors) get distinct curvatures so that
// they are drawn apart, never on top of each other. Pure: works on any graphology graph.
import type { AbstractGraph } from 'graphology-types';

/** Curvature step between neighbouring edges of one group (sigma's curved programs' unit). */
export const CURVATURE_STEP = 0.35;

/**
 * Curvature per edge for every group of 2+ edges joining the same unordered pair of nodes; edges
 * alone between their ends are absent (drawn straight). Within a group, curvatures are spread
 * symmetrically around 0, in key order, and oriented relative to the pair's sorted ends, so that
 * A→B and B→A bend to different sides. Deterministic for a given graph.
 */
export function parallelCurvatures(graph: AbstractGraph): Map<string, number> {
  const groups = new Map<string, { key: string; flipped: boolean }[]>();
  graph.forEachEdge((key, _attrs, source, target) => {
    const flipped = source > target;
    const pair = flipped ? `${target}\u0000${source}` : `${source}\u0000${target}`;
    let group = groups.get(pair);
    if (!group) groups.set(pair, (group = []));
    group.push({ key, flipped });
  });
  const result = new Map<string, number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const n = group.length;
    // Odd groups keep a straight-ish middle edge slightly bent so that it still reads as one of a set.
    group.forEach(({ key, flipped }, i) => {
      let offset = i - (n - 1) / 2;
      if (offset === 0) offset = 0.15;
      const c = offset * CURVATURE_STEP * (n > 4 ? 4 / n + 0.2 : 1);
      result.set(key, flipped ? -c : c);
    });
  }
  return result;
}

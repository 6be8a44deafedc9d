// The actors' positions as the user left them (after a layout run, after dragging), taken from the
// graph in its node order and put back into the same graph when a stored import is reopened, so
// that a reload shows that picture instead of laying the graph out again. Plain typed arrays: a
// record of 50,000 actors is 0.85 MB, cloned into IndexedDB in a few ms.
import type { AbstractGraph } from 'graphology-types';

export interface SavedPositions {
  /** x and y of the i-th node of graph.nodes(). */
  x: Float64Array;
  y: Float64Array;
  /** 1 where the actor was pinned (dragged): the layout leaves it where it is. */
  fixed: Uint8Array;
}

/** The graph's positions in its node order (an actor without a position: NaN). */
export function takePositions(graph: AbstractGraph): SavedPositions {
  const n = graph.order;
  const saved: SavedPositions = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    fixed: new Uint8Array(n),
  };
  let i = 0;
  graph.forEachNode((_id, attrs) => {
    saved.x[i] = typeof attrs.x === 'number' ? attrs.x : NaN;
    saved.y[i] = typeof attrs.y === 'number' ? attrs.y : NaN;
    saved.fixed[i] = attrs.fixed === true ? 1 : 0;
    i++;
  });
  return saved;
}

/** Why these positions cannot be put back into this graph, or null when they can. */
export function positionsProblem(graph: AbstractGraph, saved: SavedPositions): string | null {
  const n = graph.order;
  if (saved.x.length !== n || saved.y.length !== n || saved.fixed.length !== n)
    return `expected ${n} positions (one per actor), found ${saved.x.length}`;
  for (let i = 0; i < n; i++)
    if (!Number.isFinite(saved.x[i]) || !Number.isFinite(saved.y[i]))
      return `expected finite coordinates, found (${saved.x[i]}, ${saved.y[i]}) for actor ${i + 1}`;
  return null;
}

/**
 * Puts the positions back (x, y, and the pins) in one update of the graph; nothing is changed when
 * they do not fit it (the reason is returned).
 */
export function applyPositions(graph: AbstractGraph, saved: SavedPositions): string | null {
  const problem = positionsProblem(graph, saved);
  if (problem) return problem;
  let i = 0;
  graph.updateEachNodeAttributes(
    (_id, attrs) => {
      attrs.x = saved.x[i];
      attrs.y = saved.y[i];
      if (saved.fixed[i]) attrs.fixed = true;
      else delete attrs.fixed;
      i++;
      return attrs;
    },
    { attributes: ['x', 'y', 'fixed'] },
  );
  return null;
}

// One pass over a graph's relations shared by several summaries of it (the view index, the latest
// date, the dates' extent, the evidence search's index): each summary is a visitor that sees every
// relation once, in the graph's order, and then gives its result. `visitEdges` runs one visitor in
// the caller's task (pure callers: the CLI, tests); `visitEdgesInSlices` runs several at once, a
// slice of relations per task (the app, for a large graph that is not on screen yet: a pass over
// 250,000 relations is 50–120 ms of script per summary on a loaded 2-core machine).
import type { AbstractGraph, Attributes } from 'graphology-types';

export interface EdgeVisitor<T> {
  /** One relation: its id, attributes and ends. */
  edge(id: string, attrs: Attributes, source: string, target: string): void;
  /** The result, once every relation was seen (may read the graph's actors). */
  done(): T;
}

/** Relations visited per task by visitEdgesInSlices (with the app's three visitors, ~35 ms at
 * 50,000 actors on a loaded 2-core machine; 25,000 were 60–90 ms). */
export const EDGE_SLICE = 10_000;

export function visitEdges<T>(graph: AbstractGraph, visitor: EdgeVisitor<T>): T {
  graph.forEachEdge((id, attrs, source, target) => visitor.edge(id, attrs, source, target));
  return visitor.done();
}

/**
 * Every visitor sees every relation, `budget` relations per task (awaiting `yieldTask` before
 * each slice, and before each visitor's done()); the graph must not change meanwhile. Resolves to
 * the visitors' results, in their order.
 */
export async function visitEdgesInSlices<T extends unknown[]>(
  graph: AbstractGraph,
  visitors: { [K in keyof T]: EdgeVisitor<T[K]> },
  yieldTask: () => Promise<void>,
  budget = EDGE_SLICE,
): Promise<T> {
  // by id, not graph.edgeEntries(): no object per relation left for the garbage collector
  const ids = graph.edges();
  for (let e = 0; e < ids.length; e++) {
    if (e % budget === 0) await yieldTask();
    const id = ids[e]!;
    const attrs = graph.getEdgeAttributes(id);
    const source = graph.source(id);
    const target = graph.target(id);
    for (const visitor of visitors) visitor.edge(id, attrs, source, target);
  }
  const results: unknown[] = [];
  for (const visitor of visitors) {
    await yieldTask();
    results.push(visitor.done());
  }
  return results as T;
}

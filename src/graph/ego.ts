// Ego focus: an actor's neighbourhood up to depth 1, 2 or 3 over the visible relations, optionally
// limited to some relation types and to outgoing or incoming relations (undirected relations count
// in both directions). Returns the ids to keep (nodes, edges) and each node's hop distance from the
// centre; the renderer hides or dims the rest. The direction only governs how the neighbourhood
// grows (who is reached); the edge set is then every visible relation of an allowed type between
// two kept actors, so ties among the neighbours show too.
import type { AbstractGraph } from 'graphology-types';
import {
  actorName,
  checkActor,
  edgeUsable,
  fail,
  type Result,
  type VisibleScope,
} from './analysis-result';

export type EgoDirection = 'both' | 'out' | 'in';

export interface EgoOptions extends VisibleScope {
  depth: 1 | 2 | 3;
  /** Allowed relation types; undefined = all. */
  relations?: ReadonlySet<string>;
  direction: EgoDirection;
}

export interface EgoNetwork {
  nodes: Set<string>;
  edges: Set<string>;
  /** Hops from the centre (centre = 0). */
  distance: Map<string, number>;
}

export function egoNetwork(
  graph: AbstractGraph,
  center: string,
  options: EgoOptions,
): Result<EgoNetwork> {
  const problem = checkActor('ego', graph, center, options);
  if (problem) return problem;
  const { depth, direction, relations } = options;
  if (depth !== 1 && depth !== 2 && depth !== 3)
    return fail({
      module: 'ego',
      code: 'invalid-option',
      params: {
        option: 'depth',
        rule: { kind: 'one-of', values: ['1', '2', '3'] },
        got: String(depth),
      },
    });
  if (direction !== 'both' && direction !== 'out' && direction !== 'in')
    return fail({
      module: 'ego',
      code: 'invalid-option',
      params: {
        option: 'direction',
        rule: { kind: 'one-of', values: ['both', 'out', 'in'] },
        got: String(direction),
      },
    });

  const qualifies = (edge: string, attrs: Record<string, unknown>, s: string, t: string) =>
    edgeUsable(edge, s, t, options) &&
    (relations === undefined || relations.has(String(attrs.relation)));

  const distance = new Map<string, number>([[center, 0]]);
  let frontier = [center];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      const visit = (edge: string, attrs: Record<string, unknown>, s: string, t: string) => {
        if (!qualifies(edge, attrs, s, t)) return;
        const other = s === node ? t : s;
        if (!distance.has(other)) {
          distance.set(other, d);
          next.push(other);
        }
      };
      graph.forEachUndirectedEdge(node, visit);
      if (direction !== 'in') graph.forEachOutEdge(node, visit);
      if (direction !== 'out') graph.forEachInEdge(node, visit);
    }
    frontier = next;
  }

  const nodes = new Set(distance.keys());
  const edges = new Set<string>();
  for (const node of nodes) {
    graph.forEachEdge(node, (edge, attrs, s, t) => {
      if (nodes.has(s) && nodes.has(t) && qualifies(edge, attrs, s, t)) edges.add(edge);
    });
  }
  return { ok: true, nodes, edges, distance };
}

/** A one-line description for the panel, e.g. "Japan: 12 actors within 2 steps". */
export function describeEgo(graph: AbstractGraph, center: string, ego: EgoNetwork): string {
  const depth = Math.max(0, ...ego.distance.values());
  return `${actorName(graph, center)}: ${ego.nodes.size - 1} actors within ${depth} step${depth === 1 ? '' : 's'}`;
}

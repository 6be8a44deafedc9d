// Paths: every shortest path (fewest hops) between two actors over the visible relations, such as
// "how is Japan connected to North Korea?". Relations are followed either way by default (a
// sanction links sanctioner and target whatever its direction); `directed: true` follows directed
// relations only from source to target (undirected ones both ways). Parallel relations between the
// same two actors form one step that lists all of them, so the panel can show each edge's evidence.
// Paths are listed in a stable order (by actor id) up to a cap; the node and edge sets for
// highlighting cover all shortest paths, listed or not.
import type { AbstractGraph } from 'graphology-types';
import {
  byString,
  checkActor,
  edgeUsable,
  fail,
  scopeHasNoEdges,
  type Result,
  type VisibleScope,
} from './analysis-result';

export interface PathOptions extends VisibleScope {
  /** Follow directed relations only from source to target (default false). */
  directed?: boolean;
  /** Allowed relation types; undefined = all. */
  relations?: ReadonlySet<string>;
  /** Most paths to list (default 20). */
  maxPaths?: number;
}

export interface PathStep {
  from: string;
  to: string;
  /** Every visible relation between the two that can be followed this way, sorted by id. */
  edgeIds: string[];
}

export interface ShortestPaths {
  /** Hops on each shortest path. */
  length: number;
  paths: PathStep[][];
  /** Number of shortest paths in all (may exceed paths.length). */
  totalPaths: number;
  truncated: boolean;
  /** Actors and relations on any shortest path. */
  nodes: Set<string>;
  edges: Set<string>;
}

export const DEFAULT_MAX_PATHS = 20;

export function shortestPaths(
  graph: AbstractGraph,
  source: string,
  target: string,
  options: PathOptions = {},
): Result<ShortestPaths> {
  const problem =
    checkActor('paths', graph, source, options) ?? checkActor('paths', graph, target, options);
  if (problem) return problem;
  if (source === target)
    return fail({ module: 'paths', code: 'same-actor', params: { actor: source } }, graph);
  if (scopeHasNoEdges(options)) return fail({ module: 'paths', code: 'no-relations', params: {} });
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_PATHS;
  if (!Number.isInteger(maxPaths) || maxPaths < 1)
    return fail({
      module: 'paths',
      code: 'invalid-option',
      params: { option: 'maxPaths', rule: { kind: 'positive-integer' }, got: String(maxPaths) },
    });
  const directed = options.directed ?? false;
  const usable = (edge: string, attrs: Record<string, unknown>, s: string, t: string) =>
    edgeUsable(edge, s, t, options) &&
    (options.relations === undefined || options.relations.has(String(attrs.relation)));

  /** Neighbours of a node reachable in one step, in the allowed direction. */
  const neighbours = (node: string): Set<string> => {
    const result = new Set<string>();
    const add = (edge: string, attrs: Record<string, unknown>, s: string, t: string) => {
      if (usable(edge, attrs, s, t)) result.add(s === node ? t : s);
    };
    graph.forEachUndirectedEdge(node, add);
    graph.forEachOutEdge(node, add);
    if (!directed) graph.forEachInEdge(node, add);
    return result;
  };

  // Breadth-first search from the source, recording every predecessor on a shortest path.
  const distance = new Map<string, number>([[source, 0]]);
  const preds = new Map<string, string[]>();
  let frontier = [source];
  let found = false;
  for (let d = 1; frontier.length > 0 && !found; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of neighbours(node)) {
        const known = distance.get(other);
        if (known === undefined) {
          distance.set(other, d);
          preds.set(other, [node]);
          next.push(other);
          if (other === target) found = true;
        } else if (known === d) preds.get(other)?.push(node);
      }
    }
    frontier = next;
  }
  if (!found)
    return fail({ module: 'paths', code: 'no-path', params: { from: source, to: target } }, graph);

  // The shortest-path DAG: walk back from the target.
  const onPath = new Set<string>([target]);
  const stack = [target];
  while (stack.length > 0) {
    const node = stack.pop() as string;
    for (const p of preds.get(node) ?? [])
      if (!onPath.has(p)) {
        onPath.add(p);
        stack.push(p);
      }
  }
  for (const list of preds.values()) list.sort(byString);

  const stepEdges = (from: string, to: string): string[] => {
    const ids: string[] = [];
    graph.forEachEdge(from, to, (edge, attrs, s, t, _sa, _ta, undirected) => {
      if (!usable(edge, attrs, s, t)) return;
      if (directed && !undirected && s !== from) return;
      ids.push(edge);
    });
    graph.forEachEdge(to, from, (edge, attrs, s, t, _sa, _ta, undirected) => {
      if (!usable(edge, attrs, s, t) || ids.includes(edge)) return;
      if (directed && !undirected && s !== from) return;
      ids.push(edge);
    });
    return ids.sort(byString);
  };

  const edges = new Set<string>();
  const stepCache = new Map<string, string[]>();
  const step = (from: string, to: string): PathStep => {
    const key = `${from}\u0000${to}`;
    let ids = stepCache.get(key);
    if (!ids) stepCache.set(key, (ids = stepEdges(from, to)));
    return { from, to, edgeIds: ids };
  };
  for (const node of onPath)
    for (const p of preds.get(node) ?? []) for (const e of step(p, node).edgeIds) edges.add(e);

  // Count the paths (dynamic programming in order of distance) and list the first maxPaths.
  const count = new Map<string, number>([[source, 1]]);
  const ordered = [...onPath].sort((a, b) => (distance.get(a) ?? 0) - (distance.get(b) ?? 0));
  for (const node of ordered) {
    if (node === source) continue;
    let c = 0;
    for (const p of preds.get(node) ?? []) c += count.get(p) ?? 0;
    count.set(node, c);
  }
  const totalPaths = count.get(target) ?? 0;

  const paths: PathStep[][] = [];
  const reversed: string[] = [target];
  const walk = (node: string): void => {
    if (paths.length >= maxPaths) return;
    if (node === source) {
      const nodes = [...reversed].reverse();
      paths.push(nodes.slice(1).map((to, i) => step(nodes[i] as string, to)));
      return;
    }
    for (const p of preds.get(node) ?? []) {
      reversed.push(p);
      walk(p);
      reversed.pop();
    }
  };
  walk(target);
  paths.sort((a, b) => byString(pathKey(a), pathKey(b)));

  return {
    ok: true,
    length: distance.get(target) ?? 0,
    paths,
    totalPaths,
    truncated: totalPaths > paths.length,
    nodes: onPath,
    edges,
  };
}

function pathKey(path: PathStep[]): string {
  return path.map((s) => s.to).join('\u0000');
}

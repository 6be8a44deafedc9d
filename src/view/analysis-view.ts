// Pure helpers that turn analysis results into what the panels and the renderer read: blocs in
// colour order (blocs held together by direct relations first, then those held only by shared
// memberships), a colour per actor, and the visible relations among a few actors (a triad).
import type { AbstractGraph } from 'graphology-types';
import { ACTOR_KINDS } from '../model/vocabulary';
import { BLOC_OTHER, blocColor } from '../render/style';
import type { Bloc, BlocResult } from '../graph/blocs';

export interface BlocEntry {
  bloc: Bloc;
  color: string;
  /** Held together by shared memberships only (no direct positive relation inside). */
  membershipOnly: boolean;
}

/**
 * Blocs of two or more actors, ordered by the weight of their direct positive ties, then by all
 * their positive weight, then by id; the colours follow that order, so the blocs the news is about
 * get the first (most distinct) colours whatever the memberships add.
 */
export function orderBlocs(result: Pick<BlocResult, 'blocs'>): BlocEntry[] {
  return result.blocs
    .filter((b) => b.members.length > 1)
    .sort(
      (x, y) =>
        y.directPositive - x.directPositive ||
        y.internalPositive - x.internalPositive ||
        x.id - y.id,
    )
    .map((bloc, i) => ({ bloc, color: blocColor(i), membershipOnly: bloc.directPositive <= 0 }));
}

/**
 * A colour for every node: its bloc's, or its representative's when it was folded into another
 * actor, else BLOC_OTHER (single actors, and actors that take no part, such as agreements).
 */
export function blocNodeColors(
  nodes: Iterable<string>,
  entries: readonly BlocEntry[],
  folded: ReadonlyMap<string, string>,
): Map<string, string> {
  const byMember = new Map<string, string>();
  for (const entry of entries) for (const m of entry.bloc.members) byMember.set(m, entry.color);
  const colors = new Map<string, string>();
  for (const id of nodes) colors.set(id, byMember.get(folded.get(id) ?? id) ?? BLOC_OTHER);
  return colors;
}

/** The visible relations between any two of the given actors (either direction). */
export function edgesAmong(
  graph: AbstractGraph,
  nodes: readonly string[],
  visibleEdges: ReadonlySet<string>,
): Set<string> {
  const edges = new Set<string>();
  const add = (edge: string) => {
    if (visibleEdges.has(edge)) edges.add(edge);
  };
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const x = nodes[i] as string;
      const y = nodes[j] as string;
      if (!graph.hasNode(x) || !graph.hasNode(y)) continue;
      graph.forEachEdge(x, y, add);
      graph.forEachEdge(y, x, add);
    }
  return edges;
}

/**
 * A triad on show: its three actors, the visible relations behind its three ties and their ends
 * (a tie may rest on a folded person's relations, or on shared memberships), or null when one of
 * the three actors is not visible (the panel says so). Without the balance result (`edgeIds`, the
 * relation ids of its ties) it falls back to the visible relations among the three.
 */
export function triadEmphasis(
  graph: AbstractGraph,
  triad: readonly [string, string, string],
  visibleNodes: ReadonlySet<string>,
  visibleEdges: ReadonlySet<string>,
  edgeIds?: Iterable<string>,
): { nodes: Set<string>; edges: Set<string> } | null {
  if (!triad.every((n) => visibleNodes.has(n))) return null;
  const nodes = new Set<string>(triad);
  if (edgeIds === undefined) return { nodes, edges: edgesAmong(graph, triad, visibleEdges) };
  const edges = new Set<string>();
  for (const e of edgeIds) {
    if (!visibleEdges.has(e) || !graph.hasEdge(e)) continue;
    edges.add(e);
    for (const end of graph.extremities(e)) nodes.add(end);
  }
  return { nodes, edges };
}

/** Actor kinds that take part in the signed analyses: all, or all but agreements (the default). */
export function signedKinds(includeAgreements: boolean): ReadonlySet<string> | undefined {
  return includeAgreements ? undefined : new Set(ACTOR_KINDS.filter((k) => k !== 'agreement'));
}

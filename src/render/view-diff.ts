// Which nodes and edges a change of the style view (style.ts) restyles, so that the renderer
// refreshes only those: a filter that hides one relation type touches its edges, a new selection
// its old and new ids. Changes that restyle everything (language, sizes, colours, a focus that
// appears or disappears) ask for a full refresh. Pure: no sigma.
import type { StyleView } from './style';

export type ViewChange =
  | { kind: 'none' }
  | { kind: 'full' }
  | {
      kind: 'partial';
      nodes: string[];
      edges: string[];
      /** Only the hidden flag of edges changed: no re-ordering or re-indexing is needed. */
      hiddenEdgesOnly: boolean;
    };

/** Fields whose change restyles every node or edge. */
const GLOBAL_FIELDS = ['language', 'edgeColorMode'] as const;

type IdSet = ReadonlySet<string> | undefined;

/** Adds the ids in exactly one of the two sets. */
function symmetricDifference(a: IdSet, b: IdSet, out: Set<string>): void {
  if (a === b) return;
  if (a) for (const id of a) if (!b?.has(id)) out.add(id);
  if (b) for (const id of b) if (!a?.has(id)) out.add(id);
}

type IdMap<V> = ReadonlyMap<string, V> | undefined;

/** Adds the keys whose value differs between the two maps (absent counts as a value). */
function changedKeys<V>(a: IdMap<V>, b: IdMap<V>, out: Set<string>): void {
  if (a === b) return;
  if (a) for (const [id, v] of a) if (b?.get(id) !== v) out.add(id);
  if (b) for (const [id, v] of b) if (a?.get(id) !== v) out.add(id);
}

function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

function addAll(set: IdSet, out: Set<string>): void {
  if (set) for (const id of set) out.add(id);
}

/** The focus in force (see style.ts): a hover/selection highlight, else the emphasis. */
const focusOf = (v: StyleView) => v.highlight ?? v.emphasis ?? null;

export function viewChange(prev: StyleView, next: StyleView): ViewChange {
  if (prev === next) return { kind: 'none' };
  for (const field of GLOBAL_FIELDS) if (prev[field] !== next[field]) return { kind: 'full' };
  const prevFocus = focusOf(prev);
  const nextFocus = focusOf(next);
  // a focus appearing or going dims or undims everything else
  if ((prevFocus === null) !== (nextFocus === null)) return { kind: 'full' };
  const nodes = new Set<string>();
  const edges = new Set<string>();
  symmetricDifference(prev.hiddenNodes, next.hiddenNodes, nodes);
  const hiddenEdges = new Set<string>();
  symmetricDifference(prev.hiddenEdges, next.hiddenEdges, hiddenEdges);
  symmetricDifference(prev.dimmedNodes, next.dimmedNodes, nodes);
  symmetricDifference(prev.labelled, next.labelled, nodes);
  changedKeys(prev.sizes, next.sizes, nodes);
  changedKeys(prev.nodeColors, next.nodeColors, nodes);
  changedKeys(prev.curvatures, next.curvatures, edges);
  symmetricDifference(prev.dimmedEdges, next.dimmedEdges, edges);
  // a focus moving from one neighbourhood to another restyles both (the same neighbourhood
  // again, e.g. the hovered actor selected, restyles nothing)
  for (const [a, b] of [
    [prev.highlight, next.highlight],
    [prev.emphasis, next.emphasis],
  ] as const) {
    if (a === b || (a && b && sameMembers(a.nodes, b.nodes) && sameMembers(a.edges, b.edges)))
      continue;
    addAll(a?.nodes, nodes);
    addAll(b?.nodes, nodes);
    addAll(a?.edges, edges);
    addAll(b?.edges, edges);
  }
  if (prev.selectedNode !== next.selectedNode) {
    if (prev.selectedNode !== null) nodes.add(prev.selectedNode);
    if (next.selectedNode !== null) nodes.add(next.selectedNode);
  }
  if (prev.selectedEdge !== next.selectedEdge) {
    if (prev.selectedEdge !== null) edges.add(prev.selectedEdge);
    if (next.selectedEdge !== null) edges.add(next.selectedEdge);
  }
  const hiddenEdgesOnly = nodes.size === 0 && edges.size === 0;
  for (const id of hiddenEdges) edges.add(id);
  if (nodes.size === 0 && edges.size === 0) return { kind: 'none' };
  return { kind: 'partial', nodes: [...nodes], edges: [...edges], hiddenEdgesOnly };
}

// Why an actor or a relation is not on screen, and the smallest change of the view that shows it:
// the details panel names a hidden selection as hidden and offers "Show it", which applies that
// change (clears the filter hiding it) instead of flying the camera to an empty canvas. Each
// candidate change is checked with visibleView itself, in order from the narrowest: show its kind;
// leave the focus; clear the time range; re-include the relation types, statuses or certainties of
// its relations; show actors without visible relations; finally all of these together.
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import { withExcluded, type Facet } from './filters';
import { visibleView, type ViewSpec } from './visible';

type AnyGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** What hides the item: a step of the view. */
export type HiddenCause = 'kind' | 'focus' | 'time' | Exclude<Facet, 'kinds'> | 'isolated';

export interface ShowChange {
  /** The causes this change removes, in the order tried. */
  causes: HiddenCause[];
  /** The view with the change applied (the caller applies the same fields to its state). */
  spec: ViewSpec;
}

const EDGE_FACETS: Array<[Exclude<Facet, 'kinds'>, keyof EdgeAttributes]> = [
  ['relations', 'relation'],
  ['statuses', 'status'],
  ['certainties', 'certainty'],
];

function include(spec: ViewSpec, facet: Facet, values: Iterable<string>): ViewSpec {
  const drop = new Set(values);
  const kept = [...spec.filters[facet]].filter((v) => !drop.has(v));
  return { ...spec, filters: withExcluded(spec.filters, facet, kept) };
}

/**
 * The smallest change of `spec` that shows the actor or relation, or null when it is visible
 * already (or unknown). `kind` says whether `id` is an actor or a relation.
 */
export function showChange(
  graph: AnyGraph,
  spec: ViewSpec,
  kind: 'node' | 'edge',
  id: string,
): ShowChange | null {
  const exists = kind === 'node' ? graph.hasNode(id) : graph.hasEdge(id);
  if (!exists) return null;
  const shows = (s: ViewSpec) => {
    const v = visibleView(graph, s);
    return kind === 'node' ? v.visibleNodes.has(id) : v.visibleEdges.has(id);
  };
  if (shows(spec)) return null;
  const ends = kind === 'node' ? [id] : graph.extremities(id);
  const edges = kind === 'node' ? graph.edges(id) : [id];
  const candidates: ShowChange[] = [];
  const kinds = ends.map((n) => String(graph.getNodeAttribute(n, 'kind')));
  if (kinds.some((k) => spec.filters.kinds.has(k)))
    candidates.push({ causes: ['kind'], spec: include(spec, 'kinds', kinds) });
  if (spec.focus) candidates.push({ causes: ['focus'], spec: { ...spec, focus: null } });
  if (spec.time) candidates.push({ causes: ['time'], spec: { ...spec, time: null } });
  for (const [facet, attr] of EDGE_FACETS) {
    const values = edges.map((e) => String(graph.getEdgeAttribute(e, attr)));
    if (values.some((v) => spec.filters[facet].has(v)))
      candidates.push({ causes: [facet], spec: include(spec, facet, values) });
  }
  if (kind === 'node' && spec.hideIsolated)
    candidates.push({ causes: ['isolated'], spec: { ...spec, hideIsolated: false } });
  for (const c of candidates) if (shows(c.spec)) return c;
  // several causes at once: apply them one after the other, keeping only those needed
  let combined = spec;
  const causes: HiddenCause[] = [];
  for (const c of candidates) {
    combined = merge(combined, c);
    causes.push(...c.causes);
    if (shows(combined)) return { causes, spec: combined };
  }
  return null;
}

function merge(spec: ViewSpec, change: ShowChange): ViewSpec {
  const [cause] = change.causes;
  switch (cause) {
    case 'focus':
      return { ...spec, focus: null };
    case 'time':
      return { ...spec, time: null };
    case 'isolated':
      return { ...spec, hideIsolated: false };
    default: {
      const facet: Facet = cause === 'kind' ? 'kinds' : (cause as Facet);
      return { ...spec, filters: withExcluded(spec.filters, facet, change.spec.filters[facet]) };
    }
  }
}

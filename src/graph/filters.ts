// Filtering: which actors and relations are visible for a set of excluded relation types, actor
// kinds, statuses and certainties, optionally hiding actors left without any visible relation.
// Pure: returns sets of ids and counts that the renderer and the legend read; the graph itself is
// never changed.
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import { buildViewIndex, excludedCodes, idSet, type ViewIndex } from './view-index';

export interface FilterState {
  /** Excluded values per facet (empty sets = everything visible). */
  relations: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  statuses: ReadonlySet<string>;
  certainties: ReadonlySet<string>;
}

export const NO_FILTERS: FilterState = {
  relations: new Set(),
  kinds: new Set(),
  statuses: new Set(),
  certainties: new Set(),
};

/** Visible/total counts for one value of a facet. */
export interface FacetCount {
  visible: number;
  total: number;
}

/** Options that are not exclusions of facet values. */
export interface VisibilityOptions {
  /** Hide actors that have no visible relation (after the other filters). Default false. */
  hideIsolated?: boolean;
  /** Actors excluded by attribute filters (see attributeExcluded); absent = none. */
  excludedNodes?: ReadonlySet<string>;
  /** Relations excluded by attribute filters (attributeExcluded of the edges); absent = none. */
  excludedEdges?: ReadonlySet<string>;
}

export interface Visibility {
  visibleNodes: Set<string>;
  visibleEdges: ReadonlySet<string>;
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  /** Actors of a visible kind hidden only because none of their relations is visible. */
  isolatedNodes: Set<string>;
  /** Edges per relation type, status and certainty; nodes per kind. */
  counts: {
    relations: Map<string, FacetCount>;
    kinds: Map<string, FacetCount>;
    statuses: Map<string, FacetCount>;
    certainties: Map<string, FacetCount>;
  };
}

type AnyGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/**
 * A relation is visible when its type, status and certainty are not excluded and the kinds of both
 * its ends are not excluded. An actor is visible when its kind is not excluded and, with
 * `hideIsolated`, at least one of its relations is visible. (Hiding an actor without visible
 * relations hides no relation, so one pass suffices.) Kind counts count the actors finally visible.
 */
export function computeVisibility(
  graph: AnyGraph,
  filters: FilterState,
  options: VisibilityOptions = {},
): Visibility {
  const facets = facetVisibility(graph, filters, options);
  const visibleNodes = new Set<string>();
  const hiddenNodes = new Set<string>();
  const isolatedNodes = new Set<string>();
  const visibleEdges = facets.edges;
  const hiddenEdges = new Set<string>();
  const counts: Visibility['counts'] = {
    relations: new Map(),
    kinds: new Map(),
    statuses: new Map(),
    certainties: new Map(),
  };
  graph.forEachEdge((id, attrs) => {
    const visible = visibleEdges.has(id);
    if (!visible) hiddenEdges.add(id);
    bump(counts.relations, attrs.relation, visible);
    bump(counts.statuses, attrs.status, visible);
    bump(counts.certainties, attrs.certainty, visible);
  });
  graph.forEachNode((id, attrs) => {
    let visible = facets.nodes.has(id);
    if (visible && options.hideIsolated && !facets.connected.has(id)) {
      visible = false;
      isolatedNodes.add(id);
    }
    (visible ? visibleNodes : hiddenNodes).add(id);
    bump(counts.kinds, attrs.kind, visible);
  });
  return { visibleNodes, visibleEdges, hiddenNodes, hiddenEdges, isolatedNodes, counts };
}

/**
 * The facet filters alone: the actors whose kind is shown, the relations shown, and the actors a
 * shown relation touches (for hiding the isolated ones), in the graph's order. The view pipeline
 * (visible.ts) uses facetMasks and counts after its later steps; computeVisibility counts here.
 */
export function facetVisibility(
  graph: AnyGraph,
  filters: FilterState,
  options: Pick<VisibilityOptions, 'excludedNodes' | 'excludedEdges'> = {},
  index: ViewIndex = buildViewIndex(graph),
): { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; connected: Set<string> } {
  const masks = facetMasks(index, filters, options);
  const { nodeIds, edgeIds, source, target } = index;
  const connected = new Set<string>();
  for (let e = 0; e < edgeIds.length; e++)
    if (masks.edges[e]) connected.add(nodeIds[source[e]!]!).add(nodeIds[target[e]!]!);
  return {
    nodes: idSet(nodeIds, masks.nodes, masks.allNodes),
    edges: idSet(edgeIds, masks.edges, masks.allEdges),
    connected,
  };
}

/** The facet filters as one flag per actor / relation (positions of a ViewIndex). */
export interface FacetMasks {
  /** Actors whose kind is shown (and not excluded by an attribute filter). */
  nodes: Uint8Array;
  /** Relations shown: type, status and certainty shown, not excluded, both ends shown. */
  edges: Uint8Array;
  /** Actors a shown relation touches. */
  connected: Uint8Array;
  /** Every actor / every relation is shown. */
  allNodes: boolean;
  allEdges: boolean;
}

/**
 * A relation is shown when its type, status and certainty are not excluded, no attribute filter
 * excludes it and both its ends are shown; an actor when its kind is not excluded and no attribute
 * filter excludes it. Loops over the index's arrays (no call per relation).
 */
export function facetMasks(
  index: ViewIndex,
  filters: FilterState,
  options: Pick<VisibilityOptions, 'excludedNodes' | 'excludedEdges'> = {},
): FacetMasks {
  const { nodeIds, edgeIds, source, target } = index;
  const kindOut = excludedCodes(index.kind, filters.kinds);
  const kinds = index.kind.codes;
  const nodes = new Uint8Array(nodeIds.length);
  const excludedNodes = options.excludedNodes;
  let allNodes = true;
  for (let i = 0; i < nodeIds.length; i++) {
    if (kindOut[kinds[i]!] || excludedNodes?.has(nodeIds[i]!)) allNodes = false;
    else nodes[i] = 1;
  }
  const relationOut = excludedCodes(index.relation, filters.relations);
  const statusOut = excludedCodes(index.status, filters.statuses);
  const certaintyOut = excludedCodes(index.certainty, filters.certainties);
  const relations = index.relation.codes;
  const statuses = index.status.codes;
  const certainties = index.certainty.codes;
  const excludedEdges = options.excludedEdges;
  const edges = new Uint8Array(edgeIds.length);
  const connected = new Uint8Array(nodeIds.length);
  let allEdges = true;
  for (let e = 0; e < edgeIds.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (
      relationOut[relations[e]!] ||
      statusOut[statuses[e]!] ||
      certaintyOut[certainties[e]!] ||
      !nodes[s] ||
      !nodes[t] ||
      excludedEdges?.has(edgeIds[e]!)
    )
      allEdges = false;
    else {
      edges[e] = 1;
      connected[s] = 1;
      connected[t] = 1;
    }
  }
  return { nodes, edges, connected, allNodes, allEdges };
}

function bump(map: Map<string, FacetCount>, key: string, visible: boolean): void {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = { visible: 0, total: 0 }));
  entry.total++;
  if (visible) entry.visible++;
}

/** The ids of a node and its neighbours through visible edges, and those edges. */
export function neighbourhood(
  graph: AnyGraph,
  node: string,
  visibleEdges: ReadonlySet<string>,
): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>([node]);
  const edges = new Set<string>();
  if (!graph.hasNode(node)) return { nodes: new Set(), edges };
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    if (!visibleEdges.has(edge)) return;
    edges.add(edge);
    nodes.add(source === node ? target : source);
  });
  return { nodes, edges };
}

export type Facet = keyof FilterState;

export function emptyFilters(): FilterState {
  return { relations: new Set(), kinds: new Set(), statuses: new Set(), certainties: new Set() };
}

/** A copy of the filters with one facet's excluded values replaced. */
export function withExcluded(
  filters: FilterState,
  facet: Facet,
  values: Iterable<string>,
): FilterState {
  return { ...filters, [facet]: new Set(values) };
}

/** A copy of an excluded set with one value made visible (removed) or hidden (added). */
export function toggled(
  excluded: ReadonlySet<string>,
  value: string,
  visible: boolean,
): Set<string> {
  const next = new Set(excluded);
  if (visible) next.delete(value);
  else next.add(value);
  return next;
}

/** Highlight for a selected edge: the edge and its two ends. */
export function edgeHighlight(
  graph: AnyGraph,
  edge: string,
): { nodes: Set<string>; edges: Set<string> } {
  return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
}

// ---------------------------------------------------------------------------------------------
// Attribute filters (Gephi Lite's Filters): any node or edge attribute, as categories (checkboxes)
// or as a numeric range.

export type AttributeFilter =
  | { key: string; type: 'categories'; excluded: ReadonlySet<string> }
  | { key: string; type: 'range'; min: number; max: number };

/** Whether an attribute describes the actors (nodes) or the relations (edges). */
export type AttributeTarget = 'node' | 'edge';

export interface AttributeSummary {
  key: string;
  /** Elements that have a value. */
  count: number;
  /** Numeric when every value is a finite number (or numeric text). */
  numeric: boolean;
  min: number;
  max: number;
  /** Distinct values (as text). */
  distinct: number;
}

/**
 * Attributes left out of the pickers: names, positions, colours, the facets with their own filter
 * groups (kind; relation, status, certainty), dates (the time filter), lists and notes.
 */
const OWN_KEYS: Record<AttributeTarget, ReadonlySet<string>> = {
  node: new Set(['label', 'labelJa', 'aliases', 'kind', 'x', 'y', 'fixed', 'description', 'color']),
  edge: new Set([
    'relation',
    'status',
    'certainty',
    'evidence',
    'participants',
    'start',
    'end',
    'dateSource',
    'note',
    'noteJa',
    'color',
    'undirected',
  ]),
};

const numberOf = (v: unknown): number =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;

/** Calls `fn` for every node (target 'node') or edge (target 'edge') with its id and attributes. */
export function forEachElement(
  graph: AnyGraph,
  target: AttributeTarget,
  fn: (id: string, attrs: Record<string, unknown>) => void,
): void {
  if (target === 'node') graph.forEachNode((id, attrs) => fn(id, attrs));
  else graph.forEachEdge((id, attrs) => fn(id, attrs));
}

/** What each node or edge attribute holds (for the attribute pickers), in first-seen order. */
export function attributeSummaries(graph: AnyGraph, target: AttributeTarget): AttributeSummary[] {
  const summarizer = new AttributeSummarizer(target);
  forEachElement(graph, target, (_id, attrs) => summarizer.add(attrs));
  return summarizer.done();
}

/** attributeSummaries one element at a time (add each in the graph's order, then done()). */
export class AttributeSummarizer {
  private readonly own: ReadonlySet<string>;
  private readonly out = new Map<string, AttributeSummary & { values: Set<string> }>();

  constructor(target: AttributeTarget) {
    this.own = OWN_KEYS[target];
  }

  add(attrs: Record<string, unknown>): void {
    // (for…in, not Object.entries: no array per element; the same keys in the same order)
    for (const key in attrs) {
      if (!Object.hasOwn(attrs, key) || this.own.has(key)) continue;
      const v = attrs[key];
      if (v === undefined || v === null || v === '') continue;
      if (typeof v === 'object') continue;
      let s = this.out.get(key);
      if (!s) {
        s = {
          key,
          count: 0,
          numeric: true,
          min: Infinity,
          max: -Infinity,
          distinct: 0,
          values: new Set(),
        };
        this.out.set(key, s);
      }
      s.count++;
      const n = numberOf(v);
      if (Number.isFinite(n)) {
        s.min = Math.min(s.min, n);
        s.max = Math.max(s.max, n);
      } else s.numeric = false;
      if (s.values.size <= 1000) s.values.add(String(v));
    }
  }

  done(): AttributeSummary[] {
    return [...this.out.values()].map(({ values, ...s }) => ({ ...s, distinct: values.size }));
  }
}

/** What each node attribute holds (attributeSummaries of the nodes). */
export function nodeAttributeSummaries(graph: AnyGraph): AttributeSummary[] {
  return attributeSummaries(graph, 'node');
}

/**
 * Nodes or edges an attribute filter excludes (a missing value is excluded by a range, kept by
 * categories).
 */
export function attributeExcluded(
  graph: AnyGraph,
  filter: AttributeFilter,
  target: AttributeTarget = 'node',
): Set<string> {
  const out = new Set<string>();
  forEachElement(graph, target, (id, attrs) => {
    const v = attrs[filter.key];
    if (filter.type === 'categories') {
      const key = valueKey(v);
      if (key !== undefined && filter.excluded.has(key)) out.add(id);
    } else {
      const n = numberOf(v);
      if (!(Number.isFinite(n) && n >= filter.min && n <= filter.max)) out.add(id);
    }
  });
  return out;
}

/** Text key of an attribute value for categories (undefined for a missing or empty value). */
export function valueKey(v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Per value of an attribute: elements having it that are in `visible`, and in all. */
export function valueCounts(
  elements: Iterable<[string, Record<string, unknown>]>,
  key: string,
  visible: ReadonlySet<string>,
): Map<string, FacetCount> {
  const out = new Map<string, FacetCount>();
  for (const [id, a] of elements) {
    const value = valueKey(a[key]);
    if (value === undefined) continue;
    let c = out.get(value);
    if (!c) out.set(value, (c = { visible: 0, total: 0 }));
    c.total++;
    if (visible.has(id)) c.visible++;
  }
  return out;
}

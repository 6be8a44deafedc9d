// What is on screen and what an export contains: composes the facet filters (filters.ts), the time
// slider (time.ts) and the ego focus (ego.ts) into one partition of the graph into visible, dimmed
// (outside the focus with outside=dim: drawn faded, not exported) and hidden actors and relations.
// Order: filters → time (edges active in the range; undated ones stay) → focus (over what is left)
// → hide-isolated (actors left without any shown relation; the focus centre always stays).
// Bad choices (unknown focus actor, malformed or out-of-range dates) never throw: that step is
// skipped and `notices` says why (rendered in the app's language by the panels), `messages` the
// same in English (for the CLI). The view state becomes a ViewSpec in src/view/pipeline.ts.
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import { egoNetwork } from './ego';
import { facetMasks, type Facet, type FacetCount, type FilterState } from './filters';
import { buildViewIndex, idSet, type FacetColumn, type ViewIndex } from './view-index';
import { timeFilter, type TimeFilterResult, type TimeMode } from './time';
import { namerOf, renderViewNotice, type ViewNotice } from './analysis-messages';

export type FocusDirection = 'both' | 'out' | 'in';
export type FocusDepth = 1 | 2 | 3;

export interface FocusSpec {
  id: string;
  depth: FocusDepth;
  direction: FocusDirection;
  /** Relation types the ego walks; null = every visible type. */
  relations: string[] | null;
}

export interface ViewSpec {
  filters: FilterState;
  hideIsolated: boolean;
  /**
   * Partial ISO dates; a missing end is open. at=D is {from: D, to: D}. `mode` 'started' keeps the
   * relations begun in the range (time.ts); `hideUndated` leaves undated ones out in 'active' mode.
   * null = all dates, in force or not, dated or not.
   */
  time: { from?: string; to?: string; mode?: TimeMode; hideUndated?: boolean } | null;
  focus: FocusSpec | null;
  outside: 'hide' | 'dim';
  /** Actors excluded by attribute filters (filters.ts attributeExcluded); absent = none. */
  excludedNodes?: ReadonlySet<string>;
  /** Relations excluded by attribute filters (attributeExcluded of the edges); absent = none. */
  excludedEdges?: ReadonlySet<string>;
}

export interface VisibleView {
  visibleNodes: ReadonlySet<string>;
  visibleEdges: ReadonlySet<string>;
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** Outside the focus with outside=dim: drawn faded, not part of an export (disjoint from the rest). */
  dimmedNodes: ReadonlySet<string>;
  dimmedEdges: ReadonlySet<string>;
  /** Actors hidden only because none of their relations is shown (after time and focus). */
  isolatedNodes: ReadonlySet<string>;
  /** Visible/total per facet value, counting what is finally visible. */
  counts: Record<Facet, Map<string, FacetCount>>;
  /** Time filter summary (null when no time filter applies). */
  time: Omit<TimeFilterResult, 'visibleEdges'> | null;
  /** Hops from the focus centre of every actor in the focus (null when no focus applies). */
  focusDistance: ReadonlyMap<string, number> | null;
  /** Why a requested step was skipped (time range, focus), as codes with parameters. */
  notices: ViewNotice[];
  /** The same notices, one English sentence each. */
  messages: string[];
}

type AnyGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** Earliest and latest dates the open ends of a time range stand for. */
const OPEN_FROM = '0001';
const OPEN_TO = '9999';

/**
 * `index`: the graph's ViewIndex (view-index.ts) when the caller keeps one for this graph (the
 * app: one per shown graph); built here otherwise.
 */
export function visibleView(
  graph: AnyGraph,
  spec: ViewSpec,
  index: ViewIndex = buildViewIndex(graph),
): VisibleView {
  const notices: ViewNotice[] = [];
  const { nodeIds, edgeIds } = index;
  // 1. Facet filters (isolation comes last, after time and focus).
  const masks = facetMasks(index, spec.filters, {
    excludedNodes: spec.excludedNodes,
    excludedEdges: spec.excludedEdges,
  });
  const baseNodes = idSet(nodeIds, masks.nodes, masks.allNodes);
  const baseEdges = idSet(edgeIds, masks.edges, masks.allEdges);
  let edges: ReadonlySet<string> = baseEdges;
  let nodes: ReadonlySet<string> = baseNodes;

  // 2. Time.
  let time: VisibleView['time'] = null;
  const t = spec.time;
  if (
    t &&
    (t.from !== undefined || t.to !== undefined || t.mode === 'started' || t.hideUndated === true)
  ) {
    const from = t.from ?? OPEN_FROM;
    const to = t.to ?? OPEN_TO;
    const result = timeFilter(graph, from, to, {
      visibleEdges: edges,
      visibleNodes: nodes,
      ...(t.mode ? { mode: t.mode } : {}),
      ...(t.hideUndated ? { hideUndated: true } : {}),
    });
    if (result.ok) {
      edges = result.visibleEdges;
      const { mode, undated, undatedHidden, active, inactive } = result;
      time = { mode, undated, undatedHidden, active, inactive };
    } else {
      const cause = result.notice;
      // the open ends of the range were stand-ins: name them as open ("up to 1990")
      if (cause.code === 'outside-data') {
        if (t.from === undefined) cause.params.from = null;
        if (t.to === undefined) cause.params.to = null;
      }
      notices.push({ step: 'time', cause });
    }
  }

  // 3. Focus.
  let dimmedNodes = new Set<string>();
  let dimmedEdges = new Set<string>();
  let focusDistance: Map<string, number> | null = null;
  let centre: string | null = null;
  if (spec.focus) {
    const { id, depth, direction, relations } = spec.focus;
    const ego = egoNetwork(graph, id, {
      depth,
      direction,
      relations: relations === null ? undefined : new Set(relations),
      visibleEdges: edges,
      visibleNodes: nodes,
    });
    if (ego.ok) {
      focusDistance = ego.distance;
      centre = id;
      if (spec.outside === 'dim') {
        for (const n of nodes) if (!ego.nodes.has(n)) dimmedNodes.add(n);
        for (const e of edges) if (!ego.edges.has(e)) dimmedEdges.add(e);
      }
      nodes = ego.nodes;
      edges = ego.edges;
    } else notices.push({ step: 'focus', cause: ego.notice });
  }

  // Which actors are finally shown, by position (null: ask `nodes`).
  let nodeFlags: Uint8Array | null = nodes === baseNodes ? masks.nodes : null;
  let allNodes = nodes === baseNodes && masks.allNodes;

  // 4. Hide isolated: actors without any shown (visible or dimmed) relation.
  const isolatedNodes = new Set<string>();
  if (spec.hideIsolated) {
    if (nodes === baseNodes && edges === baseEdges && dimmedEdges.size === 0) {
      // neither the time nor a focus changed anything: the facet pass's ends, by position
      let all = true;
      for (let i = 0; i < nodeIds.length && all; i++)
        if (masks.nodes[i] && !masks.connected[i]) all = false;
      if (!all) {
        const kept = new Set<string>();
        const flags = new Uint8Array(nodeIds.length);
        for (let i = 0; i < nodeIds.length; i++) {
          if (!masks.nodes[i]) continue;
          if (masks.connected[i]) {
            kept.add(nodeIds[i]!);
            flags[i] = 1;
          } else isolatedNodes.add(nodeIds[i]!);
        }
        nodes = kept;
        nodeFlags = flags;
        allNodes = false;
      }
    } else {
      const connected = new Set<string>();
      for (const set of [edges, dimmedEdges])
        for (const e of set) {
          const [s, t] = graph.extremities(e);
          connected.add(s).add(t);
        }
      const keep = (n: string) => connected.has(n) || n === centre;
      if (!every(nodes, keep)) {
        const kept = new Set<string>();
        for (const n of nodes) (keep(n) ? kept : isolatedNodes).add(n);
        nodes = kept;
        nodeFlags = null;
        allNodes = false;
      }
      if (!every(dimmedNodes, keep)) {
        const kept = new Set<string>();
        for (const n of dimmedNodes) (keep(n) ? kept : isolatedNodes).add(n);
        dimmedNodes = kept;
      }
    }
  }
  if (dimmedEdges.size === 0) dimmedEdges = new Set();

  // Partition and final counts.
  const edgeFlags = edges === baseEdges ? masks.edges : flagsOf(edgeIds, edges);
  const allEdges = edges === baseEdges && masks.allEdges;
  nodeFlags ??= flagsOf(nodeIds, nodes);
  const hiddenEdges = allEdges ? new Set<string>() : hidden(edgeIds, edgeFlags, dimmedEdges);
  const hiddenNodes = allNodes ? new Set<string>() : hidden(nodeIds, nodeFlags, dimmedNodes);
  const counts: VisibleView['counts'] = {
    relations: countsOf(index.relation, edgeFlags, allEdges),
    kinds: countsOf(index.kind, nodeFlags, allNodes),
    statuses: countsOf(index.status, edgeFlags, allEdges),
    certainties: countsOf(index.certainty, edgeFlags, allEdges),
  };
  return {
    visibleNodes: nodes,
    visibleEdges: edges,
    hiddenNodes,
    hiddenEdges,
    dimmedNodes,
    dimmedEdges,
    isolatedNodes,
    counts,
    time,
    focusDistance,
    notices,
    messages: notices.map((n) => renderViewNotice(n, 'en', namerOf(graph, 'en'))),
  };
}

/** One flag per id: whether `set` has it. */
function flagsOf(ids: readonly string[], set: ReadonlySet<string>): Uint8Array {
  const flags = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) if (set.has(ids[i]!)) flags[i] = 1;
  return flags;
}

/** The ids neither flagged (shown) nor dimmed, in order. */
function hidden(
  ids: readonly string[],
  shown: Uint8Array,
  dimmed: ReadonlySet<string>,
): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i++)
    if (!shown[i] && (dimmed.size === 0 || !dimmed.has(ids[i]!))) out.add(ids[i]!);
  return out;
}

/** Shown/total per value of a facet, values in the order they first occur in the graph. */
function countsOf(column: FacetColumn, shown: Uint8Array, all: boolean): Map<string, FacetCount> {
  const visible = all ? column.totals : new Uint32Array(column.values.length);
  if (!all) for (let i = 0; i < shown.length; i++) if (shown[i]) visible[column.codes[i]!]!++;
  const out = new Map<string, FacetCount>();
  column.values.forEach((value, c) =>
    out.set(value as string, { visible: visible[c]!, total: column.totals[c]! }),
  );
  return out;
}

function every(set: ReadonlySet<string>, test: (id: string) => boolean): boolean {
  for (const id of set) if (!test(id)) return false;
  return true;
}

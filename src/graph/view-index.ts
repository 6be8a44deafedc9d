// A graph's structure and facet values as arrays, for the view pipeline's passes over every
// relation (filters.ts facetMasks, visible.ts, the layout's matrices): ids in the graph's own order,
// each relation's ends as node positions, and relation type, status, certainty and actor kind as
// small integer codes, numbered in the order the values first occur. One pass over the graph
// builds it; the passes that use it then loop over typed arrays instead of calling back per
// relation with string ids and attribute objects. Describes the graph as it was when built: the
// app builds it once per shown graph (whose structure and facets it never edits); pure callers
// build it per call.
import type { AbstractGraph } from 'graphology-types';
import { EDGE_SLICE, visitEdges, visitEdgesInSlices, type EdgeVisitor } from './edge-pass';

/** One facet's values: a code per element, and the value behind each code. */
export interface FacetColumn {
  codes: Uint8Array | Uint16Array | Uint32Array;
  /** Values in the order they first occur (code i = values[i]); compared as Map keys compare. */
  values: unknown[];
  /** Elements per code. */
  totals: Uint32Array;
}

export interface ViewIndex {
  /** Node ids in the graph's order (forEachNode's). */
  nodeIds: string[];
  /** Edge ids in the graph's order (forEachEdge's). */
  edgeIds: string[];
  /** Each edge's source and target as positions in nodeIds. */
  source: Int32Array;
  target: Int32Array;
  kind: FacetColumn;
  relation: FacetColumn;
  status: FacetColumn;
  certainty: FacetColumn;
}

class ColumnBuilder {
  private readonly codeOf = new Map<unknown, number>();
  private readonly values: unknown[] = [];
  private readonly counts: number[] = [];
  private readonly wide: Uint32Array;
  // the last value and its code (runs of one value skip the lookup)
  private last: unknown = undefined;
  private lastCode = -1;

  constructor(length: number) {
    this.wide = new Uint32Array(length);
  }

  set(i: number, value: unknown): void {
    let code = this.lastCode;
    if (code < 0 || !Object.is(value, this.last)) {
      code = this.codeOf.get(value) ?? -1;
      if (code < 0) {
        code = this.values.length;
        this.codeOf.set(value, code);
        this.values.push(value);
        this.counts.push(0);
      }
      this.last = value;
      this.lastCode = code;
    }
    this.wide[i] = code;
    this.counts[code]!++;
  }

  done(): FacetColumn {
    const n = this.values.length;
    const codes =
      n <= 0x100
        ? Uint8Array.from(this.wide)
        : n <= 0x10000
          ? Uint16Array.from(this.wide)
          : this.wide;
    return { codes, values: this.values, totals: Uint32Array.from(this.counts) };
  }
}

/** Builds a ViewIndex: the nodes at once, then the edges one by one in the graph's order. */
class ViewIndexBuilder implements EdgeVisitor<ViewIndex> {
  private readonly nodeIds: string[];
  private readonly position = new Map<string, number>();
  private readonly kind: ColumnBuilder;
  private readonly edgeIds: string[];
  private readonly source: Int32Array;
  private readonly target: Int32Array;
  private readonly relation: ColumnBuilder;
  private readonly status: ColumnBuilder;
  private readonly certainty: ColumnBuilder;
  private e = 0;

  constructor(graph: AbstractGraph) {
    this.nodeIds = graph.nodes();
    for (let i = 0; i < this.nodeIds.length; i++) this.position.set(this.nodeIds[i]!, i);
    const kind = (this.kind = new ColumnBuilder(this.nodeIds.length));
    let i = 0;
    graph.forEachNode((_id, attrs) => kind.set(i++, attrs.kind));
    const size = graph.size;
    this.edgeIds = new Array<string>(size);
    this.source = new Int32Array(size);
    this.target = new Int32Array(size);
    this.relation = new ColumnBuilder(size);
    this.status = new ColumnBuilder(size);
    this.certainty = new ColumnBuilder(size);
  }

  edge(id: string, attrs: Record<string, unknown>, s: string, t: string): void {
    const e = this.e++;
    this.edgeIds[e] = id;
    this.source[e] = this.position.get(s)!;
    this.target[e] = this.position.get(t)!;
    this.relation.set(e, attrs.relation);
    this.status.set(e, attrs.status);
    this.certainty.set(e, attrs.certainty);
  }

  done(): ViewIndex {
    return {
      nodeIds: this.nodeIds,
      edgeIds: this.edgeIds,
      source: this.source,
      target: this.target,
      kind: this.kind.done(),
      relation: this.relation.done(),
      status: this.status.done(),
      certainty: this.certainty.done(),
    };
  }
}

export function buildViewIndex(graph: AbstractGraph): ViewIndex {
  return visitEdges(graph, viewIndexVisitor(graph));
}

/** buildViewIndex as a visitor of the graph's relations (./edge-pass.ts); reads the actors now. */
export function viewIndexVisitor(graph: AbstractGraph): EdgeVisitor<ViewIndex> {
  return new ViewIndexBuilder(graph);
}

/** Relations indexed per task by buildViewIndexInSlices. */
export const INDEX_SLICE = EDGE_SLICE;

/**
 * buildViewIndex in slices of `budget` relations, awaiting `yieldTask` before each (for a large
 * graph that is not on screen yet: it must not change meanwhile), then its sets of all ids.
 */
export async function buildViewIndexInSlices(
  graph: AbstractGraph,
  yieldTask: () => Promise<void>,
  budget = INDEX_SLICE,
): Promise<ViewIndex> {
  const [index] = await visitEdgesInSlices<[ViewIndex]>(
    graph,
    [viewIndexVisitor(graph)],
    yieldTask,
    budget,
  );
  await everyIdSetsInSlices(index, yieldTask, budget);
  return index;
}

/**
 * Makes an index's sets of all actor and all relation ids (what a view that shows everything
 * gets: see idSet) in slices of `budget` ids, awaiting `yieldTask` before each.
 */
export async function everyIdSetsInSlices(
  index: ViewIndex,
  yieldTask: () => Promise<void>,
  budget = INDEX_SLICE,
): Promise<void> {
  for (const all of [index.nodeIds, index.edgeIds]) {
    if (everyIdOf.has(all)) continue;
    const set = new Set<string>();
    for (let i = 0; i < all.length; i++) {
      if (i % budget === 0) await yieldTask();
      set.add(all[i]!);
    }
    everyIdOf.set(all, set);
  }
}

/** Per code: whether the facet's value is in `excluded`. */
export function excludedCodes(column: FacetColumn, excluded: ReadonlySet<unknown>): Uint8Array {
  const out = new Uint8Array(column.values.length);
  if (excluded.size > 0) column.values.forEach((v, c) => (out[c] = excluded.has(v) ? 1 : 0));
  return out;
}

/** Per id list of an index: the set of all of them, made once (see idSet). */
const everyIdOf = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The ids whose flag is set, in order. When `all`: the set of all of them, made at its first use
 * and shared by every later call with the same list (a view that shows everything, e.g. the first
 * one, need not copy 250,000 relation ids: 40 ms at 50,000 actors); read-only.
 */
export function idSet(
  ids: readonly string[],
  flags: Uint8Array,
  all: boolean,
): ReadonlySet<string> {
  if (all) {
    let set = everyIdOf.get(ids);
    if (!set) everyIdOf.set(ids, (set = new Set(ids)));
    return set;
  }
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i++) if (flags[i]) out.add(ids[i]!);
  return out;
}

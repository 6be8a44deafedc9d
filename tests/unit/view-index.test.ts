// The view pipeline over the graph's ViewIndex (src/graph/view-index.ts): visibleView, the facet
// filters and the layout's matrices give exactly what the per-relation passes gave — the same
// members in the same order, the same counts in the same order — and, given the index, make no
// pass over the graph's relations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { egoNetwork } from '../../src/graph/ego';
import {
  emptyFilters,
  facetVisibility,
  type FacetCount,
  type FilterState,
} from '../../src/graph/filters';
import { timeFilter } from '../../src/graph/time';
import { buildViewIndex, buildViewIndexInSlices, idSet } from '../../src/graph/view-index';
import { visibleView, type ViewSpec, type VisibleView } from '../../src/graph/visible';
import { topNodes } from '../../src/graph/centrality';
import { layoutMatrices } from '../../src/layout/layout-matrices';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { layoutWeight } from '../../src/layout/layout-matrices';
import type { AlignmapGraph } from '../../src/model/build';
import { RELATION_TYPES, type RelationType } from '../../src/model/vocabulary';
import { TestGraph } from './helpers/analysis-graph';

type Counts = VisibleView['counts'];

/**
 * The pipeline as it was before the index (per-relation passes over Sets of ids), kept here as
 * the oracle: every member and count, in order, must come out the same.
 */
function reference(graph: AlignmapGraph, spec: ViewSpec): VisibleView {
  const nodes0 = new Set<string>();
  const edges0 = new Set<string>();
  const connected0 = new Set<string>();
  const f = spec.filters;
  graph.forEachNode((id, a) => {
    if (!f.kinds.has(a.kind) && !spec.excludedNodes?.has(id)) nodes0.add(id);
  });
  graph.forEachEdge((id, a, s, t) => {
    if (
      !f.relations.has(a.relation) &&
      !f.statuses.has(a.status) &&
      !f.certainties.has(a.certainty) &&
      !spec.excludedEdges?.has(id) &&
      nodes0.has(s) &&
      nodes0.has(t)
    ) {
      edges0.add(id);
      connected0.add(s).add(t);
    }
  });
  let nodes = nodes0;
  let edges = edges0;
  let time: VisibleView['time'] = null;
  if (spec.time) {
    const r = timeFilter(graph, spec.time.from ?? '0001', spec.time.to ?? '9999', {
      visibleEdges: edges,
      visibleNodes: nodes,
    });
    if (r.ok) {
      edges = r.visibleEdges;
      time = {
        mode: r.mode,
        undated: r.undated,
        undatedHidden: r.undatedHidden,
        active: r.active,
        inactive: r.inactive,
      };
    }
  }
  let dimmedNodes = new Set<string>();
  let dimmedEdges = new Set<string>();
  let centre: string | null = null;
  let focusDistance: Map<string, number> | null = null;
  if (spec.focus) {
    const ego = egoNetwork(graph, spec.focus.id, {
      depth: spec.focus.depth,
      direction: spec.focus.direction,
      visibleEdges: edges,
      visibleNodes: nodes,
    });
    if (ego.ok) {
      focusDistance = ego.distance;
      centre = spec.focus.id;
      if (spec.outside === 'dim') {
        for (const n of nodes) if (!ego.nodes.has(n)) dimmedNodes.add(n);
        for (const e of edges) if (!ego.edges.has(e)) dimmedEdges.add(e);
      }
      nodes = ego.nodes;
      edges = ego.edges;
    }
  }
  const isolatedNodes = new Set<string>();
  if (spec.hideIsolated) {
    let connected = connected0;
    if (edges !== edges0 || dimmedEdges.size > 0) {
      connected = new Set();
      for (const set of [edges, dimmedEdges])
        for (const e of set) for (const n of graph.extremities(e)) connected.add(n);
    }
    const keep = (n: string) => connected.has(n) || n === centre;
    if (![...nodes].every(keep)) {
      const kept = new Set<string>();
      for (const n of nodes) (keep(n) ? kept : isolatedNodes).add(n);
      nodes = kept;
    }
    if (![...dimmedNodes].every(keep)) {
      const kept = new Set<string>();
      for (const n of dimmedNodes) (keep(n) ? kept : isolatedNodes).add(n);
      dimmedNodes = kept;
    }
  }
  if (dimmedEdges.size === 0) dimmedEdges = new Set();
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const counts: Counts = {
    relations: new Map(),
    kinds: new Map(),
    statuses: new Map(),
    certainties: new Map(),
  };
  const bump = (m: Map<string, FacetCount>, k: string, visible: boolean) => {
    const c = m.get(k) ?? { visible: 0, total: 0 };
    m.set(k, c);
    c.total++;
    if (visible) c.visible++;
  };
  graph.forEachEdge((id, a) => {
    const visible = edges.has(id);
    if (!visible && !dimmedEdges.has(id)) hiddenEdges.add(id);
    bump(counts.relations, a.relation, visible);
    bump(counts.statuses, a.status, visible);
    bump(counts.certainties, a.certainty, visible);
  });
  graph.forEachNode((id, a) => {
    const visible = nodes.has(id);
    if (!visible && !dimmedNodes.has(id)) hiddenNodes.add(id);
    bump(counts.kinds, a.kind, visible);
  });
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
    notices: [],
    messages: [],
  };
}

/** Everything of a view as ordered lists (Sets and Maps compare regardless of order). */
function ordered(v: VisibleView) {
  const list = (s: ReadonlySet<string>) => [...s];
  const map = (m: ReadonlyMap<string, unknown>) => [...m];
  return {
    visibleNodes: list(v.visibleNodes),
    visibleEdges: list(v.visibleEdges),
    hiddenNodes: list(v.hiddenNodes),
    hiddenEdges: list(v.hiddenEdges),
    dimmedNodes: list(v.dimmedNodes),
    dimmedEdges: list(v.dimmedEdges),
    isolatedNodes: list(v.isolatedNodes),
    relations: map(v.counts.relations),
    kinds: map(v.counts.kinds),
    statuses: map(v.counts.statuses),
    certainties: map(v.counts.certainties),
    time: v.time,
    focusDistance: v.focusDistance && map(v.focusDistance),
  };
}

const KINDS = ['state', 'organization', 'person'];
const STATUSES = ['active', 'ended', 'threatened', 'proposed'];
const CERTAINTIES = ['confirmed', 'reported', 'speculative'];

/** A seeded random multigraph: `n` actors (some without relations), parallel relations. */
function randomGraph(seed: number, n: number, m: number): AlignmapGraph {
  let x = seed >>> 0 || 1;
  const next = () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 8) / (1 << 24);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const g = new TestGraph();
  const ids = Array.from({ length: n }, (_v, i) => `n${(i * 7) % n}`);
  for (const id of ids) g.actor(id, pick(KINDS));
  for (let e = 0; e < m; e++) {
    const [s, t] = [pick(ids), pick(ids)];
    if (s === t) continue; // (the app's graphs allow no loops)
    g.rel(`r${e}`, pick(RELATION_TYPES) as RelationType, s, t, {
      status: pick(STATUSES),
      certainty: pick(CERTAINTIES),
      ...(next() < 0.5 ? { start: `2025-0${1 + Math.floor(next() * 9)}` } : {}),
    });
  }
  return g.graph;
}

const specArb = (ids: string[], edgeIds: string[]) =>
  fc.record({
    relations: fc.subarray([...RELATION_TYPES]),
    kinds: fc.subarray(KINDS),
    statuses: fc.subarray(STATUSES),
    certainties: fc.subarray(CERTAINTIES),
    excludedNodes: fc.option(fc.subarray(ids), { nil: undefined }),
    excludedEdges: fc.option(fc.subarray(edgeIds), { nil: undefined }),
    hideIsolated: fc.boolean(),
    time: fc.option(fc.constantFrom({ from: '2025-03', to: '2025-05' }, { from: '2025-08' }), {
      nil: null,
    }),
    focus: fc.option(fc.constantFrom(...ids), { nil: null }),
    depth: fc.constantFrom(1, 2) as fc.Arbitrary<1 | 2>,
    outside: fc.constantFrom('hide', 'dim') as fc.Arbitrary<'hide' | 'dim'>,
  });

function specOf(r: ReturnType<typeof specArb> extends fc.Arbitrary<infer T> ? T : never): ViewSpec {
  const filters: FilterState = {
    relations: new Set(r.relations),
    kinds: new Set(r.kinds),
    statuses: new Set(r.statuses),
    certainties: new Set(r.certainties),
  };
  return {
    filters,
    hideIsolated: r.hideIsolated,
    time: r.time,
    focus:
      r.focus === null ? null : { id: r.focus, depth: r.depth, direction: 'both', relations: null },
    outside: r.outside,
    ...(r.excludedNodes ? { excludedNodes: new Set(r.excludedNodes) } : {}),
    ...(r.excludedEdges ? { excludedEdges: new Set(r.excludedEdges) } : {}),
  };
}

/** The graph with its passes over every actor and relation made to fail. */
function withoutPasses(graph: AlignmapGraph): AlignmapGraph {
  const fail = () => {
    throw new Error('a pass over the whole graph');
  };
  return Object.assign(Object.create(graph) as AlignmapGraph, {
    forEachEdge: fail,
    forEachNode: fail,
    edges: fail,
    nodes: fail,
  });
}

describe('visibleView over the ViewIndex', () => {
  it('gives exactly the per-relation pipeline: members, counts and their order (random graphs and views)', () => {
    for (const [seed, n, m] of [
      [1, 12, 30],
      [2, 30, 90],
      [3, 6, 40],
    ] as const) {
      const graph = randomGraph(seed, n, m);
      const index = buildViewIndex(graph);
      fc.assert(
        fc.property(specArb(graph.nodes(), graph.edges()), (r) => {
          const spec = specOf(r);
          const expected = ordered(reference(graph, spec));
          expect(ordered(visibleView(graph, spec, index))).toEqual(expected);
          expect(ordered(visibleView(graph, spec))).toEqual(expected);
        }),
        { seed, numRuns: 150 },
      );
    }
  });

  it('given the index, the facet filters and the partition make no pass over the graph', () => {
    const graph = randomGraph(4, 20, 60);
    const index = buildViewIndex(graph);
    const filtered = {
      filters: { ...emptyFilters(), relations: new Set(['alliance']), kinds: new Set(['person']) },
      hideIsolated: true,
      time: null,
      focus: null,
      outside: 'hide' as const,
    };
    const all = { ...filtered, filters: emptyFilters(), hideIsolated: false };
    for (const spec of [filtered, all])
      expect(ordered(visibleView(withoutPasses(graph), spec, index))).toEqual(
        ordered(reference(graph, spec)),
      );
    // (without the index it needs the passes)
    expect(() => visibleView(withoutPasses(graph), all)).toThrow('a pass over the whole graph');
  });

  it('facetVisibility: the shown actors and relations and the ends of those, in the same order', () => {
    const graph = randomGraph(5, 15, 40);
    const filters = { ...emptyFilters(), statuses: new Set(['ended']), kinds: new Set(['state']) };
    const old = reference(graph, {
      filters,
      hideIsolated: false,
      time: null,
      focus: null,
      outside: 'hide',
    });
    const got = facetVisibility(graph, filters);
    expect([...got.edges]).toEqual([...old.visibleEdges]);
    expect([...got.nodes]).toEqual([...old.visibleNodes]);
    const ends: string[] = [];
    for (const e of got.edges) ends.push(...graph.extremities(e));
    expect([...got.connected]).toEqual([...new Set(ends)]);
  });

  it('codes each facet value in the order it first occurs, with its count', () => {
    const graph = new TestGraph()
      .rel('e1', 'sanction', 'a', 'b', { status: 'ended' })
      .rel('e2', 'alliance', 'b', 'c')
      .rel('e3', 'sanction', 'c', 'a')
      .actor('o', 'organization').graph;
    const index = buildViewIndex(graph);
    expect(index.nodeIds).toEqual(['a', 'b', 'c', 'o']);
    expect(index.edgeIds).toEqual(['e1', 'e2', 'e3']);
    expect([...index.source]).toEqual([0, 1, 2]);
    expect([...index.target]).toEqual([1, 2, 0]);
    expect(index.relation.values).toEqual(['sanction', 'alliance']);
    expect([...index.relation.codes]).toEqual([0, 1, 0]);
    expect([...index.relation.totals]).toEqual([2, 1]);
    expect(index.status.values).toEqual(['ended', 'active']);
    expect(index.kind.values).toEqual(['state', 'organization']);
    expect([...index.kind.totals]).toEqual([3, 1]);
  });
});

describe('buildViewIndexInSlices', () => {
  it('builds the same index, at most `budget` relations per task', async () => {
    const graph = randomGraph(7, 40, 230);
    const tasks: number[] = [];
    let indexed = 0;
    const counting = Object.assign(Object.create(graph) as AlignmapGraph, {
      getEdgeAttributes: (id: string) => (indexed++, graph.getEdgeAttributes(id)),
    });
    const index = await buildViewIndexInSlices(counting, async () => void tasks.push(indexed), 50);
    expect(index).toEqual(buildViewIndex(graph));
    // a new task before each slice of 50: none indexed in the caller's task; one for the index's
    // completion; then the sets of all actor and all relation ids, also 50 per task
    const slices = (n: number) => Math.ceil(n / 50);
    expect(tasks).toEqual([
      ...Array.from({ length: slices(graph.size) }, (_v, i) => i * 50),
      ...Array(1 + slices(graph.order) + slices(graph.size)).fill(graph.size),
    ]);
    // those sets are what a view that shows everything gets, without copying the ids again
    const all = idSet(index.edgeIds, new Uint8Array(0), true);
    expect([...all]).toEqual(graph.edges());
    expect(idSet(index.edgeIds, new Uint8Array(0), true)).toBe(all);
    expect([...idSet(index.nodeIds, new Uint8Array(0), true)]).toEqual(graph.nodes());
    const view = visibleView(
      graph,
      { filters: emptyFilters(), hideIsolated: false, time: null, focus: null, outside: 'hide' },
      index,
    );
    expect(view.visibleEdges).toBe(all);
    expect(view.visibleNodes).toBe(idSet(index.nodeIds, new Uint8Array(0), true));
  });
});

describe('idSet', () => {
  it('gives the flagged ids in order, and for `all` one shared set per id list', () => {
    const ids = ['a', 'b', 'c'];
    expect([...idSet(ids, Uint8Array.of(1, 0, 1), false)]).toEqual(['a', 'c']);
    const all = idSet(ids, Uint8Array.of(1, 1, 1), true);
    expect([...all]).toEqual(ids);
    expect(idSet(ids, Uint8Array.of(1, 1, 1), true)).toBe(all);
    // another list (another graph's index) has its own
    expect(idSet([...ids], Uint8Array.of(1, 1, 1), true)).not.toBe(all);
  });
});

describe('layoutMatrices from the ViewIndex', () => {
  it('are the arrays graphToByteArrays makes (positions, sizes, pins, masses, weights), without a pass over the relations', () => {
    const graph = randomGraph(6, 25, 120);
    graph.forEachNode((id, a) => {
      graph.mergeNodeAttributes(id, { x: a.label.length * 1.5, y: -a.label.length / 3 });
    });
    graph.setNodeAttribute('n1', 'fixed', true);
    graph.setNodeAttribute('n2', 'size', 7);
    const index = buildViewIndex(graph);
    const expected = graphToByteArrays(graph, (_e, a) => layoutWeight(a.relation));
    const plain = layoutMatrices(graph);
    const noEdgePass = Object.assign(Object.create(graph) as AlignmapGraph, {
      forEachEdge: () => {
        throw new Error('a pass over the relations');
      },
    });
    const fromIndex = layoutMatrices(noEdgePass, index);
    expect([...fromIndex.nodes]).toEqual([...expected.nodes]);
    expect([...fromIndex.edges]).toEqual([...expected.edges]);
    expect([...plain.nodes]).toEqual([...expected.nodes]);
  });
});

describe('topNodes', () => {
  it('keeps the k largest (ties by id) as a full sort would, with and without a set to choose among', () => {
    const full = (values: Map<string, number>, k: number, among?: Set<string>) =>
      [...values]
        .filter(([id]) => !among || among.has(id))
        .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
        .slice(0, k)
        .map(([id]) => id);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.stringMatching(/^[a-e]{1,2}$/), fc.integer({ min: 0, max: 4 }))),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (pairs, k, restrict) => {
          const values = new Map(pairs.map(([id, v]) => [id, v / 4]));
          const among = restrict
            ? new Set([...values.keys()].filter((_id, i) => i % 2 === 0))
            : undefined;
          expect(topNodes(values, k, among)).toEqual(full(values, k, among));
        },
      ),
      { seed: 9, numRuns: 300 },
    );
    expect(
      topNodes(
        new Map([
          ['a', NaN],
          ['b', 1],
          ['c', 2],
        ]),
        2,
      ),
    ).toEqual(
      full(
        new Map([
          ['a', NaN],
          ['b', 1],
          ['c', 2],
        ]),
        2,
      ),
    );
  });
});

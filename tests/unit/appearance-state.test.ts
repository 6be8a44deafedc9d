// Edge attributes of imported files drive relation colours (the file's own, with alpha, or an
// attribute's partition), widths (the file's thickness, else weight, or a numeric attribute) and an
// edge filter (categories or a range), as node attributes do: on a small hand-built graph.
import { describe, expect, it } from 'vitest';
import { createEmptyGraph, type AlignmapGraph } from '../../src/model/build';
import {
  attributeExcluded,
  attributeSummaries,
  computeVisibility,
  NO_FILTERS,
} from '../../src/graph/filters';
import { visibleView } from '../../src/graph/visible';
import {
  BACKGROUND,
  EDGE_SIZE_MAX,
  EDGE_SIZE_MIN,
  mixColor,
  opaqueColor,
  relationColor,
  styleEdge,
  type StyleView,
} from '../../src/render/style';
import { AppearanceState } from '../../src/state/appearance-state.svelte';
import { styleView } from '../fixtures/export/scene-graph';

const actor = (id: string) => ({ label: id, labelJa: id, kind: 'group' as const, aliases: [] });

/** a—b (family, weight 1, red), b—c (work, weight 3, blue), c—d (work, weight 5, no colour). */
function graph(): AlignmapGraph {
  const g = createEmptyGraph();
  for (const id of ['a', 'b', 'c', 'd']) g.addNode(id, actor(id));
  const rel = { relation: 'related', status: 'active', certainty: 'confirmed', evidence: [] };
  g.addEdgeWithKey('ab', 'a', 'b', { ...rel, tie: 'family', weight: 1, color: '#ff000080' });
  g.addEdgeWithKey('bc', 'b', 'c', { ...rel, tie: 'work', weight: 3, color: '#0000ff' });
  g.addEdgeWithKey('cd', 'c', 'd', { ...rel, tie: 'work', weight: 5 });
  return g;
}

/** The style view of the export fixtures (nothing hidden), for this graph. */
const view = (over: Partial<StyleView> = {}): StyleView => styleView(graph(), over);

describe('edge attributes', () => {
  it('summarises edge attributes, leaving out the facets, evidence and colours', () => {
    const summaries = attributeSummaries(graph(), 'edge');
    expect(summaries.map((s) => [s.key, s.count, s.numeric, s.distinct, s.min, s.max])).toEqual([
      ['tie', 3, false, 2, Infinity, -Infinity],
      ['weight', 3, true, 3, 1, 5],
    ]);
  });

  it('filters relations by categories or a range, and the view hides them', () => {
    const g = graph();
    const work = attributeExcluded(
      g,
      { key: 'tie', type: 'categories', excluded: new Set(['work']) },
      'edge',
    );
    expect([...work]).toEqual(['bc', 'cd']);
    expect([
      ...attributeExcluded(g, { key: 'weight', type: 'range', min: 2, max: 4 }, 'edge'),
    ]).toEqual(['ab', 'cd']);
    const v = computeVisibility(g, NO_FILTERS, { excludedEdges: work, hideIsolated: true });
    expect([...v.visibleEdges]).toEqual(['ab']);
    expect([...v.visibleNodes]).toEqual(['a', 'b']);
    const view = visibleView(g, {
      filters: NO_FILTERS,
      hideIsolated: true,
      time: null,
      focus: null,
      outside: 'hide',
      excludedEdges: work,
    });
    expect([...view.hiddenEdges]).toEqual(['bc', 'cd']);
    expect([...view.hiddenNodes]).toEqual(['c', 'd']);
  });

  it('draws a relation in its own colour (alpha over the background) and width', () => {
    expect(opaqueColor('#0000ff')).toBe('#0000ff');
    expect(opaqueColor('rgba(255, 0, 0, 0.5)')).toBe(mixColor('#ff0000', BACKGROUND, 0.5));
    expect(opaqueColor('#f00')).toBe('#ff0000');
    const g = graph();
    const plain = styleEdge('cd', g.getEdgeAttributes('cd'), view());
    expect(plain.color).toBe(relationColor('related'));
    expect(plain.size).toBe(1.6);
    const v = view({
      edgeColors: new Map([['bc', '#0000ff']]),
      edgeSizes: new Map([
        ['ab', 0],
        ['bc', 1],
      ]),
    });
    const bc = styleEdge('bc', g.getEdgeAttributes('bc'), v);
    expect(bc.color).toBe('#0000ff');
    expect(bc.size).toBeCloseTo(EDGE_SIZE_MAX);
    expect(styleEdge('ab', g.getEdgeAttributes('ab'), v).size).toBeCloseTo(EDGE_SIZE_MIN);
    // a relation missing from the ranking gets the thinnest width, its colour stays the app's
    const cd = styleEdge('cd', g.getEdgeAttributes('cd'), v);
    expect(cd.size).toBeCloseTo(EDGE_SIZE_MIN);
    expect(cd.color).toBe(relationColor('related'));
    // a selected relation stays wider than its ranking width
    expect(
      styleEdge('ab', g.getEdgeAttributes('ab'), { ...v, selectedEdge: 'ab' }).size,
    ).toBeCloseTo((EDGE_SIZE_MIN * 4) / 1.6);
  });
});

describe('relations in the appearance state', () => {
  it("starts from the file's colours and weights, and any attribute can take over", () => {
    const g = graph();
    const look = new AppearanceState(() => g);
    const edges = look.edges;
    expect(edges.colorBy).toBe('file');
    expect(edges.sizeBy).toBe('file');
    expect(edges.fileSizeKey).toBe('weight');
    expect(look.edgeColors).toEqual(
      new Map([
        ['ab', 'rgba(255, 0, 0, 0.502)'],
        ['bc', '#0000ff'],
      ]),
    );
    expect(look.edgeSizes).toEqual(
      new Map([
        ['ab', 0],
        ['bc', 0.5],
        ['cd', 1],
      ]),
    );
    // the file's colours map one to one onto `tie` (where both are given): its legend
    expect(edges.legend).toEqual({
      key: 'tie',
      entries: [
        { value: 'work', count: 2, color: '#0000ff' },
        { value: 'family', count: 1, color: 'rgba(255, 0, 0, 0.502)' },
      ],
    });

    // colouring by the attribute the file's colours show keeps them, and fills in cd
    edges.colorBy = 'attr:tie';
    expect(look.edgeColors).toEqual(
      new Map([
        ['ab', 'rgba(255, 0, 0, 0.502)'],
        ['bc', '#0000ff'],
        ['cd', '#0000ff'],
      ]),
    );
    // a partition of its own for an attribute the colours do not show
    edges.colorBy = 'attr:weight';
    expect(edges.legend?.entries.map((e) => [e.value, e.count])).toEqual([
      ['1', 1],
      ['3', 1],
      ['5', 1],
    ]);
    expect(new Set(look.edgeColors!.values()).size).toBe(3);
    edges.sizeBy = 'default';
    expect(look.edgeSizes).toBeNull();

    edges.filter = { key: 'tie', type: 'categories', excluded: new Set(['family']) };
    expect([...look.excludedEdges!]).toEqual(['ab']);
    expect(edges.counts('tie', new Set(['bc']))).toEqual(
      new Map([
        ['family', { visible: 0, total: 1 }],
        ['work', { visible: 1, total: 2 }],
      ]),
    );
    // the actors' choices are their own
    expect(look.nodes.colorBy).toBe('default');
    expect(look.excludedNodes).toBeUndefined();
  });

  it('a new graph starts again from its own defaults; equal weights are no ranking', () => {
    let g = graph();
    const look = new AppearanceState(() => g);
    look.edges.colorBy = 'default';
    expect(look.edgeColors).toBeNull();
    const h = createEmptyGraph();
    h.addNode('x', actor('x'));
    h.addNode('y', actor('y'));
    const rel = { relation: 'related', status: 'active', certainty: 'confirmed', evidence: [] };
    h.addEdge('x', 'y', { ...rel, weight: 1, thickness: 2 });
    h.addEdge('y', 'x', { ...rel, weight: 1, thickness: 4 });
    g = h;
    // reading through a fresh getter: the state follows graphOf()
    expect(look.edges.colorBy).toBe('default');
    expect(look.edges.fileSizeKey).toBe('thickness');
    const k = createEmptyGraph();
    k.addNode('x', actor('x'));
    k.addNode('y', actor('y'));
    k.addEdge('x', 'y', { ...rel, weight: 1 });
    k.addEdge('y', 'x', { ...rel, weight: 1 });
    g = k;
    expect(look.edges.fileSizeKey).toBeNull();
    expect(look.edges.sizeBy).toBe('default');
  });
});

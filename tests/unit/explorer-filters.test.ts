import { describe, expect, it } from 'vitest';
import {
  computeVisibility,
  edgeHighlight,
  emptyFilters,
  neighbourhood,
  toggled,
  withExcluded,
} from '../../src/graph/filters';
import { smallGraph } from './helpers/small-graph';

const sorted = (s: Iterable<string>) => [...s].sort();

describe('computeVisibility', () => {
  it('shows everything without filters, with exact per-facet counts', () => {
    const v = computeVisibility(smallGraph(), emptyFilters());
    expect(v.visibleNodes.size).toBe(6);
    expect(v.visibleEdges.size).toBe(9);
    expect(v.hiddenEdges.size).toBe(0);
    expect(v.counts.relations.get('member_of')).toEqual({ visible: 3, total: 3 });
    expect(v.counts.relations.get('sanction')).toEqual({ visible: 2, total: 2 });
    expect(v.counts.kinds.get('state')).toEqual({ visible: 3, total: 3 });
    expect(v.counts.statuses.get('active')).toEqual({ visible: 6, total: 6 });
    expect(v.counts.certainties.get('speculative')).toEqual({ visible: 1, total: 1 });
    expect(v.counts.relations.has('alliance')).toBe(false);
  });

  it('hides exactly the edges of an excluded relation type', () => {
    const v = computeVisibility(
      smallGraph(),
      withExcluded(emptyFilters(), 'relations', ['sanction']),
    );
    expect(sorted(v.hiddenEdges)).toEqual(['e6', 'e7']);
    expect(v.visibleNodes.size).toBe(6);
    expect(v.counts.relations.get('sanction')).toEqual({ visible: 0, total: 2 });
    expect(v.counts.relations.get('trade')).toEqual({ visible: 1, total: 1 });
    expect(v.counts.statuses.get('threatened')).toEqual({ visible: 0, total: 1 });
  });

  it('hides actors of an excluded kind and every relation touching them', () => {
    const v = computeVisibility(
      smallGraph(),
      withExcluded(emptyFilters(), 'kinds', ['organization']),
    );
    expect(sorted(v.hiddenNodes)).toEqual(['sco']);
    expect(sorted(v.hiddenEdges)).toEqual(['e2', 'e3']);
    expect(v.counts.kinds.get('organization')).toEqual({ visible: 0, total: 1 });
    expect(v.counts.relations.get('member_of')).toEqual({ visible: 1, total: 3 });
  });

  it('combines status and certainty exclusions', () => {
    let f = withExcluded(emptyFilters(), 'statuses', ['ended']);
    f = withExcluded(f, 'certainties', ['reported', 'speculative']);
    const v = computeVisibility(smallGraph(), f);
    expect(sorted(v.hiddenEdges)).toEqual(['e6', 'e8', 'e9']);
  });
});

describe('neighbourhood and helpers', () => {
  it('collects a node, its neighbours and the visible edges between them', () => {
    const g = smallGraph();
    const visible = computeVisibility(
      g,
      withExcluded(emptyFilters(), 'relations', ['trade']),
    ).visibleEdges;
    const n = neighbourhood(g, 'china', visible);
    expect(sorted(n.nodes)).toEqual(['china', 'russia', 'sco', 'usa']);
    expect(sorted(n.edges)).toEqual(['e3', 'e4', 'e9']);
  });

  it('returns empty sets for an unknown node', () => {
    const n = neighbourhood(smallGraph(), 'nobody', new Set());
    expect(n.nodes.size + n.edges.size).toBe(0);
  });

  it('edgeHighlight gives the edge and its ends; toggled copies', () => {
    expect(sorted(edgeHighlight(smallGraph(), 'e6').nodes)).toEqual(['russia', 'usa']);
    const before = new Set(['a']);
    expect(sorted(toggled(before, 'b', false))).toEqual(['a', 'b']);
    expect(sorted(toggled(before, 'a', true))).toEqual([]);
    expect(sorted(before)).toEqual(['a']);
  });
});

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

describe('hide actors without visible relations', () => {
  it('is off by default: every actor of a visible kind stays, none counted as isolated', () => {
    const v = computeVisibility(
      smallGraph(),
      withExcluded(emptyFilters(), 'relations', ['member_of']),
    );
    expect(v.visibleNodes.size).toBe(6);
    expect(v.isolatedNodes.size).toBe(0);
  });

  it('hides exactly the actors whose relations are all hidden', () => {
    const g = smallGraph();
    g.addNode('loner', { label: 'Loner', labelJa: '孤立', kind: 'state', aliases: [] });
    // no filters: only the actor without any relation goes
    let v = computeVisibility(g, emptyFilters(), { hideIsolated: true });
    expect(sorted(v.isolatedNodes)).toEqual(['loner']);
    expect(sorted(v.hiddenNodes)).toEqual(['loner']);
    expect(v.counts.kinds.get('state')).toEqual({ visible: 3, total: 4 });
    // memberships hidden: SCO and New START lose their only relations
    v = computeVisibility(g, withExcluded(emptyFilters(), 'relations', ['member_of']), {
      hideIsolated: true,
    });
    expect(sorted(v.visibleNodes)).toEqual(['china', 'russia', 'usa', 'vladimir-putin']);
    expect(sorted(v.isolatedNodes)).toEqual(['loner', 'new-start', 'sco']);
    expect(sorted(v.visibleEdges)).toEqual(['e1', 'e4', 'e5', 'e6', 'e7', 'e9']);
    expect(v.counts.kinds.get('organization')).toEqual({ visible: 0, total: 1 });
    expect(v.counts.kinds.get('agreement')).toEqual({ visible: 0, total: 1 });
  });

  it('counts an actor hidden by its kind as hidden by kind, not as isolated', () => {
    const f = withExcluded(withExcluded(emptyFilters(), 'kinds', ['person']), 'relations', [
      'sanction',
      'negotiation',
      'member_of',
      'trade',
    ]);
    const v = computeVisibility(smallGraph(), f, { hideIsolated: true });
    // left: only e4 russia—china partnership (e1 goes with the person filter)
    expect(sorted(v.visibleEdges)).toEqual(['e4']);
    expect(sorted(v.visibleNodes)).toEqual(['china', 'russia']);
    expect(sorted(v.isolatedNodes)).toEqual(['new-start', 'sco', 'usa']);
    expect(sorted(v.hiddenNodes)).toEqual(['new-start', 'sco', 'usa', 'vladimir-putin']);
  });

  it('follows status and certainty filters too', () => {
    // e9 (proposed, speculative) is the only usa—china link; usa keeps its sanctions on russia
    const f = withExcluded(emptyFilters(), 'statuses', ['ended']);
    const v = computeVisibility(smallGraph(), f, { hideIsolated: true });
    expect(sorted(v.isolatedNodes)).toEqual(['new-start']);
    expect(v.visibleNodes.has('usa')).toBe(true);
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

import { describe, expect, it } from 'vitest';
import {
  blocNodeColors,
  edgesAmong,
  orderBlocs,
  signedKinds,
  triadEmphasis,
} from '../../src/view/analysis-view';
import type { Bloc } from '../../src/graph/blocs';
import { BLOC_COLORS, BLOC_OTHER } from '../../src/render/style';
import { TestGraph, sorted } from './helpers/analysis-graph';

const bloc = (
  id: number,
  members: string[],
  internalPositive: number,
  directPositive: number,
): Bloc => ({
  id,
  members,
  internalPositive,
  internalNegative: 0,
  directPositive,
  strongestTies: [],
  tiesHoldingTogether: [],
});

describe('orderBlocs and blocNodeColors', () => {
  const blocs = [
    bloc(0, ['m1', 'm2', 'm3', 'm4'], 3, 0), // largest, held by memberships only
    bloc(1, ['a', 'b'], 2.5, 2),
    bloc(2, ['c', 'd', 'e'], 4, 2),
    bloc(3, ['z'], 0, 0),
  ];

  it('puts blocs held by direct relations first and skips single actors', () => {
    const order = orderBlocs({ blocs });
    expect(order.map((e) => [e.bloc.id, e.color, e.membershipOnly])).toEqual([
      [2, BLOC_COLORS[0], false],
      [1, BLOC_COLORS[1], false],
      [0, BLOC_COLORS[2], true],
    ]);
  });

  it('colours members by bloc, folded persons like their actor, the rest grey', () => {
    const colors = blocNodeColors(
      ['a', 'c', 'm1', 'z', 'person', 'agreement'],
      orderBlocs({ blocs }),
      new Map([['person', 'c']]),
    );
    expect(Object.fromEntries(colors)).toEqual({
      a: BLOC_COLORS[1],
      c: BLOC_COLORS[0],
      m1: BLOC_COLORS[2],
      z: BLOC_OTHER,
      person: BLOC_COLORS[0],
      agreement: BLOC_OTHER,
    });
  });
});

describe('edgesAmong and triadEmphasis', () => {
  // a—b alliance, b→c sanction, c→a criticism, p→a represents, p→c criticism, a→o member_of
  const g = new TestGraph()
    .actor('p', 'person')
    .actor('o', 'organization')
    .rel('ab', 'alliance', 'a', 'b')
    .rel('bc', 'sanction', 'b', 'c')
    .rel('ca', 'criticism', 'c', 'a')
    .rel('pa', 'represents', 'p', 'a')
    .rel('pc', 'criticism', 'p', 'c')
    .rel('ao', 'member_of', 'a', 'o').graph;
  const all = new Set(g.edges());
  const nodes = new Set(g.nodes());

  it('finds the visible relations among a few actors, either way', () => {
    expect(sorted(edgesAmong(g, ['a', 'b', 'c'], all))).toEqual(['ab', 'bc', 'ca']);
    expect(sorted(edgesAmong(g, ['c', 'a'], new Set(['ab', 'ca'])))).toEqual(['ca']);
    expect(sorted(edgesAmong(g, ['a', 'nope'], all))).toEqual([]);
  });

  it('shows a triad by the relations behind its ties, with the folded persons they involve', () => {
    const shown = triadEmphasis(g, ['a', 'b', 'c'], nodes, all, ['ab', 'bc', 'pc', 'ca']);
    expect(shown && { nodes: sorted(shown.nodes), edges: sorted(shown.edges) }).toEqual({
      nodes: ['a', 'b', 'c', 'p'],
      edges: ['ab', 'bc', 'ca', 'pc'],
    });
    const fallback = triadEmphasis(g, ['a', 'b', 'c'], nodes, new Set(['ab', 'pc']));
    expect(fallback && sorted(fallback.edges)).toEqual(['ab']);
    expect(triadEmphasis(g, ['a', 'b', 'c'], new Set(['a', 'b']), all)).toBeNull();
  });

  it('leaves agreements out of the signed analyses unless asked', () => {
    expect(signedKinds(true)).toBeUndefined();
    expect([...(signedKinds(false) ?? [])]).toEqual(['state', 'organization', 'person', 'group']);
  });
});

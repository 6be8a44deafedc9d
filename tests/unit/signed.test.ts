import { describe, expect, it } from 'vitest';
import {
  signOf,
  signedProjection,
  tieEdgeIds,
  tieWeight,
  type SignedGraph,
} from '../../src/graph/signed';
import { FLAT_WEIGHTS, TestGraph } from './helpers/analysis-graph';

const weights = (s: SignedGraph) =>
  Object.fromEntries(s.ties.map((t) => [`${t.a}|${t.b}`, t.weight]));

describe('signedProjection: default weights by type, status and certainty', () => {
  it('adds positive, subtracts negative and ignores neutral relations, whatever their direction', () => {
    const g = new TestGraph()
      .rel('a1', 'alliance', 'japan', 'usa')
      .rel('t1', 'trade', 'usa', 'japan')
      .rel('s1', 'sanction', 'usa', 'russia')
      .rel('c1', 'criticism', 'russia', 'usa')
      .rel('n1', 'negotiation', 'usa', 'russia')
      .rel('p1', 'proposal', 'china', 'usa')
      .rel('x1', 'conflict', 'russia', 'ukraine')
      .rel('d1', 'dispute', 'china', 'japan')
      .rel('u1', 'support', 'usa', 'ukraine')
      .rel('k1', 'cooperation', 'china', 'russia')
      .rel('q1', 'pressure', 'usa', 'china')
      .rel('pa', 'partnership', 'china', 'russia').graph;
    const s = signedProjection(g);
    expect(s.nodes).toEqual(['china', 'japan', 'russia', 'ukraine', 'usa']);
    // alliance and conflict 4, partnership and sanction 2, cooperation, support and dispute 1,
    // criticism, pressure and trade 0.5
    expect(weights(s)).toEqual({
      'china|japan': -1,
      'china|russia': 3,
      'china|usa': -0.5,
      'japan|usa': 4.5,
      'russia|ukraine': -4,
      'russia|usa': -2.5,
      'ukraine|usa': 1,
    });
    const tie = s.adjacency.get('usa')?.get('russia');
    expect(tie).toEqual({
      a: 'russia',
      b: 'usa',
      weight: -2.5,
      positive: 0,
      negative: -2.5,
      evidence: [
        { kind: 'direct', relation: 'sanction', edges: ['s1'], contribution: -2 },
        { kind: 'direct', relation: 'criticism', edges: ['c1'], contribution: -0.5 },
      ],
    });
    expect(s.adjacency.get('russia')?.get('usa')).toBe(tie);
    expect(tieWeight(s, 'usa', 'china')).toBe(-0.5);
    expect(tieWeight(s, 'japan', 'ukraine')).toBe(0);
  });

  it('weighs by certainty and status, and keeps both parts of a mixed pair', () => {
    const g = new TestGraph()
      .rel('t', 'trade', 'usa', 'china', { certainty: 'reported' })
      .rel('s', 'sanction', 'usa', 'china', { status: 'threatened' })
      .rel('p', 'pressure', 'usa', 'china', { certainty: 'speculative', status: 'proposed' })
      .rel('u', 'support', 'usa', 'ukraine', { status: 'planned' })
      .rel('e', 'alliance', 'usa', 'uk', { status: 'ended' }).graph;
    const s = signedProjection(g);
    const tie = s.adjacency.get('china')?.get('usa');
    // trade 0.5 × reported 0.5; sanction 2 × threatened 0.25; pressure 0.5 × speculative 0.25 × proposed 0.25
    expect(tie?.positive).toBe(0.25);
    expect(tie?.negative).toBe(-0.53125);
    expect(tie?.weight).toBe(-0.28125);
    expect(tieWeight(s, 'usa', 'ukraine')).toBe(0.5);
    expect(tieWeight(s, 'usa', 'uk')).toBe(2);
    const custom = signedProjection(g, {
      certaintyWeights: { reported: 1 },
      statusWeights: { threatened: 0 },
      relationWeights: { pressure: 0, support: 2 },
    });
    expect(tieWeight(custom, 'usa', 'china')).toBe(0.5);
    expect(tieWeight(custom, 'usa', 'ukraine')).toBe(1);
  });

  it('lets a treaty alliance outweigh a trade quarrel, threats, reports and speculation (Japan–US)', () => {
    // the Japan–US relations of the bundled data, 2025
    const g = new TestGraph()
      .rel('al', 'alliance', 'japan', 'usa')
      .rel('p1', 'pressure', 'usa', 'japan')
      .rel('p2', 'pressure', 'usa', 'japan', { certainty: 'reported' })
      .rel('p3', 'pressure', 'usa', 'japan', { certainty: 'reported', status: 'threatened' })
      .rel('p4', 'pressure', 'usa', 'japan', { certainty: 'speculative' })
      .rel('cr', 'criticism', 'japan', 'usa', { certainty: 'reported' })
      .rel('tr', 'trade', 'japan', 'usa', { certainty: 'reported' })
      .rel('ng', 'negotiation', 'japan', 'usa', { certainty: 'reported', status: 'ended' })
      .rel('cf', 'conflict', 'russia', 'ukraine')
      .rel('dp', 'dispute', 'china', 'japan').graph;
    const s = signedProjection(g);
    // 4 − 0.5 − 0.25 − 0.0625 − 0.125 − 0.25 + 0.25
    expect(tieWeight(s, 'japan', 'usa')).toBe(3.0625);
    expect(tieEdgeIds(s.adjacency.get('japan')!.get('usa')!)).toEqual([
      'al',
      'cr',
      'p1',
      'p2',
      'p3',
      'p4',
      'tr',
    ]);
    expect(tieWeight(s, 'russia', 'ukraine')).toBe(-4);
    expect(tieWeight(s, 'china', 'japan')).toBe(-1);
    // with everything weighted alike the frictions would win: 1 − 1 − 0.5 − 0.125 − 0.25 − 0.5 + 0.25
    const flat = signedProjection(g, {
      relationWeights: { alliance: 1, pressure: 1, criticism: 1 },
    });
    expect(tieWeight(flat, 'japan', 'usa')).toBe(-1.125);
  });

  it('ties a member to its organization (NATO–US stays positive despite criticism and a threat)', () => {
    const g = new TestGraph()
      .actor('nato', 'organization')
      .actor('trump', 'person')
      .rel('r', 'represents', 'trump', 'usa')
      .rel('m', 'member_of', 'usa', 'nato')
      .rel('c', 'criticism', 'nato', 'usa', { certainty: 'reported' })
      .rel('t', 'pressure', 'trump', 'nato', { certainty: 'reported', status: 'threatened' }).graph;
    const s = signedProjection(g, { foldPersons: true });
    // member 1 − criticism 0.5 × 0.5 − pressure 0.5 × 0.5 × 0.25
    expect(tieWeight(s, 'nato', 'usa')).toBe(0.6875);
    expect(s.adjacency.get('usa')?.get('nato')?.evidence[0]).toEqual({
      kind: 'direct',
      relation: 'member_of',
      edges: ['m'],
      contribution: 1,
    });
    expect(
      tieWeight(signedProjection(g, { foldPersons: true, memberTieWeight: 0 }), 'nato', 'usa'),
    ).toBe(-0.3125);
  });
});

describe('signedProjection: memberships', () => {
  const g = () =>
    new TestGraph()
      .actor('sco', 'organization')
      .actor('deal', 'agreement')
      .rel('m1', 'member_of', 'china', 'sco')
      .rel('m2', 'member_of', 'russia', 'sco')
      .rel('m3', 'member_of', 'india', 'sco', { certainty: 'reported' })
      .rel('m4', 'member_of', 'china', 'deal')
      .rel('m5', 'member_of', 'russia', 'deal')
      .rel('x', 'criticism', 'india', 'china').graph;

  it('ties co-members, scaled by 1/(members − 1), and never ties a member to its organization', () => {
    const s = signedProjection(g(), FLAT_WEIGHTS);
    expect(weights(s)).toEqual({
      'china|india': -1 + 0.25 * 0.6 * 0.5,
      'china|russia': 0.125 + 0.25,
      'india|russia': 0.25 * 0.6 * 0.5,
    });
    expect(s.adjacency.get('china')?.get('russia')?.evidence).toEqual([
      {
        kind: 'co-membership',
        relation: 'member_of',
        edges: ['m4', 'm5'],
        via: 'deal',
        contribution: 0.25,
      },
      {
        kind: 'co-membership',
        relation: 'member_of',
        edges: ['m1', 'm2'],
        via: 'sco',
        contribution: 0.125,
      },
    ]);
    expect(s.nodes).toEqual(['china', 'deal', 'india', 'russia', 'sco']);
    expect(s.adjacency.get('sco')?.size).toBe(0);
  });

  it('can skip the size scaling and change the membership weight', () => {
    const s = signedProjection(g(), {
      ...FLAT_WEIGHTS,
      membershipScaling: 'none',
      membershipWeight: 0.5,
    });
    expect(tieWeight(s, 'china', 'russia')).toBe(1);
    expect(tieWeight(s, 'india', 'russia')).toBe(0.3);
  });

  it('follows the visible edges and nodes, and the kinds option', () => {
    const visibleEdges = new Set(['m1', 'm2', 'm3', 'x']);
    expect(weights(signedProjection(g(), { ...FLAT_WEIGHTS, visibleEdges }))).toEqual({
      'china|india': -1 + 0.075,
      'china|russia': 0.125,
      'india|russia': 0.075,
    });
    const s = signedProjection(g(), {
      ...FLAT_WEIGHTS,
      visibleNodes: new Set(['china', 'russia', 'sco', 'deal']),
    });
    expect(s.nodes).toEqual(['china', 'deal', 'russia', 'sco']);
    expect(weights(s)).toEqual({ 'china|russia': 0.25 + 0.25 });
    const states = signedProjection(g(), { ...FLAT_WEIGHTS, kinds: new Set(['state']) });
    expect(states.nodes).toEqual(['china', 'india', 'russia']);
    expect(tieWeight(states, 'china', 'russia')).toBe(0.375);
  });
});

describe('signedProjection: folding persons', () => {
  const g = () =>
    new TestGraph()
      .actor('putin', 'person')
      .actor('lavrov', 'person')
      .actor('trump', 'person')
      .actor('pundit', 'person')
      .actor('un', 'organization')
      .rel('r0', 'represents', 'lavrov', 'un', { certainty: 'reported' })
      .rel('r1', 'represents', 'putin', 'russia')
      .rel('r2', 'represents', 'lavrov', 'russia')
      .rel('r3', 'represents', 'trump', 'usa', { status: 'ended' })
      .rel('r4', 'represents', 'trump', 'usa-2')
      .rel('c1', 'criticism', 'trump', 'putin')
      .rel('c2', 'criticism', 'lavrov', 'usa')
      .rel('s1', 'support', 'putin', 'russia')
      .rel('p1', 'partnership', 'pundit', 'putin')
      .rel('m1', 'member_of', 'putin', 'un')
      .rel('m2', 'member_of', 'usa-2', 'un').graph;

  it('leaves persons alone by default', () => {
    const s = signedProjection(g(), FLAT_WEIGHTS);
    expect(s.folded.size).toBe(0);
    expect(tieWeight(s, 'trump', 'putin')).toBe(-1);
  });

  it('moves a person onto the first confirmed, active actor they represent', () => {
    const s = signedProjection(g(), { ...FLAT_WEIGHTS, foldPersons: true });
    expect([...s.folded]).toEqual([
      ['putin', 'russia'],
      ['lavrov', 'russia'],
      ['trump', 'usa-2'],
    ]);
    expect(s.nodes).toEqual(['pundit', 'russia', 'un', 'usa', 'usa-2']);
    expect(weights(s)).toEqual({
      'pundit|russia': 1,
      'russia|usa': -1,
      'russia|usa-2': -1 + 0.25,
    });
    expect(
      s.adjacency
        .get('russia')
        ?.get('usa-2')
        ?.evidence.map((e) => e.edges),
    ).toEqual([['c1'], ['m1', 'm2']]);
  });

  it('folds through represents relations even when the filter hides them', () => {
    const visibleEdges = new Set(['c1', 'c2', 's1', 'p1']);
    const s = signedProjection(g(), { ...FLAT_WEIGHTS, foldPersons: true, visibleEdges });
    expect(tieWeight(s, 'russia', 'usa-2')).toBe(-1);
  });
});

describe('helpers', () => {
  it('signOf treats tiny weights as no tie', () => {
    expect([signOf(0.5), signOf(-0.1), signOf(1e-12), signOf(0)]).toEqual([1, -1, 0, 0]);
  });
  it('tieEdgeIds lists every relation behind a tie once, sorted', () => {
    const s = signedProjection(
      new TestGraph()
        .rel('z', 'alliance', 'a', 'b')
        .rel('m2', 'member_of', 'a', 'o')
        .rel('m1', 'member_of', 'b', 'o').graph,
    );
    const tie = s.adjacency.get('a')?.get('b');
    expect(tie && tieEdgeIds(tie)).toEqual(['m1', 'm2', 'z']);
  });
});

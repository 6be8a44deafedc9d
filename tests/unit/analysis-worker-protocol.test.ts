import { describe, expect, it } from 'vitest';
import {
  createAnalysisHandler,
  sameOptions,
  type AnalysisResponse,
} from '../../src/graph/analysis-worker-protocol';
import { TestGraph } from './helpers/analysis-graph';

function twoCamps() {
  return new TestGraph()
    .rel('ab', 'partnership', 'a', 'b')
    .rel('bc', 'partnership', 'b', 'c')
    .rel('ca', 'partnership', 'c', 'a')
    .rel('de', 'partnership', 'd', 'e')
    .rel('ad', 'sanction', 'a', 'd')
    .rel('be', 'sanction', 'b', 'e').graph;
}

describe('analysis worker protocol', () => {
  it('answers load, blocs, balance, rank and pair requests with structured-clone safe results', () => {
    const out: AnalysisResponse[] = [];
    const handle = createAnalysisHandler((m) => out.push(structuredClone(m)));
    handle({ type: 'blocs', requestId: 1, signed: {} });
    expect(out.pop()).toMatchObject({ type: 'error', requestId: 1, reason: 'no-graph' });

    handle({ type: 'load', requestId: 2, graph: twoCamps().export() });
    expect(out.pop()).toMatchObject({ type: 'result', kind: 'load', nodes: 5, edges: 6 });

    handle({ type: 'blocs', requestId: 3, signed: {}, options: { seed: 7 } });
    const result = out.pop();
    expect(out.every((m) => m.type === 'progress' && m.requestId === 3)).toBe(true);
    expect(out.length).toBeGreaterThan(0);
    out.length = 0;
    if (result?.type !== 'result' || result.kind !== 'blocs') throw new Error('expected blocs');
    expect(result.result.blocs.map((b) => b.members)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
    expect(result.result.bloc).toBeInstanceOf(Map);
    expect(result.readings.map((r) => r.membershipShare)).toEqual([0, 0]);

    // at a date before the camps' relations began, nothing is left to group
    const dated = twoCamps();
    dated.forEachEdge((e) => dated.setEdgeAttribute(e, 'start', '2020'));
    handle({ type: 'load', requestId: 7, graph: dated.export() });
    out.length = 0;
    handle({ type: 'blocs', requestId: 8, signed: { at: { date: '2019' } } });
    const early = out.pop();
    expect(early?.type === 'result' && early.kind === 'blocs' && early.result.blocs.length).toBe(5);
    handle({ type: 'blocs', requestId: 9, signed: { at: { date: '2021' } } });
    const later = out.pop();
    expect(later?.type === 'result' && later.kind === 'blocs' && later.result.blocs.length).toBe(2);
    handle({ type: 'load', requestId: 10, graph: twoCamps().export() });
    out.length = 0;

    handle({
      type: 'balance',
      requestId: 4,
      signed: { visibleEdges: new Set(['ab', 'bc', 'ca']) },
    });
    expect(out.pop()).toMatchObject({
      type: 'result',
      kind: 'balance',
      result: { triangles: 1, balanced: 1 },
    });

    handle({ type: 'rank', requestId: 5, signed: {}, actor: 'a', options: { limit: 1 } });
    expect(out.pop()).toMatchObject({
      kind: 'rank',
      result: { actor: 'a', mostAligned: [{ actor: 'c' }], mostOpposed: [{ actor: 'd' }] },
    });

    handle({ type: 'pair', requestId: 6, signed: {}, a: 'a', b: 'zz' });
    expect(out.pop()).toEqual({
      type: 'error',
      requestId: 6,
      reason: 'unknown-actor',
      message: 'alignment: expected a known actor id, got "zz"',
      notice: { module: 'alignment', code: 'unknown-actor', params: { actor: 'zz' } },
    });
  });

  it('answers paths requests over the visible scope, and sends the folding with blocs', () => {
    const out: AnalysisResponse[] = [];
    const handle = createAnalysisHandler((m) => out.push(structuredClone(m)));
    const g = twoCamps();
    g.addNode('p', { label: 'p', labelJa: 'p', kind: 'person', aliases: [] });
    g.addDirectedEdgeWithKey('pa', 'p', 'a', {
      relation: 'represents',
      status: 'active',
      certainty: 'confirmed',
      evidence: [],
    });
    handle({ type: 'load', requestId: 1, graph: g.export() });
    handle({ type: 'paths', requestId: 2, scope: {}, from: 'c', to: 'e' });
    expect(out.pop()).toMatchObject({
      type: 'result',
      kind: 'paths',
      result: { length: 2, totalPaths: 1, nodes: new Set(['b', 'c', 'e']) },
    });
    handle({
      type: 'paths',
      requestId: 3,
      scope: { visibleEdges: new Set(['ab', 'bc', 'ca', 'de']) },
      from: 'c',
      to: 'e',
    });
    expect(out.pop()).toMatchObject({
      type: 'error',
      requestId: 3,
      reason: 'no-path',
      message: 'paths: no chain of visible relations links c and e',
    });
    handle({ type: 'blocs', requestId: 4, signed: { foldPersons: true } });
    const blocs = out.pop();
    if (blocs?.type !== 'result' || blocs.kind !== 'blocs') throw new Error('expected blocs');
    expect(blocs.folded).toEqual(new Map([['p', 'a']]));
    // alternating projections (cached side by side) give the same answers as fresh ones
    handle({ type: 'balance', requestId: 5, signed: { membershipWeight: 0 } });
    const balance = out.pop();
    handle({ type: 'blocs', requestId: 6, signed: { foldPersons: true } });
    const again = out.pop();
    if (again?.type !== 'result' || again.kind !== 'blocs') throw new Error('expected blocs');
    expect(again.result).toEqual(blocs.result);
    expect(balance).toMatchObject({ kind: 'balance', result: { triangles: 1 } });
  });

  it('compares projection options by content', () => {
    expect(
      sameOptions({ visibleEdges: new Set(['a', 'b']) }, { visibleEdges: new Set(['b', 'a']) }),
    ).toBe(true);
    expect(sameOptions({ visibleEdges: new Set(['a']) }, {})).toBe(false);
    expect(sameOptions({ foldPersons: true }, { foldPersons: false })).toBe(false);
    expect(sameOptions({ statusWeights: { ended: 0 } }, { statusWeights: { ended: 0 } })).toBe(
      true,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseBalance, type BalanceResult } from '../../src/graph/balance';
import { signedProjection, type SignedGraph } from '../../src/graph/signed';
import { FLAT_WEIGHTS, TestGraph } from './helpers/analysis-graph';

const balance = (s: SignedGraph, weak = false): BalanceResult => {
  const r = analyseBalance(s, { weak });
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('analyseBalance', () => {
  it('finds the ally of my ally whom I sanction, with its pairs and relation ids', () => {
    const g = new TestGraph()
      .rel('ab', 'partnership', 'a', 'b')
      .rel('bc', 'partnership', 'b', 'c')
      .rel('bc2', 'trade', 'c', 'b')
      .rel('ac', 'sanction', 'a', 'c')
      .rel('cd', 'alliance', 'c', 'd').graph;
    const r = balance(signedProjection(g, FLAT_WEIGHTS));
    expect(r).toEqual({
      ok: true,
      triangles: 1,
      balanced: 0,
      unbalancedCount: 1,
      balanceIndex: 0,
      countIndex: 0,
      unbalanced: [
        {
          nodes: ['a', 'b', 'c'],
          pairs: [
            { a: 'a', b: 'b', weight: 1, sign: 1, edgeIds: ['ab'] },
            { a: 'a', b: 'c', weight: -1, sign: -1, edgeIds: ['ac'] },
            { a: 'b', b: 'c', weight: 2, sign: 1, edgeIds: ['bc', 'bc2'] },
          ],
          negatives: 1,
          weight: 1,
          totalWeight: 4,
        },
      ],
      membershipSkipped: 0,
    });
  });

  it('counts "the enemy of my enemy is my friend" as balanced', () => {
    const g = new TestGraph()
      .rel('ab', 'conflict', 'a', 'b')
      .rel('bc', 'sanction', 'b', 'c')
      .rel('ac', 'alliance', 'a', 'c').graph;
    const r = balance(signedProjection(g, FLAT_WEIGHTS));
    expect([r.triangles, r.balanced, r.balanceIndex, r.unbalanced]).toEqual([1, 1, 1, []]);
  });

  it('treats three mutual adversaries as unbalanced, or balanced under weak balance', () => {
    const g = new TestGraph()
      .rel('ab', 'conflict', 'a', 'b')
      .rel('bc', 'dispute', 'b', 'c')
      .rel('ac', 'criticism', 'a', 'c').graph;
    const strong = balance(signedProjection(g, FLAT_WEIGHTS));
    expect(strong.unbalanced.map((t) => [t.nodes, t.negatives])).toEqual([[['a', 'b', 'c'], 3]]);
    const weak = balance(signedProjection(g, FLAT_WEIGHTS), true);
    expect([weak.balanced, weak.unbalanced.length, weak.balanceIndex]).toEqual([1, 0, 1]);
  });

  it('ranks unbalanced triads by their weakest tie and weighs the index the same way', () => {
    // Triad x (confirmed) and triad y (a reported sanction: weakest tie 0.6); one balanced triangle.
    const g = new TestGraph()
      .rel('p1', 'cooperation', 'a', 'b')
      .rel('p2', 'cooperation', 'b', 'c')
      .rel('n1', 'sanction', 'a', 'c', { certainty: 'reported' })
      .rel('p3', 'cooperation', 'd', 'e')
      .rel('p4', 'cooperation', 'e', 'f')
      .rel('n2', 'sanction', 'd', 'f')
      .rel('p5', 'cooperation', 'g', 'h')
      .rel('p6', 'cooperation', 'h', 'i')
      .rel('p7', 'cooperation', 'g', 'i').graph;
    const r = balance(signedProjection(g, FLAT_WEIGHTS));
    expect(r.unbalanced.map((t) => [t.nodes.join(''), t.weight])).toEqual([
      ['def', 1],
      ['abc', 0.6],
    ]);
    expect([r.triangles, r.balanced, r.unbalancedCount]).toEqual([3, 1, 2]);
    expect(r.balanceIndex).toBeCloseTo(1 / 2.6, 12);
    expect(r.countIndex).toBeCloseTo(1 / 3, 12);
    const limited = analyseBalance(signedProjection(g, FLAT_WEIGHTS), { limit: 1 });
    expect(limited.ok && [limited.unbalanced.length, limited.unbalancedCount]).toEqual([1, 2]);
  });

  it('counts the four triangles of a complete four-actor graph', () => {
    const t = new TestGraph();
    const ids = ['a', 'b', 'c', 'd'];
    for (let i = 0; i < 4; i++)
      for (let j = i + 1; j < 4; j++) t.rel(`${ids[i]}${ids[j]}`, 'cooperation', ids[i]!, ids[j]!);
    expect(balance(signedProjection(t.graph, FLAT_WEIGHTS)).triangles).toBe(4);
  });

  it('has no index without triangles, and fails without actors', () => {
    const g = new TestGraph().rel('ab', 'alliance', 'a', 'b').graph;
    const r = balance(signedProjection(g, FLAT_WEIGHTS));
    expect([r.triangles, r.balanceIndex, r.countIndex]).toEqual([0, null, null]);
    expect(
      analyseBalance(signedProjection(g, { ...FLAT_WEIGHTS, visibleNodes: new Set() })),
    ).toEqual({
      ok: false,
      reason: 'empty-visible',
      message: 'balance: the current filters leave no actor',
      notice: { module: 'balance', code: 'no-actors', params: {} },
    });
    expect(analyseBalance(signedProjection(g, FLAT_WEIGHTS), { limit: -1 })).toMatchObject({
      reason: 'invalid-option',
    });
  });

  it('ignores pairs whose ties cancel out', () => {
    const g = new TestGraph()
      .rel('ab', 'alliance', 'a', 'b')
      .rel('bc', 'alliance', 'b', 'c')
      .rel('ac1', 'sanction', 'a', 'c')
      .rel('ac2', 'trade', 'a', 'c').graph;
    expect(balance(signedProjection(g, FLAT_WEIGHTS)).triangles).toBe(0);
  });

  it('agrees with a brute-force count on random graphs; the index stays in [0, 1]', () => {
    const types = ['alliance', 'sanction', 'trade', 'criticism', 'conflict'] as const;
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.constantFrom(...types)),
          {
            maxLength: 30,
          },
        ),
        fc.boolean(),
        (rels, weak) => {
          const t = new TestGraph().actors(ids.join(' '));
          rels.forEach(([x, y, type], i) => {
            if (x !== y) t.rel(`r${i}`, type, x, y);
          });
          const s = signedProjection(t.graph, FLAT_WEIGHTS);
          const r = balance(s, weak);
          let triangles = 0;
          let unbalanced = 0;
          const w = (x: string, y: string) => s.adjacency.get(x)?.get(y)?.weight ?? 0;
          for (let i = 0; i < ids.length; i++)
            for (let j = i + 1; j < ids.length; j++)
              for (let k = j + 1; k < ids.length; k++) {
                const [x, y, z] = [ids[i]!, ids[j]!, ids[k]!];
                const ws = [w(x, y), w(y, z), w(x, z)];
                if (ws.some((v) => v === 0)) continue;
                triangles++;
                const negatives = ws.filter((v) => v < 0).length;
                if (negatives === 1 || (negatives === 3 && !weak)) unbalanced++;
              }
          expect(r.triangles).toBe(triangles);
          expect(r.unbalancedCount).toBe(unbalanced);
          if (r.balanceIndex !== null) {
            expect(r.balanceIndex).toBeGreaterThanOrEqual(0);
            expect(r.balanceIndex).toBeLessThanOrEqual(1);
          }
          for (let i = 1; i < r.unbalanced.length; i++)
            expect(r.unbalanced[i]!.weight).toBeLessThanOrEqual(r.unbalanced[i - 1]!.weight);
        },
      ),
    );
  });

  it('leaves out triangles of two co-members of one body, unless asked', () => {
    // Russia and the US, both G20 members, sanction each other: not a tension to list
    const g = new TestGraph()
      .actor('g20', 'organization')
      .rel('m1', 'member_of', 'russia', 'g20')
      .rel('m2', 'member_of', 'usa', 'g20')
      .rel('s', 'sanction', 'usa', 'russia')
      .rel('a', 'alliance', 'usa', 'japan')
      .rel('m3', 'member_of', 'japan', 'g20')
      .rel('d', 'dispute', 'japan', 'russia').graph;
    const s = signedProjection(g, { memberTieWeight: 1, membershipWeight: 0 });
    const r = balance(s);
    // counted: Japan, Russia, US (balanced); skipped: the three with the G20
    expect([r.triangles, r.membershipSkipped, r.unbalancedCount]).toEqual([1, 3, 0]);
    const all = analyseBalance(s, { membershipTriangles: true });
    expect(all.ok && [all.triangles, all.unbalancedCount]).toEqual([4, 2]);
  });
});

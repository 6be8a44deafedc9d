import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectBlocs,
  partitionFrustration,
  partitionQuality,
  type BlocResult,
} from '../../src/graph/blocs';
import { signedProjection, type SignedGraph } from '../../src/graph/signed';
import { analyseBlocs } from '../../src/graph/analysis-blocs';
import { FLAT_WEIGHTS, TestGraph } from './helpers/analysis-graph';

/** A signed graph straight from a list of weighted pairs. */
function signedOf(nodes: string[], pairs: Array<[string, string, number]>): SignedGraph {
  const adjacency = new Map(nodes.map((n) => [n, new Map()]));
  const ties = pairs.map(([x, y, weight], i) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const tie = {
      a,
      b,
      weight,
      positive: Math.max(weight, 0),
      negative: Math.min(weight, 0),
      evidence: [
        { kind: 'direct' as const, relation: 'r', edges: [`e${i}`], contribution: weight },
      ],
    };
    adjacency.get(a)?.set(b, tie);
    adjacency.get(b)?.set(a, tie);
    return tie;
  });
  return { nodes: [...nodes].sort(), ties, adjacency, folded: new Map() };
}

const blocs = (s: SignedGraph, seed = 1): BlocResult => {
  const r = detectBlocs(s, { seed });
  if (!r.ok) throw new Error(r.message);
  return r;
};
const members = (r: BlocResult) => r.blocs.map((b) => b.members);

/** Signed modularity written out pair by pair (Gómez, Jensen & Arenas 2009), for cross-checking. */
function referenceModularity(s: SignedGraph, bloc: ReadonlyMap<string, number>): number {
  const w = (x: string, y: string) => s.adjacency.get(x)?.get(y)?.weight ?? 0;
  const sp = new Map<string, number>();
  const sn = new Map<string, number>();
  for (const n of s.nodes) {
    let p = 0;
    let q = 0;
    for (const m of s.nodes) {
      p += Math.max(w(n, m), 0);
      q += Math.max(-w(n, m), 0);
    }
    sp.set(n, p);
    sn.set(n, q);
  }
  const P = [...sp.values()].reduce((a, b) => a + b, 0);
  const N = [...sn.values()].reduce((a, b) => a + b, 0);
  let q = 0;
  for (const i of s.nodes)
    for (const j of s.nodes) {
      if (bloc.get(i) !== bloc.get(j)) continue;
      q += w(i, j);
      if (P > 0) q -= ((sp.get(i) ?? 0) * (sp.get(j) ?? 0)) / P;
      if (N > 0) q += ((sn.get(i) ?? 0) * (sn.get(j) ?? 0)) / N;
    }
  return P + N > 0 ? q / (P + N) : 0;
}

describe('detectBlocs on hand-built graphs', () => {
  it('splits two triangles of allies joined by sanctions into two blocs', () => {
    const g = new TestGraph()
      .rel('ab', 'alliance', 'a', 'b')
      .rel('bc', 'alliance', 'b', 'c')
      .rel('ca', 'alliance', 'c', 'a')
      .rel('de', 'alliance', 'd', 'e')
      .rel('ef', 'alliance', 'e', 'f')
      .rel('fd', 'alliance', 'f', 'd')
      .rel('ad', 'sanction', 'a', 'd')
      .rel('eb', 'sanction', 'e', 'b').graph;
    const s = signedProjection(g, FLAT_WEIGHTS);
    const r = blocs(s);
    expect(members(r)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(Object.fromEntries(r.bloc)).toEqual({ a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 });
    expect(r.frustration).toBe(0);
    expect(r.frustrationIndex).toBe(1);
    expect(r.modularity).toBe(0.5);
    expect(r.blocs[0]).toEqual({
      id: 0,
      members: ['a', 'b', 'c'],
      internalPositive: 6,
      internalNegative: 0,
      directPositive: 6,
      strongestTies: [
        { a: 'a', b: 'b', weight: 2, direct: 2, edges: ['ab'] },
        { a: 'a', b: 'c', weight: 2, direct: 2, edges: ['ca'] },
        { a: 'b', b: 'c', weight: 2, direct: 2, edges: ['bc'] },
      ],
      tiesHoldingTogether: ['ab', 'ca', 'bc'],
    });
  });

  it('finds the two camps of a balanced four-actor graph', () => {
    const s = signedOf(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b', 1],
        ['c', 'd', 1],
        ['a', 'c', -1],
        ['a', 'd', -1],
        ['b', 'c', -1],
        ['b', 'd', -1],
      ],
    );
    const r = blocs(s);
    expect(members(r)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(r.frustration).toBe(0);
    // 2w+ = 4, 2w- = 8; each camp: 2·1 − 2²/4 + 4²/8 = 3.
    expect(r.modularity).toBe(0.5);
  });

  it('keeps enemies apart even when they share a friend, and orders blocs by size', () => {
    const s = signedOf(
      ['a', 'b', 'c', 'd', 'e', 'x', 'y'],
      [
        ['a', 'b', 1],
        ['b', 'c', 1],
        ['a', 'c', 1],
        ['c', 'd', 0.5],
        ['d', 'e', 1],
        ['a', 'e', -2],
        ['b', 'e', -2],
      ],
    );
    const r = blocs(s);
    expect(members(r)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['x'], ['y']]);
    expect(r.frustration).toBe(0.5);
  });

  it('tells direct ties from co-memberships in what holds a bloc together', () => {
    // a—b partnership (1) and both members of o; c and d only members of o2.
    const g = new TestGraph()
      .actor('o', 'organization')
      .actor('o2', 'organization')
      .rel('ab', 'partnership', 'a', 'b')
      .rel('ao', 'member_of', 'a', 'o')
      .rel('bo', 'member_of', 'b', 'o')
      .rel('co', 'member_of', 'c', 'o2')
      .rel('do', 'member_of', 'd', 'o2').graph;
    const r = blocs(signedProjection(g, { ...FLAT_WEIGHTS, kinds: new Set(['state']) }));
    expect(members(r)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(r.blocs.map((b) => [b.internalPositive, b.directPositive])).toEqual([
      [1.25, 1],
      [0.25, 0],
    ]);
    expect(r.blocs[0]?.strongestTies).toEqual([
      { a: 'a', b: 'b', weight: 1.25, direct: 1, edges: ['ab', 'ao', 'bo'] },
    ]);
  });

  it('leaves isolated actors alone, after the real blocs', () => {
    const s = signedOf(['z', 'a', 'b', 'm'], [['a', 'b', 1]]);
    const r = blocs(s);
    expect(members(r)).toEqual([['a', 'b'], ['m'], ['z']]);
    expect(r.blocs[1]?.tiesHoldingTogether).toEqual([]);
  });

  it('puts every actor of an all-negative triangle in its own bloc', () => {
    const s = signedOf(
      ['a', 'b', 'c'],
      [
        ['a', 'b', -1],
        ['b', 'c', -1],
        ['a', 'c', -1],
      ],
    );
    const r = blocs(s);
    expect(members(r)).toEqual([['a'], ['b'], ['c']]);
    expect(r.frustration).toBe(0);
    expect(r.modularity).toBeCloseTo(1 / 3, 12);
  });

  it('reports the internal negative weight of a frustrated bloc', () => {
    // b and c are allies of a but hostile to each other (weakly): one bloc, frustration 0.2.
    const s = signedOf(
      ['a', 'b', 'c'],
      [
        ['a', 'b', 1],
        ['a', 'c', 1],
        ['b', 'c', -0.2],
      ],
    );
    const r = blocs(s);
    expect(members(r)).toEqual([['a', 'b', 'c']]);
    expect(r.blocs[0]?.internalNegative).toBe(0.2);
    expect(r.frustration).toBe(0.2);
    expect(r.frustrationIndex).toBeCloseTo(1 - 0.2 / 2.2, 12);
  });

  it('fails clearly without actors or with bad options', () => {
    expect(detectBlocs(signedOf([], []))).toEqual({
      ok: false,
      reason: 'empty-visible',
      message: 'blocs: the current filters leave no actor to group',
      notice: { module: 'blocs', code: 'no-actors-to-group', params: {} },
    });
    expect(detectBlocs(signedOf(['a'], []), { resolution: 0 })).toMatchObject({
      reason: 'invalid-option',
    });
    expect(detectBlocs(signedOf(['a'], []), { seed: Number.NaN })).toMatchObject({
      reason: 'invalid-option',
    });
  });

  it('reports progress', () => {
    const phases: string[] = [];
    detectBlocs(signedOf(['a', 'b'], [['a', 'b', 1]]), {
      onProgress: (p) => phases.push(p.phase),
    });
    expect(phases.at(-1)).toBe('refine');
    expect(phases[0]).toBe('louvain');
  });
});

const randomSigned = fc
  .record({
    n: fc.integer({ min: 1, max: 14 }),
    pairs: fc.array(
      fc.tuple(fc.nat(13), fc.nat(13), fc.constantFrom(-1, -0.5, -0.3, 0.3, 0.6, 1, 2)),
      { maxLength: 40 },
    ),
  })
  .map(({ n, pairs }) => {
    const nodes = Array.from({ length: n }, (_, i) => `n${String(i).padStart(2, '0')}`);
    const seen = new Set<string>();
    const list: Array<[string, string, number]> = [];
    for (const [x, y, w] of pairs) {
      const i = x % n;
      const j = y % n;
      const key = `${Math.min(i, j)}-${Math.max(i, j)}`;
      if (i === j || seen.has(key)) continue;
      seen.add(key);
      list.push([nodes[i] as string, nodes[j] as string, w]);
    }
    return signedOf(nodes, list);
  });

describe('detectBlocs properties', () => {
  it('is deterministic for a seed and partitions every actor', () => {
    fc.assert(
      fc.property(randomSigned, fc.integer(), (s, seed) => {
        const r1 = blocs(s, seed);
        const r2 = blocs(s, seed);
        expect([...r2.bloc]).toEqual([...r1.bloc]);
        expect(r2.modularity).toBe(r1.modularity);
        expect(r1.bloc.size).toBe(s.nodes.length);
        expect(r1.blocs.flatMap((b) => b.members).sort()).toEqual(s.nodes);
        r1.blocs.forEach((b, i) => {
          expect(b.id).toBe(i);
          if (i > 0) expect(b.members.length).toBeLessThanOrEqual(r1.blocs[i - 1]!.members.length);
        });
      }),
    );
  });

  it('reports modularity and frustration that match independent computations', () => {
    fc.assert(
      fc.property(randomSigned, fc.integer(), (s, seed) => {
        const r = blocs(s, seed);
        expect(r.modularity).toBeCloseTo(referenceModularity(s, r.bloc), 9);
        expect(r.frustration).toBeCloseTo(partitionFrustration(s, r.bloc), 9);
        if (r.frustrationIndex !== null) {
          expect(r.frustrationIndex).toBeGreaterThanOrEqual(0);
          expect(r.frustrationIndex).toBeLessThanOrEqual(1);
        }
        // Never worse than leaving everyone alone.
        const alone = new Map(s.nodes.map((n, i) => [n, i]));
        expect(r.modularity).toBeGreaterThanOrEqual(referenceModularity(s, alone) - 1e-9);
      }),
    );
  });

  it('finds the planted camps of a balanced graph for any seed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer(),
        (p, q, seed) => {
          const left = Array.from({ length: p }, (_, i) => `l${i}`);
          const right = Array.from({ length: q }, (_, i) => `r${i}`);
          const pairs: Array<[string, string, number]> = [];
          for (const side of [left, right])
            for (let i = 0; i < side.length; i++)
              for (let j = i + 1; j < side.length; j++) pairs.push([side[i]!, side[j]!, 1]);
          for (const l of left) for (const r of right) pairs.push([l, r, -1]);
          const r = blocs(signedOf([...left, ...right], pairs), seed);
          expect(r.blocs.length).toBe(2);
          expect(r.frustration).toBe(0);
          expect(new Set(left.map((n) => r.bloc.get(n))).size).toBe(1);
          expect(new Set(right.map((n) => r.bloc.get(n))).size).toBe(1);
        },
      ),
    );
  });
});

const round = (x: number) => Math.round(x * 1e12) / 1e12;

describe('partitionQuality', () => {
  it('agrees with detectBlocs on its own partition and scores any other', () => {
    const g = new TestGraph()
      .rel('ab', 'alliance', 'a', 'b')
      .rel('cd', 'alliance', 'c', 'd')
      .rel('ac', 'conflict', 'a', 'c')
      .rel('bd', 'sanction', 'b', 'd').graph;
    const s = signedProjection(g, FLAT_WEIGHTS);
    const r = blocs(s);
    expect(partitionQuality(s, r.bloc)).toEqual({
      modularity: r.modularity,
      frustrationIndex: r.frustrationIndex,
    });
    // all together: the two positive ties fit, the two negative ones do not
    const one = new Map(['a', 'b', 'c', 'd'].map((n) => [n, 0]));
    expect(partitionQuality(s, one).frustrationIndex).toBe(round(1 - 3 / 7));
    // an actor missing from the partition counts as a bloc of its own
    expect(partitionQuality(s, new Map([['a', 0]])).frustrationIndex).toBe(round(1 - 4 / 7));
  });
});

describe('analyseBlocs and readBlocs', () => {
  // r, b, k: r–b alliance; k joins them only through the body csto (with r and b); u, j: alliance;
  // nato: a body of u and j; un: a body of everyone (binds no bloc); r–u conflict.
  const g = () =>
    new TestGraph()
      .actor('csto', 'organization')
      .actor('nato', 'organization')
      .actor('un', 'organization')
      .actor('putin', 'person')
      .rel('pr', 'represents', 'putin', 'r')
      .rel('rb', 'alliance', 'putin', 'b')
      .rel('uj', 'alliance', 'u', 'j')
      .rel('ru', 'conflict', 'r', 'u')
      .rel('m1', 'member_of', 'r', 'csto')
      .rel('m2', 'member_of', 'b', 'csto')
      .rel('m3', 'member_of', 'k', 'csto')
      .rel('m4', 'member_of', 'u', 'nato')
      .rel('m5', 'member_of', 'j', 'nato')
      .rel('n1', 'member_of', 'r', 'un')
      .rel('n2', 'member_of', 'b', 'un')
      .rel('n3', 'member_of', 'k', 'un')
      .rel('n4', 'member_of', 'u', 'un')
      .rel('n5', 'member_of', 'j', 'un').graph;

  it('partitions states (persons folded), lists binding bodies and what rests on memberships', () => {
    const a = analyseBlocs(g(), {}, { membershipWeight: 0.5 });
    if (!a.ok) throw new Error(a.message);
    expect(a.result.blocs.map((b) => b.members)).toEqual([
      ['b', 'k', 'r'],
      ['j', 'u'],
    ]);
    const [east, west] = a.readings;
    // r–b: alliance 4 + co-memberships 0.5/2 (csto) + 0.5/4 (un); r–k and b–k: 0.25 + 0.125 each
    expect(east?.membershipShare).toBeCloseTo((0.375 + 0.375 + 0.375) / (4.375 + 0.375 + 0.375), 9);
    expect(east?.membershipOnlyMembers).toEqual(['k']);
    expect(east?.bodies).toEqual([{ id: 'csto', inside: 3, total: 3 }]);
    expect(west?.bodies).toEqual([{ id: 'nato', inside: 2, total: 2 }]);
    expect(west?.membershipOnlyMembers).toEqual([]);
    const bodies = analyseBlocs(g(), {}, { includeBodies: true });
    expect(bodies.ok && bodies.result.bloc.has('csto')).toBe(true);
  });
});

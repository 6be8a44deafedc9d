import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignmentScore, rankAlignment, type Alignment } from '../../src/graph/alignment';
import { signedProjection } from '../../src/graph/signed';
import { TestGraph } from './helpers/analysis-graph';

/**
 * a and b: partners (ab), both partners of x, both sanctioning y; a partner of z, b in dispute with
 * z. c: allied with x only. d: adversary of x, ally of y. p (a person) represents a.
 */
function graph() {
  return new TestGraph()
    .actor('p', 'person', 'Person P')
    .rel('ab', 'partnership', 'a', 'b')
    .rel('ax', 'partnership', 'a', 'x')
    .rel('bx', 'partnership', 'b', 'x')
    .rel('ay', 'sanction', 'a', 'y')
    .rel('by', 'sanction', 'b', 'y')
    .rel('az', 'partnership', 'a', 'z')
    .rel('bz', 'dispute', 'b', 'z')
    .rel('cx', 'partnership', 'c', 'x')
    .rel('dx', 'criticism', 'd', 'x')
    .rel('dy', 'support', 'd', 'y')
    .rel('pa', 'represents', 'p', 'a').graph;
}

const score = (x: string, y: string, directWeight?: number): Alignment => {
  const r = alignmentScore(signedProjection(graph()), x, y, { directWeight });
  if (!r.ok) throw new Error(r.message);
  return r;
};

describe('alignmentScore', () => {
  it('combines profile cosine and direct tie, split into exact contributions', () => {
    const r = score('a', 'b');
    // Profiles without each other: a = (x 1, y −1, z 1), b = (x 1, y −1, z −1): cosine 1/3.
    expect(r.cosine).toBeCloseTo(1 / 3, 12);
    expect(r.direct).toBe(1);
    expect(r.directContribution).toBeCloseTo(0.5 * Math.tanh(1), 12);
    expect(r.score).toBeCloseTo(0.5 / 3 + 0.5 * Math.tanh(1), 12);
    const rounded = (list: Alignment['opposed']) =>
      list.map((c) => ({ ...c, contribution: Number(c.contribution.toFixed(12)) }));
    const sixth = Number((0.5 / 3).toFixed(12));
    expect(rounded(r.sharedAllies)).toEqual([
      { actor: 'x', weightA: 1, weightB: 1, contribution: sixth },
    ]);
    expect(rounded(r.sharedAdversaries)).toEqual([
      { actor: 'y', weightA: -1, weightB: -1, contribution: sixth },
    ]);
    expect(rounded(r.opposed)).toEqual([
      { actor: 'z', weightA: 1, weightB: -1, contribution: -sixth },
    ]);
  });

  it('scores opposite profiles negatively, and unrelated ones zero', () => {
    const r = score('c', 'd');
    expect(r.cosine).toBeCloseTo(-1 / Math.SQRT2, 12);
    expect(r.score).toBeCloseTo(-0.5 / Math.SQRT2, 12);
    expect(r.opposed.map((o) => o.actor)).toEqual(['x']);
    expect(score('c', 'z').score).toBe(0);
    expect(score('z', 'x')).toMatchObject({ score: 0, cosine: 0, direct: 0 });
  });

  it('lets the direct tie weigh more or less', () => {
    expect(score('a', 'b', 0).score).toBeCloseTo(1 / 3, 12);
    expect(score('a', 'b', 1).score).toBeCloseTo(Math.tanh(1), 12);
  });

  it('fails clearly on unknown, folded, same actors and bad options', () => {
    const g = graph();
    const s = signedProjection(g);
    expect(alignmentScore(s, 'a', 'nobody', { graph: g })).toEqual({
      ok: false,
      reason: 'unknown-actor',
      message: 'alignment: expected a known actor id, got "nobody"',
      notice: { module: 'alignment', code: 'unknown-actor', params: { actor: 'nobody' } },
    });
    expect(alignmentScore(s, 'a', 'a')).toMatchObject({ reason: 'same-actor' });
    expect(alignmentScore(s, 'a', 'b', { directWeight: 2 })).toMatchObject({
      reason: 'invalid-option',
    });
    const folded = signedProjection(g, { foldPersons: true });
    expect(alignmentScore(folded, 'p', 'b', { graph: g })).toEqual({
      ok: false,
      reason: 'folded-actor',
      message: 'alignment: Person P is folded into a; turn person folding off to score them alone',
      notice: { module: 'alignment', code: 'folded-actor', params: { actor: 'p', into: 'a' } },
    });
    const hidden = signedProjection(g, { visibleNodes: new Set(['a', 'x']) });
    expect(alignmentScore(hidden, 'a', 'b', { graph: g })).toMatchObject({
      reason: 'hidden-actor',
    });
  });

  it('is symmetric, within [−1, 1], and equals the sum of its contributions', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const types = ['alliance', 'sanction', 'trade', 'criticism', 'member_of'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.constantFrom(...types)),
          {
            maxLength: 25,
          },
        ),
        fc.constantFrom(...ids),
        fc.constantFrom(...ids),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rels, x, y, directWeight) => {
          const t = new TestGraph().actors(ids.join(' '));
          rels.forEach(([s, u, type], i) => {
            if (s !== u) t.rel(`r${i}`, type, s, u);
          });
          const s = signedProjection(t.graph);
          const r1 = alignmentScore(s, x, y, { directWeight });
          const r2 = alignmentScore(s, y, x, { directWeight });
          if (!r1.ok || !r2.ok) {
            expect(x).toBe(y);
            return;
          }
          expect(r2.score).toBe(r1.score);
          expect(Math.abs(r1.score)).toBeLessThanOrEqual(1);
          const parts = [...r1.sharedAllies, ...r1.sharedAdversaries, ...r1.opposed];
          const sum = parts.reduce((acc, p) => acc + p.contribution, r1.directContribution);
          expect(sum).toBeCloseTo(r1.score, 9);
          const ranked = rankAlignment(s, x, { directWeight, limit: 10 });
          if (!ranked.ok) throw new Error(ranked.message);
          const entry = [...ranked.mostAligned, ...ranked.mostOpposed].find((e) => e.actor === y);
          expect(entry?.score ?? 0).toBeCloseTo(r1.score, 9);
        },
      ),
    );
  });
});

describe('rankAlignment', () => {
  it('lists the most aligned and the most opposed actors', () => {
    const s = signedProjection(graph());
    const r = rankAlignment(s, 'a');
    if (!r.ok) throw new Error(r.message);
    const near = (entries: Array<{ actor: string; score: number }>) =>
      entries.map((e) => [e.actor, Number(e.score.toFixed(6))]);
    const t = Math.tanh(1);
    expect(near(r.mostAligned)).toEqual([
      ['b', Number((0.5 / 3 + 0.5 * t).toFixed(6))],
      ['x', Number((0.5 * t + 0.5 * (1 / Math.sqrt(3)) * (1 / Math.sqrt(3))).toFixed(6))],
      ['c', Number((0.5 * (1 / Math.sqrt(4))).toFixed(6))],
      ['z', Number((0.5 * t + 0.5 * (-1 / Math.sqrt(3)) * (1 / Math.sqrt(1))).toFixed(6))],
    ]);
    expect(near(r.mostOpposed)).toEqual([
      ['y', Number((-0.5 * t + 0.5 * (-1 / (Math.sqrt(3) * Math.SQRT2))).toFixed(6))],
      ['d', Number((0.5 * (-2 / (2 * Math.sqrt(2)))).toFixed(6))],
    ]);
    expect(r.scored).toBe(6);
  });

  it('restricts candidates and the list length', () => {
    const s = signedProjection(graph());
    const r = rankAlignment(s, 'a', { limit: 1, candidates: new Set(['c', 'd', 'y']) });
    expect(r.ok && [r.mostAligned.map((e) => e.actor), r.mostOpposed.map((e) => e.actor)]).toEqual([
      ['c'],
      ['y'],
    ]);
    expect(rankAlignment(s, 'a', { limit: 0 })).toMatchObject({ reason: 'invalid-option' });
    expect(rankAlignment(s, 'nobody')).toMatchObject({ reason: 'unknown-actor' });
  });
});

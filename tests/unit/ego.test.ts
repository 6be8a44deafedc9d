import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeEgo, egoNetwork, type EgoOptions } from '../../src/graph/ego';
import { TestGraph, sorted } from './helpers/analysis-graph';

/**
 * a—b alliance (e1), b→c sanction (e2), d→a trade (e3), c—e conflict (e4), e→f criticism (e5),
 * b—d partnership (e6), a→g member_of (e7; g an organization), h isolated.
 */
function graph() {
  return new TestGraph()
    .actor('g', 'organization')
    .actor('h')
    .rel('e1', 'alliance', 'a', 'b')
    .rel('e2', 'sanction', 'b', 'c')
    .rel('e3', 'trade', 'd', 'a')
    .rel('e4', 'conflict', 'c', 'e')
    .rel('e5', 'criticism', 'e', 'f')
    .rel('e6', 'partnership', 'b', 'd')
    .rel('e7', 'member_of', 'a', 'g').graph;
}

const ego = (center: string, options: Partial<EgoOptions>) => {
  const r = egoNetwork(graph(), center, { depth: 1, direction: 'both', ...options });
  if (!r.ok) throw new Error(r.message);
  return {
    nodes: sorted(r.nodes),
    edges: sorted(r.edges),
    distance: Object.fromEntries(r.distance),
  };
};

describe('egoNetwork', () => {
  it('collects depth-1 neighbours both ways, with the ties among them', () => {
    expect(ego('a', {})).toEqual({
      nodes: ['a', 'b', 'd', 'g'],
      edges: ['e1', 'e3', 'e6', 'e7'],
      distance: { a: 0, b: 1, d: 1, g: 1 },
    });
  });

  it('grows to depth 2 and 3', () => {
    expect(ego('a', { depth: 2 })).toEqual({
      nodes: ['a', 'b', 'c', 'd', 'g'],
      edges: ['e1', 'e2', 'e3', 'e6', 'e7'],
      distance: { a: 0, b: 1, d: 1, g: 1, c: 2 },
    });
    const three = ego('a', { depth: 3 });
    expect(three.nodes).toEqual(['a', 'b', 'c', 'd', 'e', 'g']);
    expect(three.edges).toEqual(['e1', 'e2', 'e3', 'e4', 'e6', 'e7']);
    expect(three.distance.e).toBe(3);
  });

  it('follows only outgoing (or incoming) directed relations, undirected ones both ways', () => {
    expect(ego('a', { depth: 2, direction: 'out' })).toEqual({
      nodes: ['a', 'b', 'c', 'd', 'g'],
      edges: ['e1', 'e2', 'e3', 'e6', 'e7'],
      distance: { a: 0, b: 1, g: 1, c: 2, d: 2 },
    });
    expect(ego('a', { direction: 'in' })).toEqual({
      nodes: ['a', 'b', 'd'],
      edges: ['e1', 'e3', 'e6'],
      distance: { a: 0, b: 1, d: 1 },
    });
    expect(ego('f', { depth: 3, direction: 'out' }).nodes).toEqual(['f']);
    expect(ego('f', { depth: 3, direction: 'in' }).nodes).toEqual(['b', 'c', 'e', 'f']);
    expect(ego('f', { depth: 2, direction: 'in' }).nodes).toEqual(['c', 'e', 'f']);
  });

  it('limits the relation types', () => {
    expect(ego('a', { depth: 3, relations: new Set(['alliance']) })).toEqual({
      nodes: ['a', 'b'],
      edges: ['e1'],
      distance: { a: 0, b: 1 },
    });
    expect(ego('a', { depth: 3, relations: new Set() }).nodes).toEqual(['a']);
  });

  it('works with the filters: hidden edges and nodes are neither followed nor kept', () => {
    const all = new Set(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
    all.delete('e1');
    expect(ego('a', { depth: 2, visibleEdges: all })).toEqual({
      nodes: ['a', 'b', 'd', 'g'],
      edges: ['e3', 'e6', 'e7'],
      distance: { a: 0, d: 1, g: 1, b: 2 },
    });
    const nodes = new Set(['a', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(ego('a', { depth: 3, visibleNodes: nodes }).nodes).toEqual(['a', 'd', 'g']);
  });

  it('keeps an isolated actor alone', () => {
    expect(ego('h', { depth: 3 })).toEqual({ nodes: ['h'], edges: [], distance: { h: 0 } });
  });

  it('fails clearly on unknown or hidden actors and bad options', () => {
    const g = graph();
    expect(egoNetwork(g, 'zz', { depth: 1, direction: 'both' })).toEqual({
      ok: false,
      reason: 'unknown-actor',
      message: 'ego: expected a known actor id, got "zz"',
      notice: { module: 'ego', code: 'unknown-actor', params: { actor: 'zz' } },
    });
    expect(
      egoNetwork(g, 'a', { depth: 1, direction: 'both', visibleNodes: new Set(['b']) }),
    ).toMatchObject({
      ok: false,
      reason: 'hidden-actor',
      message: 'ego: a is hidden by the current filters',
    });
    expect(egoNetwork(g, 'a', { depth: 4 as 1, direction: 'both' })).toMatchObject({
      reason: 'invalid-option',
    });
    expect(egoNetwork(g, 'a', { depth: 1, direction: 'up' as 'in' })).toMatchObject({
      reason: 'invalid-option',
    });
  });

  it('describes itself for the panel', () => {
    const g = graph();
    const r = egoNetwork(g, 'a', { depth: 2, direction: 'both' });
    expect(r.ok && describeEgo(g, 'a', r)).toBe('a: 4 actors within 2 steps');
  });

  it('grows monotonically with depth; distances stay within depth; edges join kept nodes', () => {
    const g = graph();
    const centers = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    fc.assert(
      fc.property(
        fc.constantFrom(...centers),
        fc.constantFrom<EgoOptions['direction']>('both', 'out', 'in'),
        fc.subarray(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']),
        (center, direction, visible) => {
          let previous = new Set<string>();
          for (const depth of [1, 2, 3] as const) {
            const r = egoNetwork(g, center, { depth, direction, visibleEdges: new Set(visible) });
            if (!r.ok) throw new Error(r.message);
            for (const n of previous) expect(r.nodes.has(n)).toBe(true);
            for (const d of r.distance.values()) expect(d).toBeLessThanOrEqual(depth);
            for (const e of r.edges) {
              expect(visible).toContain(e);
              for (const end of g.extremities(e)) expect(r.nodes.has(end)).toBe(true);
            }
            previous = r.nodes;
          }
        },
      ),
    );
  });
});

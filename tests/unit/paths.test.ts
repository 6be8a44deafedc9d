import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortestPaths, type PathOptions } from '../../src/graph/paths';
import { TestGraph, sorted } from './helpers/analysis-graph';

/**
 * japan—usa alliance (e1) and partnership (e2), usa→china sanction (e3), china—russia partnership
 * (e4), russia→nk support (e5), china→nk trade (e6), usa→russia sanction (e7), japan→quad
 * member_of (e8), usa→quad member_of (e9); mongolia isolated.
 */
function graph() {
  return new TestGraph()
    .actor('japan', 'state', 'Japan')
    .actor('nk', 'state', 'North Korea')
    .actor('mongolia', 'state', 'Mongolia')
    .actor('quad', 'organization', 'Quad')
    .rel('e1', 'alliance', 'japan', 'usa')
    .rel('e2', 'partnership', 'usa', 'japan')
    .rel('e3', 'sanction', 'usa', 'china')
    .rel('e4', 'partnership', 'china', 'russia')
    .rel('e5', 'support', 'russia', 'nk')
    .rel('e6', 'trade', 'china', 'nk')
    .rel('e7', 'sanction', 'usa', 'russia')
    .rel('e8', 'member_of', 'japan', 'quad')
    .rel('e9', 'member_of', 'usa', 'quad').graph;
}

const paths = (from: string, to: string, options: PathOptions = {}) => {
  const r = shortestPaths(graph(), from, to, options);
  if (!r.ok) throw new Error(r.message);
  return r;
};
const route = (path: Array<{ from: string; to: string }>) =>
  [path[0]?.from, ...path.map((s) => s.to)].join(' > ');

describe('shortestPaths', () => {
  it('lists every shortest path step by step with all parallel relations', () => {
    const r = paths('japan', 'nk');
    expect(r.length).toBe(3);
    expect(r.totalPaths).toBe(2);
    expect(r.truncated).toBe(false);
    expect(r.paths).toEqual([
      [
        { from: 'japan', to: 'usa', edgeIds: ['e1', 'e2'] },
        { from: 'usa', to: 'china', edgeIds: ['e3'] },
        { from: 'china', to: 'nk', edgeIds: ['e6'] },
      ],
      [
        { from: 'japan', to: 'usa', edgeIds: ['e1', 'e2'] },
        { from: 'usa', to: 'russia', edgeIds: ['e7'] },
        { from: 'russia', to: 'nk', edgeIds: ['e5'] },
      ],
    ]);
    expect(sorted(r.nodes)).toEqual(['china', 'japan', 'nk', 'russia', 'usa']);
    expect(sorted(r.edges)).toEqual(['e1', 'e2', 'e3', 'e5', 'e6', 'e7']);
  });

  it('follows relations against their direction by default, and not when asked', () => {
    expect(paths('nk', 'japan').paths.map(route)).toEqual([
      'nk > china > usa > japan',
      'nk > russia > usa > japan',
    ]);
    expect(paths('japan', 'nk', { directed: true }).totalPaths).toBe(2);
    expect(shortestPaths(graph(), 'nk', 'japan', { directed: true })).toEqual({
      ok: false,
      reason: 'no-path',
      message: 'paths: no chain of visible relations links North Korea and Japan',
      notice: { module: 'paths', code: 'no-path', params: { from: 'nk', to: 'japan' } },
    });
    // Undirected relations are followed both ways even when directed.
    expect(paths('russia', 'china', { directed: true }).paths.map(route)).toEqual([
      'russia > china',
    ]);
  });

  it('lists a directed step only with the relations that can be followed that way', () => {
    const g = graph();
    g.addDirectedEdgeWithKey('e10', 'china', 'usa', {
      relation: 'criticism',
      status: 'active',
      certainty: 'confirmed',
      evidence: [],
    });
    const both = shortestPaths(g, 'usa', 'china');
    expect(both.ok && both.paths[0]).toEqual([
      { from: 'usa', to: 'china', edgeIds: ['e10', 'e3'] },
    ]);
    const directed = shortestPaths(g, 'usa', 'china', { directed: true });
    expect(directed.ok && directed.paths[0]).toEqual([
      { from: 'usa', to: 'china', edgeIds: ['e3'] },
    ]);
  });

  it('uses only the visible relations and actors', () => {
    const all = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9'];
    const without = (...ids: string[]) => new Set(all.filter((e) => !ids.includes(e)));
    expect(paths('japan', 'nk', { visibleEdges: without('e6') }).paths.map(route)).toEqual([
      'japan > usa > russia > nk',
    ]);
    const r = paths('japan', 'nk', { visibleEdges: without('e1') });
    expect(r.paths[0]?.[0]).toEqual({ from: 'japan', to: 'usa', edgeIds: ['e2'] });
    expect(paths('japan', 'nk', { visibleEdges: without('e1', 'e2') }).paths.map(route)).toEqual([
      'japan > quad > usa > china > nk',
      'japan > quad > usa > russia > nk',
    ]);
    const hidden = new Set(['japan', 'usa', 'china', 'nk', 'quad']);
    expect(paths('japan', 'nk', { visibleNodes: hidden }).paths.map(route)).toEqual([
      'japan > usa > china > nk',
    ]);
    expect(
      paths('japan', 'nk', { relations: new Set(['alliance', 'sanction', 'support']) }).paths.map(
        route,
      ),
    ).toEqual(['japan > usa > russia > nk']);
  });

  it('caps the listed paths but highlights them all', () => {
    const t = new TestGraph();
    for (const m of ['m1', 'm2', 'm3'])
      for (const n of ['n1', 'n2', 'n3']) t.rel(`${m}-${n}`, 'cooperation', m, n);
    for (const m of ['m1', 'm2', 'm3']) t.rel(`s-${m}`, 'cooperation', 's', m);
    for (const n of ['n1', 'n2', 'n3']) t.rel(`${n}-t`, 'cooperation', n, 't');
    const all = shortestPaths(t.graph, 's', 't');
    expect(all.ok && [all.length, all.totalPaths, all.paths.length, all.truncated]).toEqual([
      3,
      9,
      9,
      false,
    ]);
    const capped = shortestPaths(t.graph, 's', 't', { maxPaths: 4 });
    if (!capped.ok) throw new Error(capped.message);
    expect([capped.totalPaths, capped.paths.length, capped.truncated]).toEqual([9, 4, true]);
    expect(capped.nodes.size).toBe(8);
    expect(capped.edges.size).toBe(15);
  });

  it('fails clearly on bad input', () => {
    const g = graph();
    expect(shortestPaths(g, 'japan', 'mongolia')).toEqual({
      ok: false,
      reason: 'no-path',
      message: 'paths: no chain of visible relations links Japan and Mongolia',
      notice: { module: 'paths', code: 'no-path', params: { from: 'japan', to: 'mongolia' } },
    });
    expect(shortestPaths(g, 'japan', 'japan')).toMatchObject({ reason: 'same-actor' });
    expect(shortestPaths(g, 'japan', 'atlantis')).toEqual({
      ok: false,
      reason: 'unknown-actor',
      message: 'paths: expected a known actor id, got "atlantis"',
      notice: { module: 'paths', code: 'unknown-actor', params: { actor: 'atlantis' } },
    });
    expect(shortestPaths(g, 'japan', 'nk', { visibleEdges: new Set() })).toMatchObject({
      reason: 'empty-visible',
    });
    expect(shortestPaths(g, 'japan', 'nk', { visibleNodes: new Set(['japan']) })).toMatchObject({
      reason: 'hidden-actor',
    });
    expect(shortestPaths(g, 'japan', 'nk', { maxPaths: 0 })).toMatchObject({
      reason: 'invalid-option',
    });
  });

  it('returns consistent chains on random graphs', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const pair = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids));
    fc.assert(
      fc.property(
        fc.uniqueArray(pair, { maxLength: 12, selector: (p) => p.join() }),
        pair,
        (edges, [s, t]) => {
          const tg = new TestGraph().actors(ids.join(' '));
          edges.forEach(([x, y], i) => {
            if (x !== y) tg.rel(`r${i}`, i % 2 ? 'sanction' : 'alliance', x, y);
          });
          const r = shortestPaths(tg.graph, s, t, { directed: edges.length % 2 === 0 });
          if (!r.ok) {
            expect(['no-path', 'same-actor']).toContain(r.reason);
            return;
          }
          expect(r.paths.length).toBe(Math.min(r.totalPaths, 20));
          for (const path of r.paths) {
            expect(path.length).toBe(r.length);
            expect(path[0]?.from).toBe(s);
            expect(path.at(-1)?.to).toBe(t);
            path.forEach((step, i) => {
              if (i > 0) expect(step.from).toBe(path[i - 1]?.to);
              expect(step.edgeIds.length).toBeGreaterThan(0);
              for (const e of step.edgeIds) {
                expect(sorted(tg.graph.extremities(e))).toEqual(sorted([step.from, step.to]));
                expect(r.edges.has(e)).toBe(true);
              }
            });
          }
        },
      ),
    );
  });
});

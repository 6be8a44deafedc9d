import { describe, expect, it } from 'vitest';
import { headlessLayout, HEADLESS_ITERATIONS } from '../../src/layout/headless';
import {
  BARNES_HUT_ABOVE,
  layoutMatrices,
  layoutSettings,
  layoutWeight,
} from '../../src/layout/layout-matrices';
import { seedPositions } from '../../src/layout/prng';
import { parseGraphJson } from '../../src/state/load-graph';
import { readFileSync } from 'node:fs';
import type { AbstractGraph } from 'graphology-types';
import { smallGraph } from './helpers/small-graph';

const positions = (g: AbstractGraph) => {
  const out: Record<string, [number, number]> = {};
  g.forEachNode((id, a) => (out[id] = [a.x as number, a.y as number]));
  return out;
};

function fixture() {
  const r = parseGraphJson(readFileSync('tests/fixtures/graph.json', 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.graph;
}

describe('headlessLayout', () => {
  it('gives identical positions on two runs (seeded start, fixed iterations)', () => {
    const a = fixture();
    const b = fixture();
    const ra = headlessLayout(a, { iterations: 300 });
    headlessLayout(b, { iterations: 300 });
    expect(ra.iterations).toBe(300);
    expect(positions(a)).toEqual(positions(b));
    expect(Object.values(positions(a)).flat().every(Number.isFinite)).toBe(true);
  });

  it('moves nodes away from the seeded start, and the seed matters', () => {
    const g = fixture();
    seedPositions(g, 1);
    const start = positions(g);
    headlessLayout(g, { iterations: 200 });
    const end = positions(g);
    const moved = Object.keys(start).filter(
      (id) => Math.hypot(end[id]![0] - start[id]![0], end[id]![1] - start[id]![1]) > 1,
    );
    expect(moved.length).toBeGreaterThan(Object.keys(start).length / 2);
    const other = fixture();
    headlessLayout(other, { iterations: 200, seed: 2 });
    expect(positions(other)).not.toEqual(end);
  });

  it('draws related actors together: linked pairs are closer than unlinked ones', () => {
    const g = fixture();
    headlessLayout(g);
    const p = positions(g);
    const dist = (a: string, b: string) => Math.hypot(p[a]![0] - p[b]![0], p[a]![1] - p[b]![1]);
    const ids = Object.keys(p);
    let linked = 0;
    let linkedCount = 0;
    let unlinked = 0;
    let unlinkedCount = 0;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const d = dist(ids[i]!, ids[j]!);
        if (g.areNeighbors(ids[i]!, ids[j]!)) [linked, linkedCount] = [linked + d, linkedCount + 1];
        else [unlinked, unlinkedCount] = [unlinked + d, unlinkedCount + 1];
      }
    expect(linked / linkedCount).toBeLessThan(0.8 * (unlinked / unlinkedCount));
  });

  it('keeps fixed nodes where they are, and the given start with keepPositions', () => {
    const g = smallGraph();
    g.forEachNode((id, _a) =>
      g.mergeNodeAttributes(id, { x: id.length * 40, y: id.charCodeAt(0) }),
    );
    g.mergeNodeAttributes('russia', { x: 500, y: -500, fixed: true });
    headlessLayout(g, { iterations: 100, keepPositions: true });
    expect(positions(g).russia).toEqual([500, -500]);
    // no iterations and nodes far apart: noverlap has nothing to do, the start is kept
    const h = smallGraph();
    h.forEachNode((id) => {
      const i = h.nodes().indexOf(id);
      h.mergeNodeAttributes(id, { x: (i % 3) * 100, y: Math.floor(i / 3) * 100 });
    });
    const start = positions(h);
    headlessLayout(h, { iterations: 0, keepPositions: true });
    expect(positions(h)).toEqual(start);
  });

  it('spreads overlapping nodes apart by their radius (noverlap, as the app)', () => {
    const g = smallGraph();
    g.forEachNode((id) =>
      g.mergeNodeAttributes(id, { x: 0, y: id === 'usa' ? 100 : 0.001 * id.length }),
    );
    headlessLayout(g, { iterations: 0, keepPositions: true, nodeRadiusPx: () => 20 });
    const p = Object.values(positions(g));
    let closest = Infinity;
    for (let i = 0; i < p.length; i++)
      for (let j = i + 1; j < p.length; j++)
        closest = Math.min(closest, Math.hypot(p[i]![0] - p[j]![0], p[i]![1] - p[j]![1]));
    expect(closest).toBeGreaterThan(1);
  });

  it('refuses a negative iteration count and does nothing on an empty graph', () => {
    const g = smallGraph();
    expect(() => headlessLayout(g, { iterations: -1 })).toThrow(
      'headless layout: expected a whole number of iterations, got -1',
    );
    g.clear();
    expect(headlessLayout(g)).toEqual({ iterations: 0, ms: 0 });
    expect(HEADLESS_ITERATIONS).toBe(1200);
  });
});

describe('layoutSettings (shared by the worker and the headless layout)', () => {
  it('uses Barnes-Hut above 1,000 actors, with Gephi’s theta of 1.2 (not graphology’s 0.5)', () => {
    expect(layoutSettings(BARNES_HUT_ABOVE).barnesHutOptimize).toBe(false);
    const large = layoutSettings(BARNES_HUT_ABOVE + 1);
    expect([large.barnesHutOptimize, large.barnesHutTheta]).toEqual([true, 1.2]);
  });
});

describe('layoutMatrices (shared with the layout worker)', () => {
  it('copies positions and gives each edge its relation weight', () => {
    const g = smallGraph();
    seedPositions(g, 1);
    const { nodes, edges } = layoutMatrices(g);
    expect(nodes.length).toBe(g.order * 10);
    expect(edges.length).toBe(g.size * 3);
    const weight = (key: string) => edges[g.edges().indexOf(key) * 3 + 2];
    expect(weight('e1')).toBe(layoutWeight('represents'));
    expect(weight('e2')).toBeCloseTo(0.12, 6);
    expect(weight('e4')).toBe(1);
    const russia = g.nodes().indexOf('russia');
    expect(nodes[russia * 10]).toBeCloseTo(g.getNodeAttribute('russia', 'x') as number, 4);
  });
});

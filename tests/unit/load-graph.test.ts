import { describe, expect, it } from 'vitest';
import { hashString, mulberry32, seedPositions } from '../../src/layout/prng';
import { parseGraphJson } from '../../src/state/load-graph';
import { smallGraph } from './helpers/small-graph';

describe('seeded positions', () => {
  it('mulberry32 is deterministic per seed and within [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
    expect(hashString('russia')).toBe(hashString('russia'));
  });

  it('gives the same positions for the same ids, independent of other nodes', () => {
    const g1 = smallGraph();
    const g2 = smallGraph();
    g2.dropNode('usa');
    seedPositions(g1, 7, 100);
    seedPositions(g2, 7, 100);
    expect(g2.getNodeAttributes('russia').x).toBe(g1.getNodeAttributes('russia').x);
    g1.forEachNode((_id, a) => expect(Math.hypot(a.x!, a.y!)).toBeLessThanOrEqual(100));
  });

  it('writes the positions into each node’s attributes in place, other attributes kept, one update event', () => {
    const g = smallGraph();
    const before = g.getNodeAttributes('russia');
    const label = before.label;
    const events: unknown[] = [];
    g.on('eachNodeAttributesUpdated', (e) => events.push(e));
    seedPositions(g, 7, 100);
    expect(g.getNodeAttributes('russia')).toBe(before);
    expect([before.label, typeof before.x, typeof before.y]).toEqual([label, 'number', 'number']);
    expect(events).toEqual([{ hints: { attributes: ['x', 'y'] } }]);
  });
});

describe('parseGraphJson', () => {
  const good = JSON.stringify(smallGraph().export());

  it('imports a valid export', () => {
    const r = parseGraphJson(good);
    expect(r.ok && [r.graph.order, r.graph.size]).toEqual([6, 9]);
  });

  it('names the file, the element and what was expected', () => {
    const data = JSON.parse(good);
    delete data.nodes[1].attributes.labelJa;
    const r = parseGraphJson(JSON.stringify(data), 'data/graph.json');
    expect(r).toEqual({
      ok: false,
      error:
        'data/graph.json: node #2 ("china"): expected attributes.labelJa to be a string, got nothing. Run `npm run build:data` (it validates graph-data/ and writes public/data/graph.json).',
    });
  });

  it('explains an HTML page instead of JSON (missing file behind an SPA fallback)', () => {
    const r = parseGraphJson('<!doctype html><html></html>');
    expect(!r.ok && r.error).toMatch(
      /^data\/graph\.json: not valid JSON \(got an HTML page: the file is probably missing\)/,
    );
  });

  it('rejects edges to unknown actors without a half-built graph', () => {
    const data = JSON.parse(good);
    data.edges[0].target = 'atlantis';
    const r = parseGraphJson(JSON.stringify(data));
    expect(!r.ok && r.error).toMatch(/^data\/graph\.json: .*atlantis/);
  });
});

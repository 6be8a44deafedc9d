// src/graph/chronology.ts: the visible dated relations in the order they happened.
import { describe, expect, it } from 'vitest';
import { chronology } from '../../src/graph/chronology';
import { TestGraph } from './helpers/analysis-graph';

describe('chronology', () => {
  const g = new TestGraph()
    .rel('undated', 'member_of', 'a', 'o')
    .rel('dec2', 'negotiation', 'a', 'b', { start: '2025-12-02' })
    .rel('dec', 'sanction', 'a', 'c', { start: '2025-12' })
    .rel('y1960', 'alliance', 'a', 'd', { start: '1960', end: '2030' })
    .rel('until', 'partnership', 'b', 'c', { end: '2025-06-30' })
    .rel('dec1', 'criticism', 'c', 'a', { start: '2025-12-01' })
    .rel('bad', 'criticism', 'c', 'b', { start: 'soon' }).graph;

  it('orders by first day, then the shorter date first, then id; undated ones have no place', () => {
    expect(chronology(g, g.edges()).map((e) => e.edge)).toEqual([
      'y1960',
      'until',
      'dec1',
      'dec',
      'dec2',
    ]);
    expect(chronology(g, g.edges())[1]).toEqual({
      edge: 'until',
      from: '2025-06-30',
      to: '2025-06-30',
    });
    expect(chronology(g, g.edges())[3]).toEqual({
      edge: 'dec',
      from: '2025-12-01',
      to: '2025-12-31',
    });
  });

  it('lists only the edges it is given, skipping ids the graph lacks', () => {
    expect(chronology(g, ['dec2', 'gone', 'undated', 'dec']).map((e) => e.edge)).toEqual([
      'dec',
      'dec2',
    ]);
  });
});

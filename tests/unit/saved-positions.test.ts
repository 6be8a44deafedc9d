// The actors' positions as left (src/graph/saved-positions.ts): taken in node order with the
// pins, put back exactly, and refused as a whole (nothing changed) when they do not fit the graph.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { applyPositions, positionsProblem, takePositions } from '../../src/graph/saved-positions';

function graph(): Graph {
  const g = new Graph();
  g.addNode('a', { x: 1.5, y: -2 });
  g.addNode('b', { x: 0.1, y: 0.2, fixed: true });
  g.addNode('c', {});
  return g;
}

describe('saved positions', () => {
  it('takes x, y and the pins in node order (NaN where an actor has no position)', () => {
    const saved = takePositions(graph());
    expect([...saved.x]).toEqual([1.5, 0.1, NaN]);
    expect([...saved.y]).toEqual([-2, 0.2, NaN]);
    expect([...saved.fixed]).toEqual([0, 1, 0]);
  });

  it('puts them back exactly, pins set and cleared', () => {
    const g = graph();
    const saved = {
      x: Float64Array.from([3, 4, 5.25]),
      y: Float64Array.from([-3, -4, -5.25]),
      fixed: Uint8Array.from([1, 0, 0]),
    };
    expect(applyPositions(g, saved)).toBeNull();
    expect(g.getNodeAttributes('a')).toEqual({ x: 3, y: -3, fixed: true });
    expect(g.getNodeAttributes('b')).toEqual({ x: 4, y: -4 });
    expect(g.getNodeAttributes('c')).toEqual({ x: 5.25, y: -5.25 });
    expect(takePositions(g)).toEqual(saved);
  });

  it('refuses positions of another graph, or with a missing coordinate, and changes nothing', () => {
    const two = { x: new Float64Array(2), y: new Float64Array(2), fixed: new Uint8Array(2) };
    const g = graph();
    expect(applyPositions(g, two)).toBe('expected 3 positions (one per actor), found 2');
    const hole = takePositions(g); // c has none
    expect(positionsProblem(g, hole)).toBe(
      'expected finite coordinates, found (NaN, NaN) for actor 3',
    );
    expect(applyPositions(g, hole)).not.toBeNull();
    expect(g.getNodeAttributes('c')).toEqual({});
    expect(g.getNodeAttributes('b')).toEqual({ x: 0.1, y: 0.2, fixed: true });
  });
});

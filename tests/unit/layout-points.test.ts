// The points a large graph's actors are drawn as while its layout runs (src/render/layout-points.ts)
// with a recording drawer: exact positions, colours, sizes and extent, per frame and per restyle;
// and the maps that place them with sigma's camera (gl-layer.ts, node-layer-gl.ts), exactly.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { createLayoutPoints, type PointStyle } from '../../src/render/layout-points';
import { graphToClipMatrix } from '../../src/render/gl-layer';
import { rescaleOnto } from '../../src/render/node-layer-gl';
import { RecordingPointDrawer } from './helpers/recording-drawer';

function setup() {
  const graph = new Graph();
  graph.addNode('a', { x: 0, y: 0 });
  graph.addNode('b', { x: 2, y: -1 });
  graph.addNode('c', { x: 1, y: 3 });
  const styles = new Map<string, PointStyle>([
    ['a', { color: '#ff0000', size: 4, hidden: false }],
    ['b', { color: '#00ff00', size: 2, hidden: false }],
    ['c', { color: '#0000ff', size: 3, hidden: true }],
  ]);
  const drawer = new RecordingPointDrawer();
  const points = createLayoutPoints(graph, drawer, (id) => styles.get(id)!);
  return { graph, styles, drawer, points };
}

describe('layout points', () => {
  it('draws every actor at its position with its colour and size (hidden ones invisible), and the extent', () => {
    const { drawer, points } = setup();
    expect(points.running).toBe(false);
    points.start();
    expect(points.running).toBe(true);
    expect(drawer.points).toEqual([
      { at: [0, 0], rgba: [255, 0, 0, 255], size: 4 },
      { at: [2, -1], rgba: [0, 255, 0, 255], size: 2 },
      { at: [1, 3], rgba: [0, 0, 0, 0], size: 0 },
    ]);
    expect(drawer.extent).toEqual({ minX: 0, maxX: 2, minY: -1, maxY: 3 });
    expect(drawer.restyles).toBe(1);
  });

  it('a frame rewrites the positions only; a restyle the colours; new actors everything', () => {
    const { graph, styles, drawer, points } = setup();
    points.moved(); // not running: nothing
    expect(drawer.draws).toBe(0);
    points.start();
    graph.updateEachNodeAttributes((_id, a) => ({ ...a, x: (a.x as number) * 10 }));
    points.moved();
    expect(drawer.points.map((p) => p.at)).toEqual([
      [0, 0],
      [20, -1],
      [10, 3],
    ]);
    expect([drawer.draws, drawer.restyles]).toEqual([2, 1]);
    styles.set('b', { color: '#000000', size: 9, hidden: false });
    points.restyle();
    expect(drawer.points[1]).toEqual({ at: [20, -1], rgba: [0, 0, 0, 255], size: 9 });
    expect(drawer.restyles).toBe(2);
    graph.addNode('d', { x: -5, y: 0 });
    styles.set('d', { color: '#fff', size: 1, hidden: false });
    points.moved();
    expect(drawer.points).toHaveLength(4);
    expect(drawer.points[3]).toEqual({ at: [-5, 0], rgba: [255, 255, 255, 255], size: 1 });
    expect(drawer.restyles).toBe(3);
  });

  it('stops (cleared, frames ignored) and is killed once', () => {
    const { drawer, points } = setup();
    points.start();
    points.stop();
    points.stop();
    expect(drawer.clears).toBe(1);
    points.moved();
    points.restyle();
    expect(drawer.draws).toBe(1);
    points.kill();
    points.kill();
    points.start();
    expect([drawer.draws, drawer.kills]).toEqual([1, 1]);
  });
});

describe('placing points with sigma’s camera', () => {
  it('graphToClipMatrix: the affine map read from three points, column-major', () => {
    // a viewport of 200 × 100 px; graph (x, y) lands at (50 + 10x, 80 − 20y) px
    const m = graphToClipMatrix(
      (p) => ({ x: 50 + 10 * p.x, y: 80 - 20 * p.y }),
      200,
      100,
      {
        x: 3,
        y: 4,
      },
      2,
    );
    const clip = (x: number, y: number) => [
      m[0]! * x + m[3]! * y + m[6]!,
      m[1]! * x + m[4]! * y + m[7]!,
    ];
    // (0, 0) → (50, 80) px → clip (−0.5, −0.6); (5, 1) → (100, 60) px → (0, −0.2)
    expect(clip(0, 0).map((v) => +v.toFixed(6))).toEqual([-0.5, -0.6]);
    expect(clip(5, 1).map((v) => +v.toFixed(6))).toEqual([0, -0.2]);
    expect([m[2], m[5], m[8]]).toEqual([0, 0, 1]);
  });

  it('rescaleOnto: a box onto another, uniformly by the larger side, centres matched', () => {
    const map = rescaleOnto(
      { minX: 0, maxX: 10, minY: 0, maxY: 4 },
      { minX: 100, maxX: 120, minY: 0, maxY: 20 },
    );
    expect(map({ x: 5, y: 2 })).toEqual({ x: 110, y: 10 });
    expect(map({ x: 0, y: 0 })).toEqual({ x: 100, y: 6 });
    expect(map({ x: 10, y: 4 })).toEqual({ x: 120, y: 14 });
  });
});

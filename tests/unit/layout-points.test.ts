// The points a large graph's actors are drawn as while its layout runs (src/render/layout-points.ts)
// with a recording drawer: exact positions, colours, sizes and extent, per frame and per restyle;
// and the maps that place them with sigma's camera (gl-layer.ts, node-layer-gl.ts), exactly.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { createLayoutPoints, type PointStyle } from '../../src/render/layout-points';
import { graphToClipMatrix } from '../../src/render/gl-layer';
import { pointsToClipMatrix, type CameraMatrix } from '../../src/render/node-layer-gl';
import { createNormalizationFunction, matrixFromCamera, multiplyVec2 } from 'sigma/utils';
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

  it('takes the styles written ahead when every actor has one, and asks for none at start', () => {
    const { graph, styles, drawer } = setup();
    const asked: string[] = [];
    const points = createLayoutPoints(graph, drawer, (id) => (asked.push(id), styles.get(id)!));
    ['a', 'b', 'c'].forEach((id, i) => points.styleAhead(i, id));
    expect(asked).toEqual(['a', 'b', 'c']);
    expect(drawer.draws).toBe(0);
    points.start();
    expect(asked).toEqual(['a', 'b', 'c']);
    expect(drawer.points).toEqual([
      { at: [0, 0], rgba: [255, 0, 0, 255], size: 4 },
      { at: [2, -1], rgba: [0, 255, 0, 255], size: 2 },
      { at: [1, 3], rgba: [0, 0, 0, 0], size: 0 },
    ]);
    expect(drawer.restyles).toBe(1);
  });

  it('writes every style anew at start when those ahead are incomplete or outdated', () => {
    const run = (
      ahead: (points: ReturnType<typeof setup>['points'], s: ReturnType<typeof setup>) => void,
    ) => {
      const s = setup();
      ahead(s.points, s);
      s.points.start();
      return s.drawer.points.map((p) => p.rgba);
    };
    const fresh = [
      [255, 0, 0, 255],
      [0, 0, 0, 255],
      [0, 0, 0, 0],
    ];
    // b's style changed after it was written ahead, and the view said so (restyle)
    expect(
      run((points, { styles }) => {
        ['a', 'b', 'c'].forEach((id, i) => points.styleAhead(i, id));
        styles.set('b', { color: '#000000', size: 2, hidden: false });
        points.restyle();
      }),
    ).toEqual(fresh);
    // only two of three written (then the change)
    expect(
      run((points, { styles }) => {
        styles.set('b', { color: '#000000', size: 2, hidden: false });
        points.styleAhead(0, 'a');
        points.styleAhead(2, 'c');
      }),
    ).toEqual(fresh);
    // written for three actors, and a fourth came
    expect(
      run((points, { graph, styles }) => {
        ['a', 'b', 'c'].forEach((id, i) => points.styleAhead(i, id));
        styles.set('b', { color: '#000000', size: 2, hidden: false });
        styles.set('d', { color: '#000000', size: 1, hidden: true });
        graph.addNode('d', { x: 0, y: 0 });
      }),
    ).toEqual([...fresh, [0, 0, 0, 0]]);
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

const cameraMatrix = matrixFromCamera as CameraMatrix;

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

  it('pointsToClipMatrix: sigma’s normalisation of the box, then its camera, padding and aspect', () => {
    const clip = (m: Float32Array, x: number, y: number) =>
      [m[0]! * x + m[3]! * y + m[6]!, m[1]! * x + m[4]! * y + m[7]!].map((v) => +v.toFixed(6));
    const box = { minX: 0, maxX: 10, minY: 0, maxY: 10 };
    const centred = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    const square = { width: 100, height: 100 };
    /** The matrix for a box, camera, viewport and padding (default: centred, 100 × 100, none). */
    const matrix = (b = box, camera = centred, viewport = square, padding = 0) =>
      pointsToClipMatrix(b, camera, viewport, padding, cameraMatrix);
    // a square viewport, no padding: the box fills clip space
    let m = matrix();
    expect(clip(m, 0, 0)).toEqual([-1, -1]);
    expect(clip(m, 10, 10)).toEqual([1, 1]);
    expect(clip(m, 5, 5)).toEqual([0, 0]);
    // 10 px of padding on 100 px: 80 px for the box
    m = matrix(box, centred, square, 10);
    expect(clip(m, 0, 0)).toEqual([-0.8, -0.8]);
    // a 200 × 100 viewport: the square box fits the height, centred
    m = matrix(box, centred, { width: 200, height: 100 });
    expect(clip(m, 0, 0)).toEqual([-0.5, -1]);
    expect(clip(m, 10, 10)).toEqual([0.5, 1]);
    // a box twice as wide, centred at (10, 5): normalised by its larger side
    m = matrix({ minX: 0, maxX: 20, minY: 0, maxY: 10 });
    expect(clip(m, 10, 5)).toEqual([0, 0]);
    expect(clip(m, 20, 5)).toEqual([1, 0]);
    expect(clip(m, 10, 10)).toEqual([0, 0.5]);
    // the camera zoomed in twice on the box's right half
    m = matrix(box, { x: 0.75, y: 0.5, ratio: 0.5, angle: 0 });
    expect(clip(m, 7.5, 5)).toEqual([0, 0]);
    expect(clip(m, 10, 5)).toEqual([1, 0]);
    // one point (an empty extent): as sigma, a unit box around it
    m = matrix({ minX: 3, maxX: 3, minY: 4, maxY: 4 });
    expect(clip(m, 3, 4)).toEqual([0, 0]);
  });

  it('pointsToClipMatrix agrees with sigma’s own map (normalisation + camera matrix) at any point', () => {
    const box = { minX: -40, maxX: 60, minY: 5, maxY: 35 };
    const camera = { x: 0.4, y: 0.6, ratio: 0.7, angle: 0.3 };
    const viewport = { width: 640, height: 360 };
    const m = pointsToClipMatrix(box, camera, viewport, 25, cameraMatrix);
    const normalise = createNormalizationFunction({ x: [-40, 60], y: [5, 35] });
    const sigmaMatrix = matrixFromCamera(camera, viewport, { width: 100, height: 30 }, 25);
    for (const p of [
      { x: -40, y: 5 },
      { x: 12.5, y: 20 },
      { x: 60, y: 35 },
      { x: 100, y: -7 },
    ]) {
      const expected = multiplyVec2(sigmaMatrix, normalise(p));
      const [x, y] = [m[0]! * p.x + m[3]! * p.y + m[6]!, m[1]! * p.x + m[4]! * p.y + m[7]!];
      expect(x).toBeCloseTo(expected.x, 5);
      expect(y).toBeCloseTo(expected.y, 5);
    }
  });
});

// A large graph's actors while its layout runs, drawn as points from the graph's positions
// instead of by sigma. Sigma processes every node of its graph on each frame the positions change
// (normalisation, its label grid, its program's buffers): at 50,000 actors 0.1–0.5 s of script per
// layout frame. Here a frame costs one pass over the positions into a Float32Array; colours and
// sizes are written once when the layout starts (and when the view changes), in the graph's node
// order (or ahead, while the host computes the actors' styles in slices: styleAhead). The extent of the positions goes with them: the drawer normalises them by it, as sigma
// would if it processed this frame (it does not, until the stop). The drawer (node-layer-gl.ts;
// tests use a recording one) gets complete arrays.
import type { AbstractGraph } from 'graphology-types';
import { colorBytes } from './edge-layer';

/** What the points read of an actor's style. */
export interface PointStyle {
  color: string;
  size: number;
  hidden: boolean;
}

/** `count` points: x/y (graph units), RGBA bytes, sizes (sigma's node size units). */
export interface PointVertices {
  positions: Float32Array;
  colors: Uint8Array;
  sizes: Float32Array;
  count: number;
}

export interface Extent {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export interface PointDrawer {
  /** The points to draw and the extent of their positions; replaces the previous ones (their
   * colours and sizes are those of the last draw unless `restyled`). */
  draw(points: PointVertices, extent: Extent, restyled: boolean): void;
  clear(): void;
  kill(): void;
  /** Makes what it draws with (a WebGL layer) ahead of its first draw, if it makes it lazily. */
  ready?(): void;
}

export interface LayoutPoints {
  /** The layout runs: every actor written and drawn. */
  start(): void;
  /** The positions moved (a layout frame): written and drawn again. */
  moved(): void;
  /** The styles changed (a view change): redrawn while the layout runs; styles written ahead dropped. */
  restyle(): void;
  /**
   * Writes the style of the actor at `index` in the graph's node order ahead of start() (the host
   * computes every actor's style in slices of tasks before the layout's first frame: writing them
   * there keeps that frame's task to the positions). start() takes them when every actor was
   * written, once, since the last restyle() and the graph still has as many.
   */
  styleAhead(index: number, id: string): void;
  /** The layout stopped: nothing drawn. */
  stop(): void;
  readonly running: boolean;
  kill(): void;
}

export function createLayoutPoints(
  graph: AbstractGraph,
  drawer: PointDrawer,
  styleOf: (id: string) => PointStyle,
): LayoutPoints {
  let points: PointVertices | null = null;
  let killed = false;
  // styles written ahead (styleAhead), and how many writes they have had
  let ahead: PointVertices | null = null;
  let aheadWrites = 0;

  function vertices(count: number): PointVertices {
    return {
      positions: new Float32Array(count * 2),
      colors: new Uint8Array(count * 4),
      sizes: new Float32Array(count),
      count,
    };
  }

  function writeStyle(v: PointVertices, i: number, id: string): void {
    const style = styleOf(id);
    const packed = style.hidden ? 0 : colorBytes(style.color);
    v.colors[i * 4] = packed >>> 24;
    v.colors[i * 4 + 1] = (packed >>> 16) & 255;
    v.colors[i * 4 + 2] = (packed >>> 8) & 255;
    v.colors[i * 4 + 3] = packed & 255;
    v.sizes[i] = style.hidden ? 0 : style.size;
  }

  function writeStyles(v: PointVertices): void {
    let i = 0;
    graph.forEachNode((id) => writeStyle(v, i++, id));
  }

  /** Writes the positions and draws; a changed node count writes everything anew. */
  function draw(restyled: boolean): void {
    if (points === null || points.count !== graph.order) {
      restyled = true;
      const count = graph.order;
      if (ahead !== null && ahead.count === count && aheadWrites === count) points = ahead;
      else writeStyles((points = vertices(count)));
      ahead = null;
    }
    const p = points.positions;
    const extent: Extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
    let i = 0;
    graph.forEachNode((_id, attrs) => {
      const x = (attrs.x as number | undefined) ?? 0;
      const y = (attrs.y as number | undefined) ?? 0;
      p[i * 2] = x;
      p[i * 2 + 1] = y;
      if (x < extent.minX) extent.minX = x;
      if (x > extent.maxX) extent.maxX = x;
      if (y < extent.minY) extent.minY = y;
      if (y > extent.maxY) extent.maxY = y;
      i++;
    });
    drawer.draw(points, extent, restyled);
  }

  return {
    start() {
      if (killed) return;
      points = null;
      draw(true);
    },
    moved() {
      if (!killed && points !== null) draw(false);
    },
    restyle() {
      ahead = null;
      if (killed || points === null) return;
      writeStyles(points);
      draw(true);
    },
    styleAhead(index, id) {
      if (killed || points !== null) return;
      if (ahead === null || ahead.count !== graph.order) {
        ahead = vertices(graph.order);
        aheadWrites = 0;
      }
      if (index < 0 || index >= ahead.count) return;
      writeStyle(ahead, index, id);
      aheadWrites++;
    },
    stop() {
      if (killed || points === null) return;
      points = null;
      drawer.clear();
    },
    get running() {
      return points !== null;
    },
    kill() {
      if (killed) return;
      killed = true;
      points = null;
      ahead = null;
      drawer.kill();
    },
  };
}

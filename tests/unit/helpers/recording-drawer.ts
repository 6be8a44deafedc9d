// Drawers for tests: the edge layer's (src/render/edge-layer.ts) and the layout points'
// (src/render/layout-points.ts): they record what they were asked to draw, as plain data, and
// count clears and kills.
import type { EdgeLayerDrawer, EdgeVertices } from '../../../src/render/edge-layer';
import type { Extent, PointDrawer, PointVertices } from '../../../src/render/layout-points';

export interface DrawnEdge {
  from: [number, number];
  to: [number, number];
  rgba: [number, number, number, number];
}

export function drawnEdgesOf(v: EdgeVertices): DrawnEdge[] {
  const out: DrawnEdge[] = [];
  for (let i = 0; i < v.count; i++) {
    const p = v.positions;
    const c = v.colors;
    out.push({
      from: [p[i * 4]!, p[i * 4 + 1]!],
      to: [p[i * 4 + 2]!, p[i * 4 + 3]!],
      rgba: [c[i * 8]!, c[i * 8 + 1]!, c[i * 8 + 2]!, c[i * 8 + 3]!],
    });
  }
  return out;
}

export class RecordingDrawer implements EdgeLayerDrawer {
  draws = 0;
  clears = 0;
  kills = 0;
  main: DrawnEdge[] = [];
  top: DrawnEdge[] = [];
  draw(main: EdgeVertices, top: EdgeVertices): void {
    this.draws++;
    this.main = drawnEdgesOf(main);
    this.top = drawnEdgesOf(top);
  }
  clear(): void {
    this.clears++;
    this.main = [];
    this.top = [];
  }
  kill(): void {
    this.kills++;
  }
}

/** A point drawer for tests (src/render/layout-points.ts): the last points drawn, as plain data. */
export class RecordingPointDrawer implements PointDrawer {
  /** Calls of ready(), and the draws there had been at each. */
  readied: number[] = [];
  draws = 0;
  restyles = 0;
  clears = 0;
  kills = 0;
  points: { at: [number, number]; rgba: [number, number, number, number]; size: number }[] = [];
  extent: Extent | null = null;
  draw(v: PointVertices, extent: Extent, restyled: boolean): void {
    this.draws++;
    if (restyled) this.restyles++;
    this.extent = extent;
    this.points = [];
    for (let i = 0; i < v.count; i++)
      this.points.push({
        at: [v.positions[i * 2]!, v.positions[i * 2 + 1]!],
        rgba: [v.colors[i * 4]!, v.colors[i * 4 + 1]!, v.colors[i * 4 + 2]!, v.colors[i * 4 + 3]!],
        size: v.sizes[i]!,
      });
  }
  clear(): void {
    this.clears++;
    this.points = [];
  }
  ready(): void {
    this.readied.push(this.draws);
  }
  kill(): void {
    this.kills++;
  }
}

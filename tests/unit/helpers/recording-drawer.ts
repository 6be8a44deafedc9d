// An edge-layer drawer for tests (src/render/edge-layer.ts): records what it was asked to draw,
// as plain arrays of the drawn vertices, and counts clears and kills.
import type { EdgeLayerDrawer, EdgeVertices } from '../../../src/render/edge-layer';

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

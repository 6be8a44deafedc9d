// Start positions for the actors of a newly imported (or restored) graph that a file gave none
// (near their placed neighbours, seeded, so the picture is the same on every load;
// positions from the file are kept). (Filter values a new graph lacks: src/view/reconcile.ts.)
import type { AbstractGraph } from 'graphology-types';
import { hashString, mulberry32 } from '../graph/random';

const hasPosition = (a: Record<string, unknown>) =>
  typeof a.x === 'number' &&
  Number.isFinite(a.x) &&
  typeof a.y === 'number' &&
  Number.isFinite(a.y);

/**
 * Gives every node without a numeric x/y a start position: the centre of its placed neighbours
 * plus a small seeded offset, else a seeded point in a disc over the placed nodes. When no node is
 * placed, nothing is done (the layout seeds them all). Returns how many nodes were placed.
 */
export function seedMissingPositions(graph: AbstractGraph, seed = 1): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const missing: string[] = [];
  graph.forEachNode((id, a) => {
    if (!hasPosition(a)) {
      missing.push(id);
      return;
    }
    const { x, y } = a as { x: number; y: number };
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  if (missing.length === 0 || missing.length === graph.order) return 0;
  const extent = Math.max(maxX - minX, maxY - minY, 1);
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  for (const id of missing) {
    const random = mulberry32(hashString(id) ^ seed);
    let sx = 0;
    let sy = 0;
    let n = 0;
    graph.forEachNeighbor(id, (_n, a) => {
      if (!hasPosition(a)) return;
      sx += a.x as number;
      sy += a.y as number;
      n++;
    });
    const angle = random() * Math.PI * 2;
    const r = (n > 0 ? 0.03 : 0.5) * extent * Math.sqrt(random());
    const base = n > 0 ? { x: sx / n, y: sy / n } : centre;
    graph.mergeNodeAttributes(id, {
      x: base.x + r * Math.cos(angle),
      y: base.y + r * Math.sin(angle),
    });
  }
  return missing.length;
}

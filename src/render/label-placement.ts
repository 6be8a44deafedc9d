// Label placement (pure), for pictures (src/export/scene.ts) and the screen (label-renderer.ts):
// each label tries several candidate positions around its actor (its preferred side first, then
// the other sides and diagonals, then further out with a leader line back to the actor) and takes
// the first that stays inside the bounds and overlaps no label placed before it, no other actor
// and no leader line. Labels are placed in the order given (most important first). A forced label
// that finds no free place is drawn where it overlaps the fewest labels; an optional one is left
// out.
export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const boxesOverlap = (a: Box, b: Box) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export interface LabelRequest {
  id: string;
  /** The actor's circle in picture px. */
  x: number;
  y: number;
  r: number;
  /** One or two lines (wrapped names). */
  lines: string[];
  /** Width of the widest line in px. */
  width: number;
  forced: boolean;
  /** Preferred direction from the actor (unit vector, y down); default to the right. */
  outward?: Point;
  /** Only the positions right and left of the actor, no leader lines (optional labels on a map). */
  nearOnly?: boolean;
}

export interface PlacedLabel {
  id: string;
  lines: string[];
  /** Anchor x of every line and the baseline of the first line. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** From the actor's circle to the label when the label sits away from its actor. */
  leader: { from: Point; to: Point } | null;
}

export interface PlacementOptions {
  fontSize: number;
  /** Line height in px (baseline to baseline). */
  lineHeight: number;
  /** Gap between an actor's circle and its label. */
  gap: number;
  /** Free space kept around each label. */
  pad: number;
  bounds: Box;
  circles: readonly { id: string; x: number; y: number; r: number }[];
}

const ANGLES = 16;
const STEPS = [0, 1, 2, 3, 4, 6];

function circleHitsBox(c: { x: number; y: number; r: number }, b: Box): boolean {
  const dx = c.x - Math.max(b.x0, Math.min(c.x, b.x1));
  const dy = c.y - Math.max(b.y0, Math.min(c.y, b.y1));
  return dx * dx + dy * dy < c.r * c.r;
}

function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  // Liang–Barsky clipping of the segment against the box.
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.x0],
    [dx, box.x1 - a.x],
    [-dy, a.y - box.y0],
    [dy, box.y1 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function segmentHitsCircle(a: Point, b: Point, c: { x: number; y: number; r: number }): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((c.x - a.x) * dx + (c.y - a.y) * dy) / len2)) : 0;
  const px = a.x + t * dx - c.x;
  const py = a.y + t * dy - c.y;
  return px * px + py * py < c.r * c.r;
}

/** Candidate (direction, distance) pairs, cheapest first. */
function candidates(req: LabelRequest, step: number): { ux: number; uy: number; d: number }[] {
  if (req.nearOnly)
    return [
      { ux: 1, uy: 0, d: 0 },
      { ux: -1, uy: 0, d: 0 },
    ];
  const out = req.outward ?? { x: 1, y: 0 };
  const base = Math.atan2(out.y, out.x);
  const list: { ux: number; uy: number; d: number; cost: number }[] = [];
  for (let k = 0; k < ANGLES; k++) {
    const off = ((k + 1) >> 1) * (k % 2 === 0 ? 1 : -1) * ((2 * Math.PI) / ANGLES);
    const a = base + off;
    const turn = Math.abs(off) / (Math.PI / 4);
    for (const s of STEPS)
      list.push({ ux: Math.cos(a), uy: Math.sin(a), d: s * step, cost: s + turn * 0.9 });
  }
  list.sort((p, q) => p.cost - q.cost);
  return list;
}

/** The label box whose nearest side touches `p`, seen from direction (ux, uy). */
function boxAt(p: Point, ux: number, uy: number, w: number, h: number) {
  const anchor: PlacedLabel['anchor'] = ux > 0.38 ? 'start' : ux < -0.38 ? 'end' : 'middle';
  const x0 = anchor === 'start' ? p.x : anchor === 'end' ? p.x - w : p.x - w / 2;
  const y0 = uy > 0.38 ? p.y : uy < -0.38 ? p.y - h : p.y - h / 2;
  return { anchor, box: { x0, y0, x1: x0 + w, y1: y0 + h } };
}

export function placeLabels(
  requests: readonly LabelRequest[],
  options: PlacementOptions,
): PlacedLabel[] {
  const { fontSize, lineHeight, gap, pad, bounds, circles } = options;
  const placed: PlacedLabel[] = [];
  const inside = (b: Box) =>
    b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
  const step = lineHeight * 1.15;
  for (const req of requests) {
    const h = lineHeight * (req.lines.length - 1) + fontSize * 1.2;
    const make = (ux: number, uy: number, d: number): PlacedLabel => {
      const reach = req.r + gap + d;
      const p = { x: req.x + ux * reach, y: req.y + uy * reach };
      const { anchor, box } = boxAt(p, ux, uy, req.width, h);
      const x = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
      const leader =
        d > 0
          ? {
              from: { x: req.x + ux * req.r, y: req.y + uy * req.r },
              to: {
                x: Math.max(box.x0, Math.min(req.x, box.x1)),
                y: Math.max(box.y0, Math.min(req.y, box.y1)),
              },
            }
          : null;
      return { id: req.id, lines: req.lines, x, y: box.y0 + fontSize * 0.9, anchor, box, leader };
    };
    const free = (c: PlacedLabel) => {
      const padded = {
        x0: c.box.x0 - pad,
        y0: c.box.y0 - pad,
        x1: c.box.x1 + pad,
        y1: c.box.y1 + pad,
      };
      if (!inside(c.box)) return false;
      for (const p of placed) {
        if (boxesOverlap(p.box, padded)) return false;
        if (p.leader && segmentHitsBox(p.leader.from, p.leader.to, padded)) return false;
        if (c.leader && segmentHitsBox(c.leader.from, c.leader.to, p.box)) return false;
      }
      for (const o of circles) {
        if (o.id === req.id) continue;
        if (circleHitsBox(o, padded)) return false;
        if (c.leader && segmentHitsCircle(c.leader.from, c.leader.to, o)) return false;
      }
      return true;
    };
    let chosen: PlacedLabel | null = null;
    const list = candidates(req, step);
    for (const c of list) {
      const cand = make(c.ux, c.uy, c.d);
      if (free(cand)) {
        chosen = cand;
        break;
      }
    }
    if (!chosen && req.forced) {
      // no free place: the first place inside the bounds that overlaps no other label (actors
      // and leader lines may be crossed), else the preferred place
      const out = req.outward ?? { x: 1, y: 0 };
      chosen =
        list
          .map((c) => make(c.ux, c.uy, c.d))
          .find((c) => inside(c.box) && !placed.some((p) => boxesOverlap(p.box, c.box))) ??
        make(out.x, out.y, 0);
    }
    if (chosen) placed.push(chosen);
  }
  return placed;
}

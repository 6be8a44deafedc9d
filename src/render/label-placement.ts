// Label placement (pure), for pictures (src/export/scene.ts) and the screen (label-renderer.ts):
// each label tries several candidate positions around its actor (its preferred side first, then
// the other sides and diagonals, then further out with a leader line back to the actor) and takes
// the first free one: inside the bounds, touching no label placed before it (nor its padding), no
// leader line and no actor's disc (every actor drawn, labelled or not: `circles`), its own leader
// line crossing no placed label and no other disc. Labels are placed in the order given (most
// important first). When no place is free, the places are penalised: covering another label 1000
// per label, covering a disc's core (the inner half of its radius: the actor hidden) 100 × (1 +
// its radius in line heights: a large actor hidden is worse), a leader line across a label 50 (its
// own across a placed label or a placed one across it), its leader across a disc 20 and 5 per
// step of its length (a long line reads as a relation), only over a disc's rim 2, only within a
// label's padding 1. An optional label takes the first place that
// only touches rims or paddings (under 10), else it is left out; a forced label takes the least
// penalised place (ties: the nearer, less turned one) — it hides an actor only when every other
// place would cover a label or need a long leader line across a label or several actors.
// Obstacles are looked up in a uniform grid, so a frame costs about the same with every actor as
// an obstacle.
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

/** A uniform grid of items (by index) by bounding box, cells of `size` px: the obstacle look-ups. */
class Grid {
  private readonly cells = new Map<number, number[]>();
  private seen = new Uint32Array(64);
  private stamp = 0;
  private readonly found: number[] = [];
  constructor(private readonly size: number) {}

  add(index: number, b: Box): void {
    if (index >= this.seen.length) {
      const grown = new Uint32Array(Math.max(index + 1, this.seen.length * 2));
      grown.set(this.seen);
      this.seen = grown;
    }
    const s = this.size;
    for (let cx = Math.floor(b.x0 / s); cx <= Math.floor(b.x1 / s); cx++)
      for (let cy = Math.floor(b.y0 / s); cy <= Math.floor(b.y1 / s); cy++) {
        const key = cx * 100003 + cy;
        const cell = this.cells.get(key);
        if (cell) cell.push(index);
        else this.cells.set(key, [index]);
      }
  }

  /** The items sharing a cell with `b`, each once (an array reused by the next call). */
  near(b: Box): readonly number[] {
    const found = this.found;
    found.length = 0;
    if (this.cells.size === 0) return found;
    const stamp = ++this.stamp;
    const s = this.size;
    for (let cx = Math.floor(b.x0 / s); cx <= Math.floor(b.x1 / s); cx++)
      for (let cy = Math.floor(b.y0 / s); cy <= Math.floor(b.y1 / s); cy++) {
        const cell = this.cells.get(cx * 100003 + cy);
        if (!cell) continue;
        for (const i of cell)
          if (this.seen[i] !== stamp) {
            this.seen[i] = stamp;
            found.push(i);
          }
      }
    return found;
  }
}

const segmentBox = (a: Point, b: Point): Box => ({
  x0: Math.min(a.x, b.x),
  y0: Math.min(a.y, b.y),
  x1: Math.max(a.x, b.x),
  y1: Math.max(a.y, b.y),
});

const grow = (b: Box, by: number): Box => ({
  x0: b.x0 - by,
  y0: b.y0 - by,
  x1: b.x1 + by,
  y1: b.y1 + by,
});

/** Penalties of a forced label's place when no place is free (see the top of this module). */
const PENALTY = {
  label: 1000,
  disc: 100,
  leaderLabel: 50,
  leaderDisc: 20,
  leaderStep: 5,
  rim: 2,
  padding: 1,
};
/** An optional label's place may touch rims and paddings up to this penalty, nothing else. */
const OPTIONAL_LIMIT = 10;
/** The inner part of a disc (its radius times this) that a label never covers but when forced. */
const CORE = 0.5;

export function placeLabels(
  requests: readonly LabelRequest[],
  options: PlacementOptions,
): PlacedLabel[] {
  const { fontSize, lineHeight, gap, pad, bounds, circles } = options;
  const placed: PlacedLabel[] = [];
  const inside = (b: Box) =>
    b.x0 >= bounds.x0 && b.x1 <= bounds.x1 && b.y0 >= bounds.y0 && b.y1 <= bounds.y1;
  const step = lineHeight * 1.15;
  // obstacles by grid cell: four lines of text a cell (measured: fewer, larger cells are faster)
  const cell = Math.max(8, lineHeight * 4);
  const discs = new Grid(cell);
  circles.forEach((c, i) =>
    discs.add(i, { x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r }),
  );
  const boxes = new Grid(cell);
  const leaders = new Grid(cell);

  /**
   * The penalty of a candidate (see the top of this module; 0 = a free place), summed until it
   * reaches `limit` (1: is it free at all; a best penalty so far: can it still beat it).
   */
  const penalty = (c: PlacedLabel, own: string, limit: number): number => {
    // a long leader line reads as a relation: each step further out costs a little (counted first,
    // it is cheap; not a fault: a place is free without it)
    let sum =
      limit > 1 && c.leader
        ? PENALTY.leaderStep *
          Math.round(
            Math.hypot(c.leader.to.x - c.leader.from.x, c.leader.to.y - c.leader.from.y) / step,
          )
        : 0;
    if (sum >= limit) return sum;
    const padded = grow(c.box, pad);
    for (const i of boxes.near(padded)) {
      const p = placed[i]!.box;
      if (boxesOverlap(p, c.box)) sum += PENALTY.label;
      else if (boxesOverlap(p, padded)) sum += PENALTY.padding;
      else continue;
      if (sum >= limit) return sum;
    }
    for (const i of leaders.near(padded)) {
      const l = placed[i]!.leader!;
      if (!segmentHitsBox(l.from, l.to, padded)) continue;
      sum += PENALTY.leaderLabel;
      if (sum >= limit) return sum;
    }
    for (const i of discs.near(padded)) {
      const o = circles[i]!;
      if (o.id === own || !circleHitsBox(o, padded)) continue;
      // over the disc's core (the actor hidden: the larger the actor, the worse), or only over
      // its rim (the actor still seen)
      sum += circleHitsBox({ x: o.x, y: o.y, r: o.r * CORE }, c.box)
        ? PENALTY.disc * (1 + o.r / lineHeight)
        : PENALTY.rim;
      if (sum >= limit) return sum;
    }
    if (c.leader) {
      const { from, to } = c.leader;
      const reach = grow(segmentBox(from, to), pad);
      for (const i of boxes.near(reach)) {
        if (!segmentHitsBox(from, to, grow(placed[i]!.box, pad))) continue;
        sum += PENALTY.leaderLabel;
        if (sum >= limit) return sum;
      }
      for (const i of discs.near(reach)) {
        const o = circles[i]!;
        if (o.id === own || !segmentHitsCircle(from, to, o)) continue;
        sum += PENALTY.leaderDisc;
        if (sum >= limit) return sum;
      }
    }
    return sum;
  };

  // candidate lists by preferred direction (the screen's labels all share one)
  const lists = new Map<string, ReturnType<typeof candidates>>();

  const accept = (p: PlacedLabel) => {
    const i = placed.length;
    placed.push(p);
    boxes.add(i, p.box);
    if (p.leader) leaders.add(i, segmentBox(p.leader.from, p.leader.to));
  };

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
    let chosen: PlacedLabel | null = null;
    const key = req.nearOnly ? 'near' : `${req.outward?.x ?? 1},${req.outward?.y ?? 0}`;
    let list = lists.get(key);
    if (!list) lists.set(key, (list = candidates(req, step)));
    const made: PlacedLabel[] = [];
    for (const c of list) {
      const cand = make(c.ux, c.uy, c.d);
      made.push(cand);
      if (inside(cand.box) && penalty(cand, req.id, 1) === 0) {
        chosen = cand;
        break;
      }
    }
    if (!chosen && !req.forced) {
      // an optional label: the first place that only touches a label's padding or a disc's rim
      chosen =
        made.find((c) => inside(c.box) && penalty(c, req.id, OPTIONAL_LIMIT) < OPTIONAL_LIMIT) ??
        null;
    } else if (!chosen) {
      // a forced label: the least penalised place inside the bounds, else the preferred place
      let best = Infinity;
      for (const cand of made) {
        if (!inside(cand.box)) continue;
        const p = penalty(cand, req.id, best);
        if (p < best) {
          best = p;
          chosen = cand;
        }
      }
      if (!chosen) {
        const out = req.outward ?? { x: 1, y: 0 };
        chosen = make(out.x, out.y, 0);
      }
    }
    if (chosen) accept(chosen);
  }
  return placed;
}

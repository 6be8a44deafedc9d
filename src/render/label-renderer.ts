// Canvas labels for the screen (registered in sigma-host.ts as sigma's node label and hover
// drawers). Every label sits on a halo of the background colour so that it stays legible over
// edges; long names go onto two lines (label-text.ts breaks them the same way as the pictures).
// sigma's label grid thins out the labels it chooses, but the forced ones (the largest actors,
// a focus) are drawn wherever they fall: the label layer therefore only collects the labels sigma
// asks for during a frame and, once the frame is drawn, places them itself: forced labels first,
// then by node size, each at the first of several positions around its node (right, left, above,
// below, …) that overlaps no label placed before it and no labelled node; a label that is not
// forced and finds no free position is left out. The hover card shows the whole name.
// No sigma import: the arguments are typed structurally.
import { breakLines } from './label-text';

/** What sigma hands a label drawer (a subset of its NodeDisplayData, with the node's key). */
export interface LabelData {
  key?: string;
  x: number;
  y: number;
  size: number;
  label: string | null;
  /** The whole name (style.ts), for the hover card; absent = the label. */
  fullLabel?: string;
  forceLabel?: boolean;
  color: string;
}

/** The label settings of sigma the drawers read. */
export interface LabelSettings {
  labelSize: number;
  labelFont: string;
  labelWeight: string;
  labelColor: { attribute?: string; color?: string };
}

export const HALO_COLOR = 'rgba(252, 252, 250, 0.92)';
/** Names wider than this many label sizes go onto two lines. */
const WRAP_EM = 10;
/** Lines of a label on the graph (a focus shows whole names: three lines), of the hover card. */
const MAX_LINES = 3;
const HOVER_LINES = 5;
const LINE_HEIGHT = 1.15;
/** Gap between a node's disc and its label, and around label boxes when testing overlaps (px). */
const GAP = 3;
const BOX_MARGIN = 1;

type Ctx = Pick<
  CanvasRenderingContext2D,
  | 'font'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'textAlign'
  | 'shadowBlur'
  | 'shadowColor'
  | 'shadowOffsetX'
  | 'shadowOffsetY'
  | 'measureText'
  | 'fillText'
  | 'strokeText'
  | 'beginPath'
  | 'arc'
  | 'fill'
  | 'roundRect'
  | 'save'
  | 'restore'
>;

/** The lines of a label of `max` width: one, or two (three for a whole name in focus). */
export function labelLines(
  text: string,
  width: (s: string) => number,
  max: number,
  maxLines = MAX_LINES,
): string[] {
  return breakLines(text, width, max, { maxLines, em: max / WRAP_EM });
}

function color(data: LabelData, settings: LabelSettings): string {
  const attr = settings.labelColor.attribute;
  const fromAttr = attr ? (data as unknown as Record<string, unknown>)[attr] : undefined;
  return typeof fromAttr === 'string' ? fromAttr : (settings.labelColor.color ?? '#000');
}

function fontOf(settings: LabelSettings): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** A label's text block: its lines, their widest width and the line height. */
interface Block {
  lines: string[];
  width: number;
  size: number;
  lineHeight: number;
}

function block(ctx: Ctx, text: string, settings: LabelSettings, maxLines = MAX_LINES): Block {
  const size = settings.labelSize;
  ctx.font = fontOf(settings);
  const measure = (s: string) => ctx.measureText(s).width;
  const lines = labelLines(text, measure, WRAP_EM * size, maxLines);
  return { lines, width: Math.max(0, ...lines.map(measure)), size, lineHeight: size * LINE_HEIGHT };
}

/** Box of a label in CSS px: left, top, width, height. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label's text starts: its box's left edge and the first baseline. */
function textOrigin(box: Rect, b: Block): { x: number; y: number } {
  return { x: box.x, y: box.y + b.size * 0.95 };
}

function blockHeight(b: Block): number {
  return (b.lines.length - 1) * b.lineHeight + b.size * 1.25;
}

/**
 * Candidate boxes around a node, in order of preference: right of it (as sigma draws labels),
 * left, above, below, then right and left shifted up and down by a line.
 */
export function candidateBoxes(node: { x: number; y: number; size: number }, b: Block): Rect[] {
  const h = blockHeight(b);
  const w = b.width;
  const r = node.size + GAP;
  const midY = node.y - h / 2 + b.size * 0.05;
  const right = node.x + r;
  const left = node.x - r - w;
  const centreX = node.x - w / 2;
  const shift = b.lineHeight;
  return [
    { x: right, y: midY, width: w, height: h },
    { x: left, y: midY, width: w, height: h },
    { x: centreX, y: node.y - r - h, width: w, height: h },
    { x: centreX, y: node.y + r, width: w, height: h },
    { x: right, y: midY - shift, width: w, height: h },
    { x: right, y: midY + shift, width: w, height: h },
    { x: left, y: midY - shift, width: w, height: h },
    { x: left, y: midY + shift, width: w, height: h },
  ];
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.x < b.x + b.width + BOX_MARGIN &&
    b.x < a.x + a.width + BOX_MARGIN &&
    a.y < b.y + b.height + BOX_MARGIN &&
    b.y < a.y + a.height + BOX_MARGIN
  );
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function drawBlock(ctx: Ctx, b: Block, box: Rect, fill: string, settings: LabelSettings): void {
  const origin = textOrigin(box, b);
  ctx.save();
  ctx.font = fontOf(settings);
  ctx.textAlign = 'left';
  ctx.lineJoin = 'round';
  ctx.lineWidth = Math.max(3, b.size * 0.3);
  ctx.strokeStyle = HALO_COLOR;
  ctx.fillStyle = fill;
  b.lines.forEach((line, i) => {
    ctx.strokeText(line, origin.x, origin.y + i * b.lineHeight);
    ctx.fillText(line, origin.x, origin.y + i * b.lineHeight);
  });
  ctx.restore();
}

/** Draws a label right of its node, on a halo, without placement (the hover card uses it). */
export function drawHaloLabel(ctx: Ctx, data: LabelData, settings: LabelSettings): void {
  if (!data.label) return;
  const b = block(ctx, data.label, settings);
  drawBlock(ctx, b, candidateBoxes(data, b)[0]!, color(data, settings), settings);
}

/** sigma's defaultDrawNodeHover: the node and its whole name on a white card with a soft shadow. */
export function drawHaloHover(ctx: Ctx, data: LabelData, settings: LabelSettings): void {
  const text = data.fullLabel || data.label || '';
  const b = block(ctx, text, settings, HOVER_LINES);
  const box = candidateBoxes(data, b)[0]!;
  const pad = 3;
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.shadowOffsetX = 0;
  ctx.shadowOffsetY = 1;
  ctx.shadowBlur = 8;
  ctx.shadowColor = 'rgba(0, 0, 0, 0.3)';
  ctx.beginPath();
  if (text) {
    ctx.roundRect(
      data.x - data.size - pad,
      box.y - pad,
      box.x + box.width - (data.x - data.size) + 2 * pad,
      box.height + 2 * pad,
      4,
    );
  }
  ctx.arc(data.x, data.y, data.size + pad, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  if (text) drawBlock(ctx, b, box, color(data, settings), settings);
}

/** A label drawn in the last frame: its node, box (CSS px) and whether it was forced. */
export interface PlacedLabel {
  id: string;
  box: Rect;
  forced: boolean;
}

export interface LabelLayer {
  /** sigma's defaultDrawNodeLabel: collects the label (drawn at the end of the frame). */
  collect(ctx: Ctx, data: LabelData, settings: LabelSettings): void;
  /** At the start of a frame (sigma's beforeRender): forget the last frame's labels. */
  begin(): void;
  /** At the end of a frame (sigma's afterRender): place and draw the collected labels. */
  flush(ctx: Ctx, viewport: { width: number; height: number }): void;
  /** The labels drawn in the last frame, in drawing order. */
  placed(): PlacedLabel[];
}

export function createLabelLayer(): LabelLayer {
  let queue: { data: LabelData; settings: LabelSettings }[] = [];
  let placed: PlacedLabel[] = [];
  // label text → its block, per font (measuring and breaking is the costly part of a frame)
  const blocks = new Map<string, Block>();

  function cachedBlock(ctx: Ctx, text: string, settings: LabelSettings): Block {
    const key = `${fontOf(settings)}\u0000${text}`;
    let b = blocks.get(key);
    if (!b) {
      if (blocks.size > 5000) blocks.clear();
      b = block(ctx, text, settings);
      blocks.set(key, b);
    }
    return b;
  }

  return {
    collect(_ctx, data, settings) {
      if (data.label) queue.push({ data, settings });
    },
    begin() {
      queue = [];
    },
    flush(ctx, viewport) {
      const items = queue;
      queue = [];
      placed = [];
      // forced labels first, then the larger nodes; ties in sigma's order
      const order = items
        .map((item, i) => ({ ...item, i }))
        .sort(
          (a, b) =>
            Number(b.data.forceLabel ?? false) - Number(a.data.forceLabel ?? false) ||
            b.data.size - a.data.size ||
            a.i - b.i,
        );
      // labelled nodes are obstacles for every label but their own
      const discs = order.map(({ data }) => ({
        key: data.key,
        rect: {
          x: data.x - data.size,
          y: data.y - data.size,
          width: 2 * data.size,
          height: 2 * data.size,
        },
      }));
      const inside = (r: Rect) =>
        r.x >= 0 &&
        r.y >= 0 &&
        r.x + r.width <= viewport.width &&
        r.y + r.height <= viewport.height;
      for (const { data, settings } of order) {
        const b = cachedBlock(ctx, data.label!, settings);
        const candidates = candidateBoxes(data, b);
        const cost = (r: Rect) => {
          let area = 0;
          for (const p of placed) area += overlapArea(r, p.box) * 4;
          for (const d of discs) if (d.key !== data.key) area += overlapArea(r, d.rect);
          return area;
        };
        const free = (r: Rect) =>
          !placed.some((p) => intersects(r, p.box)) &&
          !discs.some((d) => d.key !== data.key && intersects(r, d.rect));
        // a free position inside the view, else a free one partly outside it
        let box = candidates.find((r) => inside(r) && free(r)) ?? candidates.find(free);
        const forced = data.forceLabel === true;
        if (!box) {
          if (!forced) continue;
          // a forced label is always drawn: where it covers the least (labels count four times)
          box = candidates.reduce((best, r) => (cost(r) < cost(best) ? r : best));
        }
        placed.push({ id: data.key ?? '', box, forced });
        drawBlock(ctx, b, box, color(data, settings), settings);
      }
    },
    placed: () => placed,
  };
}

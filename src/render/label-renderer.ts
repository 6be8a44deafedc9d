// Canvas labels for the screen (registered in sigma-host.ts as sigma's node label and hover
// drawers). Every label sits on a halo of the background colour so that it stays legible over
// edges; long names go onto two lines (label-text.ts breaks them the same way as the pictures).
// sigma's label grid thins out the labels it chooses, but the forced ones (the largest actors,
// a focus) are drawn wherever they fall: the label layer therefore only collects the labels sigma
// asks for during a frame and, once the frame is drawn, places them itself (label-placement.ts):
// forced labels first, then by node size, each at the first of many positions around its node
// (right, left, above, below, diagonals, then further out with a leader line) that overlaps no
// label placed before it and no node's disc — every node drawn, labelled or not, when the host
// hands flush() its renderer as a DiscSource — and whose leader line crosses no label; the labels
// sigma's grid offers only try right and left of their node and are left out when neither is free.
// The hover card shows the whole name.
// No sigma import: the arguments are typed structurally.
import { breakLines } from './label-text';
import { placeLabels } from './label-placement';

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
  /** Drawn by sigma's hover layer as a card (drawHaloHover): a selected actor. */
  highlighted?: boolean;
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
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
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

/** The box of a label right of its node, centred on it (as sigma draws labels; the hover card). */
export function rightOf(node: { x: number; y: number; size: number }, b: Block): Rect {
  const height = (b.lines.length - 1) * b.lineHeight + b.size * 1.2;
  return { x: node.x + node.size + GAP, y: node.y - height / 2, width: b.width, height };
}

function drawBlock(
  ctx: Ctx,
  b: Block,
  box: Rect,
  fill: string,
  settings: LabelSettings,
  anchor: 'start' | 'middle' | 'end' = 'start',
  x = box.x,
  y = box.y + b.size * 0.9,
): void {
  const origin = { x, y };
  ctx.save();
  ctx.font = fontOf(settings);
  ctx.textAlign = anchor === 'start' ? 'left' : anchor === 'end' ? 'right' : 'center';
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
  drawBlock(ctx, b, rightOf(data, b), color(data, settings), settings);
}

/** sigma's defaultDrawNodeHover: the node and its whole name on a white card with a soft shadow. */
export function drawHaloHover(ctx: Ctx, data: LabelData, settings: LabelSettings): void {
  const text = data.fullLabel || data.label || '';
  const b = block(ctx, text, settings, HOVER_LINES);
  const box = rightOf(data, b);
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
export interface DrawnLabel {
  id: string;
  box: Rect;
  forced: boolean;
}

/** The nodes' discs as sigma draws them (the parts of sigma's API the label layer reads). */
export interface DiscSource {
  getGraph(): { forEachNode(callback: (key: string) => void): void };
  getNodeDisplayData(
    key: string,
  ): { x: number; y: number; size: number; hidden?: boolean } | undefined;
  framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
  scaleSize(size: number): number;
}

/** The discs of the drawn nodes that reach into the viewport, in viewport px. */
export function viewportDiscs(
  source: DiscSource,
  viewport: { width: number; height: number },
): { id: string; x: number; y: number; r: number }[] {
  const out: { id: string; x: number; y: number; r: number }[] = [];
  source.getGraph().forEachNode((id) => {
    const data = source.getNodeDisplayData(id);
    if (!data || data.hidden) return;
    const { x, y } = source.framedGraphToViewport(data);
    const r = source.scaleSize(data.size);
    if (x + r < 0 || y + r < 0 || x - r > viewport.width || y - r > viewport.height) return;
    out.push({ id, x, y, r });
  });
  return out;
}

export interface LabelLayer {
  /** sigma's defaultDrawNodeLabel: collects the label (drawn at the end of the frame). */
  collect(ctx: Ctx, data: LabelData, settings: LabelSettings): void;
  /** At the start of a frame (sigma's beforeRender): forget the last frame's labels. */
  begin(): void;
  /**
   * At the end of a frame (sigma's afterRender): place and draw the collected labels, around the
   * discs of every node `discs` draws (sigma itself); without it, only the labelled nodes' discs.
   */
  flush(ctx: Ctx, viewport: { width: number; height: number }, discs?: DiscSource): void;
  /** The labels drawn in the last frame, in drawing order. */
  placed(): DrawnLabel[];
}

const LEADER_COLOR = 'rgba(110, 110, 104, 0.8)';

export function createLabelLayer(): LabelLayer {
  let queue: { data: LabelData; settings: LabelSettings }[] = [];
  let drawn: DrawnLabel[] = [];
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
    flush(ctx, viewport, discs) {
      const items = queue;
      queue = [];
      drawn = [];
      if (items.length === 0) return;
      // A highlighted actor's name is on its hover card (sigma's hover layer, drawHaloHover),
      // right of it: here its card's box is placed first, so that the other labels keep off it,
      // and not drawn again (its label drawn elsewhere, too, read as a second name beside it).
      const card = (item: { data: LabelData }) => item.data.highlighted === true;
      // then forced labels, then the larger nodes; ties in sigma's order
      const order = items
        .map((item, i) => ({ ...item, i, forced: item.data.forceLabel === true || card(item) }))
        .sort(
          (a, b) =>
            Number(card(b)) - Number(card(a)) ||
            Number(b.forced) - Number(a.forced) ||
            b.data.size - a.data.size ||
            a.i - b.i,
        );
      const settings = order[0]!.settings;
      const size = settings.labelSize;
      const byId = new Map(order.map((o) => [o.data.key ?? String(o.i), o]));
      const blocksById = new Map(
        order.map((o) => [
          o.data.key ?? String(o.i),
          card(o)
            ? block(ctx, o.data.fullLabel || o.data.label!, o.settings, HOVER_LINES)
            : cachedBlock(ctx, o.data.label!, o.settings),
        ]),
      );
      const placed = placeLabels(
        order.map((o) => {
          const id = o.data.key ?? String(o.i);
          const b = blocksById.get(id)!;
          return {
            id,
            x: o.data.x,
            y: o.data.y,
            r: o.data.size,
            lines: b.lines,
            width: b.width,
            forced: o.forced,
            // labels sigma's grid offered: right or left of their node, or not at all
            nearOnly: !o.forced,
          };
        }),
        {
          fontSize: size,
          lineHeight: size * LINE_HEIGHT,
          gap: GAP,
          pad: BOX_MARGIN,
          bounds: { x0: 0, y0: 0, x1: viewport.width, y1: viewport.height },
          // every node's disc is an obstacle for the other labels (else the labelled ones')
          circles: discs
            ? viewportDiscs(discs, viewport)
            : order.map((o) => ({
                id: o.data.key ?? String(o.i),
                x: o.data.x,
                y: o.data.y,
                r: o.data.size,
              })),
        },
      );
      for (const p of placed) {
        const item = byId.get(p.id)!;
        const b = blocksById.get(p.id)!;
        const box = {
          x: p.box.x0,
          y: p.box.y0,
          width: p.box.x1 - p.box.x0,
          height: p.box.y1 - p.box.y0,
        };
        // (its card shows it)
        if (card(item)) {
          drawn.push({ id: p.id, box, forced: true });
          continue;
        }
        if (p.leader) {
          ctx.save();
          ctx.strokeStyle = LEADER_COLOR;
          ctx.lineWidth = 1;
          ctx.beginPath();
          ctx.moveTo(p.leader.from.x, p.leader.from.y);
          ctx.lineTo(p.leader.to.x, p.leader.to.y);
          ctx.stroke();
          ctx.restore();
        }
        drawBlock(ctx, b, box, color(item.data, item.settings), item.settings, p.anchor, p.x, p.y);
        drawn.push({ id: p.id, box, forced: item.forced });
      }
    },
    placed: () => drawn,
  };
}

// Canvas labels for the screen (registered in sigma-host.ts as sigma's node label and hover
// drawers): a halo of the background colour behind every label so that it stays legible over
// edges and other labels, and names wider than about ten characters broken onto two lines (at a
// space or "・" nearest the middle) instead of one long run. The hover variant puts the label on
// a white card next to the node. No sigma import: the arguments are typed structurally.

/** What sigma hands a label drawer (a subset of its NodeDisplayData). */
export interface LabelData {
  x: number;
  y: number;
  size: number;
  label: string | null;
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

type Ctx = Pick<
  CanvasRenderingContext2D,
  | 'font'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
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

/** One or two lines: broken at the space or "・" nearest the middle when too wide. */
export function labelLines(text: string, width: (s: string) => number, max: number): string[] {
  if (width(text) <= max) return [text];
  const chars = [...text];
  let best = -1;
  let bestScore = Infinity;
  chars.forEach((ch, i) => {
    if (i === 0 || i === chars.length - 1) return;
    if (ch !== ' ' && ch !== '・') return;
    const cut = ch === ' ' ? i : i + 1;
    const score = Math.abs(width(chars.slice(0, cut).join('')) - width(chars.slice(cut).join('')));
    if (score < bestScore) [best, bestScore] = [cut, score];
  });
  if (best < 0) return [text];
  return [chars.slice(0, best).join('').trimEnd(), chars.slice(best).join('').trimStart()];
}

function color(data: LabelData, settings: LabelSettings): string {
  const attr = settings.labelColor.attribute;
  const fromAttr = attr ? (data as unknown as Record<string, unknown>)[attr] : undefined;
  return typeof fromAttr === 'string' ? fromAttr : (settings.labelColor.color ?? '#000');
}

function layout(ctx: Ctx, data: LabelData, settings: LabelSettings) {
  const size = settings.labelSize;
  ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const lines = labelLines(data.label ?? '', (s) => ctx.measureText(s).width, WRAP_EM * size);
  const lineHeight = size * 1.15;
  const x = data.x + data.size + 3;
  // the lines centred on the node
  const y0 = data.y + size / 3 - ((lines.length - 1) * lineHeight) / 2;
  const width = Math.max(...lines.map((l) => ctx.measureText(l).width));
  return { size, lines, lineHeight, x, y0, width };
}

/** sigma's defaultDrawNodeLabel: the label right of the node, on a halo. */
export function drawHaloLabel(ctx: Ctx, data: LabelData, settings: LabelSettings): void {
  if (!data.label) return;
  const { size, lines, lineHeight, x, y0 } = layout(ctx, data, settings);
  ctx.save();
  ctx.lineJoin = 'round';
  ctx.lineWidth = Math.max(3, size * 0.3);
  ctx.strokeStyle = HALO_COLOR;
  ctx.fillStyle = color(data, settings);
  lines.forEach((line, i) => {
    ctx.strokeText(line, x, y0 + i * lineHeight);
    ctx.fillText(line, x, y0 + i * lineHeight);
  });
  ctx.restore();
}

/** sigma's defaultDrawNodeHover: the node and its label on a white card with a soft shadow. */
export function drawHaloHover(ctx: Ctx, data: LabelData, settings: LabelSettings): void {
  const { size, lines, lineHeight, x, y0, width } = layout(ctx, data, settings);
  const pad = 3;
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.shadowOffsetX = 0;
  ctx.shadowOffsetY = 1;
  ctx.shadowBlur = 8;
  ctx.shadowColor = 'rgba(0, 0, 0, 0.3)';
  ctx.beginPath();
  if (data.label) {
    const top = y0 - size * 0.95 - pad;
    const bottom = y0 + (lines.length - 1) * lineHeight + size * 0.3 + pad;
    ctx.roundRect(
      data.x - data.size - pad,
      top,
      x - data.x + data.size + width + 2 * pad,
      bottom - top,
      4,
    );
  }
  ctx.arc(data.x, data.y, data.size + pad, 0, Math.PI * 2);
  ctx.fill();
  ctx.restore();
  drawHaloLabel(ctx, data, settings);
}

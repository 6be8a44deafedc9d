// Scene → canvas 2D painter for PNG export in the browser: paints exactly what svg.ts writes
// (same Scene, same order), against a minimal 2D-context interface so that a recording fake
// context can test it in Node.
import type { Point, Scene, SceneText } from './scene';

/** The part of CanvasRenderingContext2D the painter uses. */
export interface Canvas2D {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  save(): void;
  restore(): void;
  scale(x: number, y: number): void;
  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  fill(): void;
  stroke(): void;
  clip(): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  strokeText(text: string, x: number, y: number): void;
}

/** The CSS font shorthand for a scene text. */
export function canvasFont(t: Pick<SceneText, 'size' | 'weight'>, family: string): string {
  return `${t.weight} ${t.size}px ${family}`;
}

function triangle(ctx: Canvas2D, [a, b, c]: [Point, Point, Point], color: string): void {
  ctx.beginPath();
  ctx.moveTo(a.x, a.y);
  ctx.lineTo(b.x, b.y);
  ctx.lineTo(c.x, c.y);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
}

function paintText(ctx: Canvas2D, t: SceneText, family: string): void {
  ctx.font = canvasFont(t, family);
  ctx.textAlign = t.anchor === 'middle' ? 'center' : t.anchor === 'end' ? 'right' : 'left';
  if (t.halo) {
    ctx.strokeStyle = t.halo;
    ctx.lineWidth = t.size * 0.25;
    ctx.lineJoin = 'round';
    ctx.strokeText(t.text, t.x, t.y);
  }
  ctx.fillStyle = t.color;
  ctx.fillText(t.text, t.x, t.y);
}

/** Paints the scene at 1 unit = 1 CSS px; the caller scales the context for the pixel ratio. */
export function paintScene(ctx: Canvas2D, scene: Scene, pixelRatio = 1): void {
  const family = scene.fontFamily;
  ctx.save();
  ctx.scale(pixelRatio, pixelRatio);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);

  ctx.save();
  const { area } = scene;
  ctx.beginPath();
  ctx.rect(area.x, area.y, area.width, area.height);
  ctx.clip();
  ctx.lineCap = 'round';
  for (const e of scene.edges) {
    ctx.beginPath();
    ctx.moveTo(e.from.x, e.from.y);
    if (e.control) ctx.quadraticCurveTo(e.control.x, e.control.y, e.to.x, e.to.y);
    else ctx.lineTo(e.to.x, e.to.y);
    ctx.strokeStyle = e.color;
    ctx.lineWidth = e.width;
    ctx.stroke();
    if (e.arrow) triangle(ctx, e.arrow, e.color);
  }
  for (const node of scene.nodes) {
    ctx.beginPath();
    ctx.arc(node.x, node.y, node.r, 0, Math.PI * 2);
    ctx.fillStyle = node.color;
    ctx.fill();
    if (node.ring) {
      ctx.beginPath();
      ctx.arc(node.x, node.y, node.r + 2.5 * scene.factor, 0, Math.PI * 2);
      ctx.strokeStyle = node.ring;
      ctx.lineWidth = 2 * scene.factor;
      ctx.stroke();
    }
  }
  for (const l of scene.leaders) {
    ctx.beginPath();
    ctx.moveTo(l.from.x, l.from.y);
    ctx.lineTo(l.to.x, l.to.y);
    ctx.strokeStyle = l.color;
    ctx.lineWidth = l.width;
    ctx.stroke();
  }
  for (const label of scene.labels) paintText(ctx, label, family);
  ctx.restore();

  if (scene.legend) {
    const { box, fill, stroke, swatches } = scene.legend;
    ctx.beginPath();
    ctx.rect(box.x, box.y, box.width, box.height);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.strokeStyle = stroke;
    ctx.lineWidth = 1;
    ctx.stroke();
    for (const s of swatches) {
      if (s.shape === 'circle') {
        ctx.beginPath();
        ctx.arc(s.x, s.y, s.r, 0, Math.PI * 2);
        ctx.fillStyle = s.color;
        ctx.fill();
      } else if (s.shape === 'line') {
        ctx.beginPath();
        ctx.moveTo(s.from.x, s.from.y);
        ctx.lineTo(s.to.x, s.to.y);
        ctx.strokeStyle = s.color;
        ctx.lineWidth = s.width;
        ctx.stroke();
      } else triangle(ctx, s.points, s.color);
    }
  }
  for (const t of scene.texts) paintText(ctx, t, family);
  ctx.restore();
}

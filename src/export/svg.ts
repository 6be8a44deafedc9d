// Scene → SVG text: real vector elements (<path> edges and arrowheads, <circle data-id> nodes,
// <text> labels and legend), every text and attribute value XML-escaped. The root carries
// data-nodes / data-edges (the counts drawn) for tests and scripts. Pure string building.
import { escapeAttr } from '../io/xml';
import type { Point, Scene, SceneText } from './scene';

/**
 * Escapes text for XML content and attribute values (the io layer's escaping, plus "'"):
 * characters XML 1.0 cannot carry become U+FFFD.
 */
export function escapeXml(value: string): string {
  return escapeAttr(value).replace(/'/g, '&apos;');
}

const n = (v: number) => String(Math.round(v * 100) / 100);
const pt = (p: Point) => `${n(p.x)} ${n(p.y)}`;

/** Splits a text into runs drawn with a named font family each (the CLI's resvg fonts). */
export type TextRuns = (text: string, weight: 400 | 700) => { text: string; family: string }[];

/** A text's outline as path data (text-as-outlines SVG, see outline.ts). */
export type TextOutlines = (t: SceneText) => string;

function textElement(t: SceneText, runs?: TextRuns, outlines?: TextOutlines): string {
  if (outlines) {
    // the glyphs as one path; the words stay readable for search and screen readers
    const attrs = [
      `class="${t.role} outlined"`,
      t.nodeId !== undefined ? `data-id="${escapeXml(t.nodeId)}"` : '',
      `role="img" aria-label="${escapeXml(t.text)}"`,
      `fill="${escapeXml(t.color)}"`,
      t.halo
        ? `stroke="${escapeXml(t.halo)}" stroke-width="${n(t.size * 0.25)}" stroke-linejoin="round" paint-order="stroke"`
        : '',
      `d="${outlines(t)}"`,
    ].filter(Boolean);
    return `<path ${attrs.join(' ')}><title>${escapeXml(t.text)}</title></path>`;
  }
  const attrs = [
    `x="${n(t.x)}"`,
    `y="${n(t.y)}"`,
    `font-size="${n(t.size)}"`,
    t.weight === 700 ? 'font-weight="700"' : '',
    t.anchor !== 'start' ? `text-anchor="${t.anchor}"` : '',
    `fill="${escapeXml(t.color)}"`,
    t.halo
      ? `stroke="${escapeXml(t.halo)}" stroke-width="${n(t.size * 0.25)}" stroke-linejoin="round" paint-order="stroke"`
      : '',
    t.nodeId !== undefined ? `data-id="${escapeXml(t.nodeId)}"` : '',
    `class="${t.role}"`,
  ].filter(Boolean);
  const content = runs
    ? runs(t.text, t.weight)
        .map((r) => `<tspan font-family="${escapeXml(r.family)}">${escapeXml(r.text)}</tspan>`)
        .join('')
    : escapeXml(t.text);
  return `<text ${attrs.join(' ')}>${content}</text>`;
}

export interface SvgOptions {
  /** Extra markup placed first inside <svg> (for example an embedded @font-face <style>). */
  defs?: string;
  /** Per-run font families for the text (for rasterisers without font fallback); default none. */
  runs?: TextRuns;
  /** Text drawn as glyph outlines instead of <text> (renders without any font installed). */
  outlines?: TextOutlines;
}

export function sceneToSvg(scene: Scene, options: SvgOptions = {}): string {
  const out: string[] = [];
  const { width, height, area } = scene;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${escapeXml(scene.fontFamily)}" data-nodes="${scene.nodes.length}" data-edges="${scene.edges.length}">`,
  );
  if (options.defs) out.push(options.defs);
  out.push(
    `<defs><clipPath id="alignmap-graph-area"><rect x="${n(area.x)}" y="${n(area.y)}" width="${n(area.width)}" height="${n(area.height)}"/></clipPath></defs>`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="${escapeXml(scene.background)}"/>`);
  out.push('<g clip-path="url(#alignmap-graph-area)">');
  out.push('<g class="edges" fill="none" stroke-linecap="round">');
  for (const e of scene.edges) {
    const d = e.control
      ? `M${pt(e.from)} Q${pt(e.control)} ${pt(e.to)}`
      : `M${pt(e.from)} L${pt(e.to)}`;
    const color = escapeXml(e.color);
    out.push(
      `<path data-id="${escapeXml(e.id)}" data-relation="${escapeXml(e.relation)}" data-source="${escapeXml(e.source)}" data-target="${escapeXml(e.target)}" d="${d}" stroke="${color}" stroke-width="${n(e.width)}"/>`,
    );
    if (e.arrow) {
      const [a, b, c] = e.arrow;
      out.push(`<path class="arrow" d="M${pt(a)} L${pt(b)} L${pt(c)} Z" fill="${color}"/>`);
    }
  }
  out.push('</g>');
  out.push('<g class="nodes">');
  for (const node of scene.nodes) {
    out.push(
      `<circle data-id="${escapeXml(node.id)}" data-kind="${escapeXml(node.kind)}" cx="${n(node.x)}" cy="${n(node.y)}" r="${n(node.r)}" fill="${escapeXml(node.color)}"/>`,
    );
    if (node.ring)
      out.push(
        `<circle class="ring" cx="${n(node.x)}" cy="${n(node.y)}" r="${n(node.r + 2.5 * scene.factor)}" fill="none" stroke="${escapeXml(node.ring)}" stroke-width="${n(2 * scene.factor)}"/>`,
      );
  }
  out.push('</g>');
  if (scene.leaders.length > 0) {
    out.push('<g class="leaders" fill="none">');
    for (const l of scene.leaders)
      out.push(
        `<path data-id="${escapeXml(l.nodeId)}" d="M${pt(l.from)} L${pt(l.to)}" stroke="${escapeXml(l.color)}" stroke-width="${n(l.width)}"/>`,
      );
    out.push('</g>');
  }
  out.push('<g class="labels">');
  for (const label of scene.labels) out.push(textElement(label, options.runs, options.outlines));
  out.push('</g>');
  out.push('</g>');
  if (scene.legend) {
    const { box, fill, stroke, swatches } = scene.legend;
    out.push('<g class="legend">');
    out.push(
      `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="4" fill="${escapeXml(fill)}" stroke="${escapeXml(stroke)}"/>`,
    );
    for (const s of swatches) {
      const color = escapeXml(s.color);
      if (s.shape === 'circle')
        out.push(`<circle cx="${n(s.x)}" cy="${n(s.y)}" r="${n(s.r)}" fill="${color}"/>`);
      else if (s.shape === 'line')
        out.push(
          `<path d="M${pt(s.from)} L${pt(s.to)}" stroke="${color}" stroke-width="${n(s.width)}"/>`,
        );
      else {
        const [a, b, c] = s.points;
        out.push(`<path d="M${pt(a)} L${pt(b)} L${pt(c)} Z" fill="${color}"/>`);
      }
    }
  }
  const legendTexts = scene.texts.filter((t) => t.role.startsWith('legend'));
  for (const t of legendTexts) out.push(textElement(t, options.runs, options.outlines));
  if (scene.legend) out.push('</g>');
  for (const t of scene.texts)
    if (!t.role.startsWith('legend')) out.push(textElement(t, options.runs, options.outlines));
  out.push('</svg>');
  return out.join('\n') + '\n';
}

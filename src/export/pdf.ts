// Scene → PDF with pdfkit: the same picture as svg.ts and canvas.ts (same Scene, same drawing
// order), as vector paths, with the Noto Sans JP subsets the text uses embedded (pdfkit subsets
// them again to the glyphs used), so that the file shows the same letters in any viewer and the
// text stays selectable and searchable. 1 CSS px of the scene = 1 pt of the page.
import PDFDocument from 'pdfkit';
import type { Point, Scene, SceneText } from './scene';

/** The fonts of the text: runs of one font each, and each font's TrueType/OpenType data. */
export interface PdfFonts {
  runs(text: string, weight: 400 | 700): { text: string; family: string }[];
  /** The font file (path in Node, bytes anywhere) of a family that runs() names. */
  data(family: string): string | Uint8Array;
}

export interface PdfMeta {
  title?: string;
  /** Fixed creation date (reproducible files); default now. */
  date?: Date;
}

type Doc = PDFKit.PDFDocument;

function triangle(doc: Doc, [a, b, c]: [Point, Point, Point], color: string): void {
  doc.polygon([a.x, a.y], [b.x, b.y], [c.x, c.y]).fill(color);
}

function drawText(doc: Doc, t: SceneText, fonts: PdfFonts, registered: Set<string>): void {
  const runs = fonts.runs(t.text, t.weight).filter((r) => r.text.length > 0);
  for (const r of runs)
    if (!registered.has(r.family)) {
      const data = fonts.data(r.family);
      doc.registerFont(r.family, data);
      registered.add(r.family);
    }
  const widths = runs.map((r) => doc.font(r.family).fontSize(t.size).widthOfString(r.text));
  const total = widths.reduce((a, b) => a + b, 0);
  const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - total : t.x - total / 2;
  const pass = (stroke: boolean) => {
    let x = x0;
    runs.forEach((r, i) => {
      doc.font(r.family).fontSize(t.size);
      const options = { lineBreak: false, baseline: 'alphabetic' as const };
      if (stroke)
        doc.text(r.text, x, t.y, {
          ...options,
          stroke: true,
          fill: false,
        } as PDFKit.Mixins.TextOptions);
      else doc.text(r.text, x, t.y, options as PDFKit.Mixins.TextOptions);
      x += widths[i]!;
    });
  };
  if (t.halo) {
    doc.save();
    doc
      .lineWidth(t.size * 0.25)
      .lineJoin('round')
      .strokeColor(t.halo);
    pass(true);
    doc.restore();
  }
  doc.fillColor(t.color);
  pass(false);
}

/** The PDF file of a scene. */
export function sceneToPdf(scene: Scene, fonts: PdfFonts, meta: PdfMeta = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: [scene.width, scene.height],
    margin: 0,
    autoFirstPage: true,
    compress: true,
    // no default font: pdfkit's browser build has no standard fonts (Helvetica) registered, and
    // every text names its own Noto Sans JP subset
    font: '',
    info: {
      ...(meta.title ? { Title: meta.title } : {}),
      Creator: 'Alignmap',
      Producer: 'Alignmap (pdfkit)',
      CreationDate: meta.date ?? new Date(),
    },
  });
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('end', () => {
      const size = chunks.reduce((a, c) => a + c.length, 0);
      const out = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
    doc.on('error', reject);
  });
  const registered = new Set<string>();
  doc.rect(0, 0, scene.width, scene.height).fill(scene.background);

  doc.save();
  const { area } = scene;
  doc.rect(area.x, area.y, area.width, area.height).clip();
  doc.lineCap('round');
  for (const e of scene.edges) {
    doc.moveTo(e.from.x, e.from.y);
    if (e.control) doc.quadraticCurveTo(e.control.x, e.control.y, e.to.x, e.to.y);
    else doc.lineTo(e.to.x, e.to.y);
    doc.lineWidth(e.width).stroke(e.color);
    if (e.arrow) triangle(doc, e.arrow, e.color);
  }
  for (const node of scene.nodes) {
    doc.circle(node.x, node.y, node.r).fill(node.color);
    if (node.ring)
      doc
        .circle(node.x, node.y, node.r + 2.5 * scene.factor)
        .lineWidth(2 * scene.factor)
        .stroke(node.ring);
  }
  for (const l of scene.leaders)
    doc.moveTo(l.from.x, l.from.y).lineTo(l.to.x, l.to.y).lineWidth(l.width).stroke(l.color);
  for (const label of scene.labels) drawText(doc, label, fonts, registered);
  doc.restore();

  if (scene.legend) {
    const { box, fill, stroke, swatches } = scene.legend;
    doc.rect(box.x, box.y, box.width, box.height).lineWidth(1).fillAndStroke(fill, stroke);
    for (const s of swatches) {
      if (s.shape === 'circle') doc.circle(s.x, s.y, s.r).fill(s.color);
      else if (s.shape === 'line')
        doc.moveTo(s.from.x, s.from.y).lineTo(s.to.x, s.to.y).lineWidth(s.width).stroke(s.color);
      else triangle(doc, s.points, s.color);
    }
  }
  for (const t of scene.texts) drawText(doc, t, fonts, registered);
  doc.end();
  return done;
}

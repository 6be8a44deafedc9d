// Text as outlines: a scene text turned into one SVG path from the glyph outlines of the bundled
// Noto Sans JP (read with fontkit, which shapes the run with the font's kerning), so that an SVG
// draws the same letters in any renderer, with or without Japanese fonts (librsvg, Inkscape,
// print pipelines). Pure apart from the fonts handed in: the caller gives, per text, the runs and
// the fontkit font of each run (Node: node-fonts.ts; browser: the page's font files).
import type { Font } from 'fontkit';
import type { SceneText } from './scene';

/** A run of text and the font that has all its glyphs. */
export interface FontRun {
  text: string;
  font: Font;
}

export type RunFonts = (text: string, weight: 400 | 700) => FontRun[];

/**
 * The runs of a text with their fontkit fonts, each family's font created once from its data (the
 * caller hands in fontkit's create, so that fontkit loads only where outlines are drawn).
 */
export function fontRuns(
  split: (text: string, weight: 400 | 700) => { text: string; family: string }[],
  data: (family: string) => Uint8Array,
  create: (data: Uint8Array) => Font,
): RunFonts {
  const loaded = new Map<string, Font>();
  const fontOf = (family: string): Font => {
    let font = loaded.get(family);
    if (!font) {
      font = create(data(family));
      loaded.set(family, font);
    }
    return font;
  };
  return (text, weight) =>
    split(text, weight).map((r) => ({ text: r.text, font: fontOf(r.family) }));
}

const n = (v: number) => String(Math.round(v * 100) / 100);

interface PathCommand {
  command: string;
  args: number[];
}

/** The text's outline as SVG path data in picture coordinates, and its advance width. */
export function outlinePath(t: SceneText, runs: RunFonts): { d: string; width: number } {
  const laid: { font: Font; glyphs: { commands: PathCommand[]; dx: number }[]; scale: number }[] =
    [];
  let width = 0;
  for (const run of runs(t.text, t.weight)) {
    const scale = t.size / run.font.unitsPerEm;
    const layout = run.font.layout(run.text);
    const glyphs: { commands: PathCommand[]; dx: number }[] = [];
    layout.glyphs.forEach((g, i) => {
      const pos = layout.positions[i]!;
      glyphs.push({
        commands: (g.path as unknown as { commands: PathCommand[] }).commands,
        dx: width + pos.xOffset * scale,
      });
      width += pos.xAdvance * scale;
    });
    laid.push({ font: run.font, glyphs, scale });
  }
  const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - width : t.x - width / 2;
  const parts: string[] = [];
  for (const { glyphs, scale } of laid)
    for (const g of glyphs)
      for (const c of g.commands) {
        const pts: string[] = [];
        for (let i = 0; i + 1 < c.args.length; i += 2)
          pts.push(`${n(x0 + g.dx + c.args[i]! * scale)} ${n(t.y - c.args[i + 1]! * scale)}`);
        const letter =
          c.command === 'moveTo'
            ? 'M'
            : c.command === 'lineTo'
              ? 'L'
              : c.command === 'quadraticCurveTo'
                ? 'Q'
                : c.command === 'bezierCurveTo'
                  ? 'C'
                  : 'Z';
        parts.push(letter === 'Z' ? 'Z' : `${letter}${pts.join(' ')}`);
      }
  return { d: parts.join(''), width };
}

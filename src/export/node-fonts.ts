// Node only (the CLI): the Noto Sans JP subsets that cover a text, converted from the bundled
// @fontsource WOFF files to TrueType files in a temporary folder, for resvg (which reads font
// files, not WOFF). Offline: everything comes from node_modules.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Font } from 'fontkit';
import type { RunFonts } from './outline';
import {
  cmapRanges,
  fontFaceRule,
  fontStyleElement,
  parseFontFaces,
  renameFamily,
  subsetsFor,
  woffToSfnt,
  type FontSubset,
} from './woff';

export const FONT_PACKAGE = '@fontsource/noto-sans-jp';
export const FONT_FAMILY_NAME = 'Noto Sans JP';
const faces = new Map<number, { dir: string; subsets: FontSubset[] }>();

function facesOf(weight: 400 | 700): { dir: string; subsets: FontSubset[] } {
  let entry = faces.get(weight);
  if (!entry) {
    let css: string;
    let cssPath: string;
    try {
      cssPath = createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/${weight}.css`);
      css = readFileSync(cssPath, 'utf8');
    } catch (e) {
      throw new Error(
        `fonts: ${FONT_PACKAGE}/${weight}.css not found (${(e as Error).message}); run npm install`,
        { cause: e },
      );
    }
    entry = { dir: dirname(cssPath), subsets: parseFontFaces(css) };
    if (entry.subsets.length === 0)
      throw new Error(`fonts: no WOFF @font-face with a unicode-range in ${cssPath}`);
    faces.set(weight, entry);
  }
  return entry;
}

/** A run of text drawn with one font file (its own family name, see prepareFonts). */
export interface TextRun {
  text: string;
  family: string;
}

export interface PreparedFonts {
  /** TrueType files covering the text (empty when the text is empty). */
  files: string[];
  /**
   * Splits a text into runs that one prepared font each covers completely. resvg's own fallback
   * between faces of one family is unreliable (whole words turn into boxes when the face it picks
   * first lacks a ligature), so every subset gets a family of its own and the SVG handed to resvg
   * names the family per run. A character Noto Sans JP lacks (ğ, accented Greek) is drawn as its
   * base letter when the font has that (g, ε); else it stays in the current run and shows as a box.
   */
  runs(text: string, weight: 400 | 700): TextRun[];
  /** Removes the temporary folder (idempotent). */
  cleanup(): void;
  /** The TrueType file of a family that runs() names. */
  fileOf(family: string): string | undefined;
}

/** Latin subsets first, so that Latin text is one run with its kerning and ligatures. */
function priority(subsets: readonly FontSubset[]): FontSubset[] {
  const rank = (s: FontSubset) =>
    /-latin-\d/.test(s.file) ? 0 : /-latin-ext-/.test(s.file) ? 1 : /-\d+-\d/.test(s.file) ? 3 : 2;
  return [...subsets].sort((a, b) => rank(a) - rank(b));
}

/**
 * Writes the subsets needed for `regular` (weight 400) and `bold` (weight 700) text as TTF files,
 * each renamed to a family of its own, to a new temporary folder. Call cleanup() when done.
 */
export function prepareFonts(regular: string, bold = ''): PreparedFonts {
  const dir = mkdtempSync(join(tmpdir(), 'alignmap-fonts-'));
  const files: string[] = [];
  const fileByFamily = new Map<string, string>();
  type Face = { family: string; ranges: [number, number][] };
  const families = new Map<400 | 700, Face[]>();
  let removed = false;
  const cleanup = () => {
    if (removed) return;
    removed = true;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const [weight, text] of [
      [400, regular],
      [700, bold],
    ] as const) {
      if (!text) continue;
      const { dir: cssDir, subsets } = facesOf(weight);
      const used: Face[] = [];
      // with the base letters of accented characters, in case the font lacks the accented form
      for (const subset of priority(subsetsFor(text + text.normalize('NFD'), subsets))) {
        const family = `NotoSansJP${weight}s${subsets.indexOf(subset)}`;
        const sfnt = woffToSfnt(readFileSync(join(cssDir, subset.file)));
        const path = join(dir, `${family}.ttf`);
        writeFileSync(path, renameFamily(sfnt, family, weight === 700 ? 'Bold' : 'Regular'));
        files.push(path);
        fileByFamily.set(family, path);
        used.push({ family, ranges: cmapRanges(sfnt) });
      }
      families.set(weight, used);
    }
  } catch (e) {
    cleanup();
    throw e;
  }
  const runs = (text: string, weight: 400 | 700): TextRun[] => {
    const used = families.get(weight) ?? [];
    const faceOf = (ch: string) => {
      const c = ch.codePointAt(0)!;
      return used.find(({ ranges }) => ranges.some(([lo, hi]) => c >= lo && c <= hi));
    };
    const result: TextRun[] = [];
    for (const original of text) {
      let ch = original;
      let face = faceOf(ch);
      if (!face) {
        const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
        const baseFace = base && [...base].length === 1 ? faceOf(base) : undefined;
        if (baseFace) [ch, face] = [base, baseFace];
      }
      const family = face?.family ?? result.at(-1)?.family ?? used[0]?.family ?? FONT_FAMILY_NAME;
      const last = result.at(-1);
      if (last && last.family === family) last.text += ch;
      else result.push({ text: ch, family });
    }
    // resvg drops or boxes a whole text when an f-ligature follows a run in another font (seen
    // with "日本 ff"): a zero-width non-joiner (in the Latin subset) keeps such letters apart.
    if (result.length > 1)
      for (const r of result) r.text = r.text.replace(/f(?=[fijlt])/g, 'f\u200c');
    return result;
  };
  return { files, runs, cleanup, fileOf: (family) => fileByFamily.get(family) };
}

/**
 * The runs of prepared fonts with their fontkit fonts, for text as outlines (outline.ts). fontkit
 * is loaded on first use only (the other exports do not need it).
 */
export async function runFonts(fonts: PreparedFonts): Promise<RunFonts> {
  const fontkit = await import('fontkit');
  const loaded = new Map<string, Font>();
  const fontOf = (family: string): Font => {
    let font = loaded.get(family);
    if (!font) {
      const file = fonts.fileOf(family);
      if (!file) throw new Error(`fonts: no prepared font file for the family "${family}"`);
      font = fontkit.create(readFileSync(file)) as Font;
      loaded.set(family, font);
    }
    return font;
  };
  return (text, weight) =>
    fonts.runs(text, weight).map((r) => ({ text: r.text, font: fontOf(r.family) }));
}

/**
 * An SVG <defs><style> whose @font-face rules embed (WOFF2 as base64 data) the Noto Sans JP subsets
 * that `regular` (400) and `bold` (700) text needs, so that the SVG file shows the same font
 * anywhere, offline. Browsers read it; resvg ignores it (the CLI's PNG has its own fonts). The
 * app builds the same markup from the page's fonts (browser-fonts.ts).
 */
export function embeddedFontStyle(regular: string, bold = ''): string {
  const rules: string[] = [];
  for (const [weight, text] of [
    [400, regular],
    [700, bold],
  ] as const) {
    if (!text) continue;
    const { dir, subsets } = facesOf(weight);
    for (const subset of subsetsFor(text, subsets)) {
      const woff2 = join(dir, subset.file.replace(/\.woff$/, '.woff2'));
      const [path, format] = existsSync(woff2)
        ? [woff2, 'woff2']
        : [join(dir, subset.file), 'woff'];
      rules.push(
        fontFaceRule({
          family: FONT_FAMILY_NAME,
          weight,
          format,
          base64: readFileSync(path).toString('base64'),
          unicodeRange: subset.unicodeRange,
        }),
      );
    }
  }
  return fontStyleElement(rules);
}

// Node only (the CLI): the Noto Sans JP subsets that cover a text, converted from the bundled
// @fontsource WOFF files to TrueType files in a temporary folder, for resvg (which reads font
// files, not WOFF). Offline: everything comes from node_modules.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Font } from 'fontkit';
import { fontRuns, type RunFonts } from './outline';
import {
  fontFaceRule,
  fontStyleElement,
  parseFontFaces,
  subsetsFor,
  type FontSubset,
} from './woff';
import {
  runFace,
  splitRuns,
  subsetFamily,
  subsetsForRuns,
  type RunFace,
  type TextRun,
} from './font-runs';

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

export interface PreparedFonts {
  /** TrueType files covering the text (empty when the text is empty). */
  files: string[];
  /**
   * Splits a text into runs that one prepared font each covers completely (font-runs.ts
   * splitRuns: every subset a family of its own, missing accented letters as their base letter).
   */
  runs(text: string, weight: 400 | 700): TextRun[];
  /** Removes the temporary folder (idempotent). */
  cleanup(): void;
  /** The TrueType file of a family that runs() names. */
  fileOf(family: string): string | undefined;
}

/**
 * Writes the subsets needed for `regular` (weight 400) and `bold` (weight 700) text as TTF files,
 * each renamed to a family of its own, to a new temporary folder. Call cleanup() when done.
 */
export function prepareFonts(regular: string, bold = ''): PreparedFonts {
  const dir = mkdtempSync(join(tmpdir(), 'alignmap-fonts-'));
  const files: string[] = [];
  const fileByFamily = new Map<string, string>();
  const families = new Map<400 | 700, RunFace[]>();
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
      const used: RunFace[] = [];
      for (const subset of subsetsForRuns(text, subsets)) {
        const family = subsetFamily(weight, subsets.indexOf(subset));
        const face = runFace(readFileSync(join(cssDir, subset.file)), family, weight);
        const path = join(dir, `${family}.ttf`);
        writeFileSync(path, face.sfnt);
        files.push(path);
        fileByFamily.set(family, path);
        used.push(face);
      }
      families.set(weight, used);
    }
  } catch (e) {
    cleanup();
    throw e;
  }
  const runs = (text: string, weight: 400 | 700): TextRun[] =>
    splitRuns(text, families.get(weight) ?? [], FONT_FAMILY_NAME);
  return { files, runs, cleanup, fileOf: (family) => fileByFamily.get(family) };
}

/**
 * The runs of prepared fonts with their fontkit fonts, for text as outlines (outline.ts). fontkit
 * is loaded on first use only (the other exports do not need it).
 */
export async function runFonts(fonts: PreparedFonts): Promise<RunFonts> {
  const fontkit = await import('fontkit');
  return fontRuns(
    fonts.runs,
    (family) => {
      const file = fonts.fileOf(family);
      if (!file) throw new Error(`fonts: no prepared font file for the family "${family}"`);
      return readFileSync(file);
    },
    (data) => fontkit.create(data as Buffer) as Font,
  );
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

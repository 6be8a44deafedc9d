// Pure: the Noto Sans JP subsets a picture's text needs as TrueType faces of their own family each
// (WOFF → sfnt, renamed), and the split of a text into runs that one such face covers. Shared by
// the CLI (node-fonts.ts: files from node_modules, for resvg, outlines and PDF) and the app
// (vector-fonts.ts: the page's own font files, for outlines and PDF), so both draw the same runs.
import { cmapRanges, renameFamily, woffToSfnt } from './sfnt';
import { subsetsFor, type Ranged } from './woff';

/** A run of text drawn with one font (its own family name, see subsetFamily). */
export interface TextRun {
  text: string;
  family: string;
}

/** A prepared face: its family, TrueType/OpenType data and the code points its cmap maps. */
export interface RunFace {
  family: string;
  weight: 400 | 700;
  sfnt: Uint8Array;
  ranges: [number, number][];
}

/** A subset's own family name: weight and the subset's index among the faces of that weight. */
export const subsetFamily = (weight: 400 | 700, index: number) => `NotoSansJP${weight}s${index}`;

/** Latin subsets first, so that Latin text is one run with its kerning and ligatures. */
function priority<T extends { file: string }>(subsets: readonly T[]): T[] {
  const rank = (s: T) =>
    /-latin-\d/.test(s.file) ? 0 : /-latin-ext-/.test(s.file) ? 1 : /-\d+-\d/.test(s.file) ? 3 : 2;
  return [...subsets].sort((a, b) => rank(a) - rank(b));
}

/**
 * The subsets (of one weight, in the given order) that cover a character of the text or of its
 * accents' base letters (in case the font lacks the accented form), Latin subsets first.
 */
export function subsetsForRuns<T extends Ranged & { file: string }>(
  text: string,
  subsets: readonly T[],
): T[] {
  return priority(subsetsFor(text + text.normalize('NFD'), subsets));
}

/** A subset's font file (WOFF 1.0, or already TrueType/OpenType) as a face of its own family. */
export function runFace(file: Uint8Array, family: string, weight: 400 | 700): RunFace {
  const isWoff = file[0] === 0x77 && file[1] === 0x4f && file[2] === 0x46 && file[3] === 0x46;
  const sfnt = isWoff ? woffToSfnt(file) : file;
  return {
    family,
    weight,
    sfnt: renameFamily(sfnt, family, weight === 700 ? 'Bold' : 'Regular'),
    ranges: cmapRanges(sfnt),
  };
}

/**
 * Splits a text into runs that one face (of the weight) each covers completely. Renderers'
 * fallback between faces of one family is unreliable (resvg turns whole words into boxes when the
 * face it picks first lacks a ligature), so every subset is a family of its own and each run names
 * its family. A character Noto Sans JP lacks (ğ, accented Greek) is drawn as its base letter when
 * the font has that (g, ε); else it stays in the current run and shows as a box.
 */
export function splitRuns(text: string, faces: readonly RunFace[], fallback: string): TextRun[] {
  const faceOf = (ch: string) => {
    const c = ch.codePointAt(0)!;
    return faces.find(({ ranges }) => ranges.some(([lo, hi]) => c >= lo && c <= hi));
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
    const family = face?.family ?? result.at(-1)?.family ?? faces[0]?.family ?? fallback;
    const last = result.at(-1);
    if (last && last.family === family) last.text += ch;
    else result.push({ text: ch, family });
  }
  // resvg drops or boxes a whole text when an f-ligature follows a run in another font (seen
  // with "日本 ff"): a zero-width non-joiner (in the Latin subset) keeps such letters apart.
  if (result.length > 1)
    for (const r of result) r.text = r.text.replace(/f(?=[fijlt])/g, 'f\u200c');
  return result;
}

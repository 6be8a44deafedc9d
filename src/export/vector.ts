// Browser: a picture as vector files that need no installed font — a PDF (pdf.ts with pdfkit's
// browser build) and an SVG whose text is glyph outlines (outline.ts with fontkit) — drawn with
// the page's own Noto Sans JP subsets (the WOFF files Vite emitted, fetched from the app's origin)
// prepared exactly as the CLI prepares its files (font-runs.ts). The export dialog loads this
// module with a dynamic import when such a file is asked for, and this module loads pdfkit and
// fontkit the same way, so none of them enters the app's first bundle.
import {
  EMBED_FAMILY,
  facesOfWeight,
  fetchFontFile,
  pageFaces,
  readFontFaceRules,
  type FontFaceRuleText,
  type WeightedText,
} from './browser-fonts';
import type { Font } from 'fontkit';
import { sceneTextByWeight } from './image';
import { runFace, splitRuns, subsetFamily, subsetsForRuns, type RunFace } from './font-runs';
import { fontRuns, outlinePath } from './outline';
import type { PdfFonts } from './pdf';
import type { Scene } from './scene';
import { sceneToSvg } from './svg';

/** The font files could not be read or loaded: the message says which and why. */
export class VectorFontError extends Error {
  constructor(readonly detail: string) {
    super(`vector export: the font ${EMBED_FAMILY} could not be loaded: ${detail}`);
  }
}

/**
 * The page's Noto Sans JP subsets the text needs, as TrueType faces of a family each (WOFF
 * preferred: woff.ts reads WOFF 1.0, not WOFF2), and the split of a text into runs of one face.
 * Throws a VectorFontError when the page has no such faces or a file cannot be fetched.
 */
export async function pageVectorFonts(
  text: WeightedText,
  rules: readonly FontFaceRuleText[] = readFontFaceRules(),
  load: (url: string) => Promise<Uint8Array> = fetchFontFile,
): Promise<PdfFonts> {
  const faces = pageFaces(rules, EMBED_FAMILY, ['woff', 'truetype', 'opentype']);
  if (faces.length === 0)
    throw new VectorFontError(
      `the page has no @font-face rules of "${EMBED_FAMILY}" with a WOFF or TrueType file`,
    );
  const byWeight = new Map<400 | 700, RunFace[]>();
  const data = new Map<string, Uint8Array>();
  for (const [weight, t] of [
    [400, text.regular],
    [700, text.bold],
  ] as const) {
    if (!t) continue;
    const ofWeight = facesOfWeight(faces, weight).map((face, index) => ({
      ...face,
      file: face.url,
      index,
    }));
    const prepared = await Promise.all(
      subsetsForRuns(t, ofWeight).map(async (face) => {
        let bytes: Uint8Array;
        try {
          bytes = await load(face.url);
        } catch (e) {
          // the fetch's own reason (fetchFontFile's message advises on SVG embedding)
          const cause = (e as Error).cause;
          const reason = cause instanceof Error ? cause.message : (e as Error).message;
          throw new VectorFontError(`${face.url}: ${reason}`);
        }
        try {
          return runFace(bytes, subsetFamily(weight, face.index), weight);
        } catch (e) {
          throw new VectorFontError(`${face.url}: ${(e as Error).message}`);
        }
      }),
    );
    for (const face of prepared) data.set(face.family, face.sfnt);
    byWeight.set(weight, prepared);
  }
  return {
    runs: (s, weight) => splitRuns(s, byWeight.get(weight) ?? [], EMBED_FAMILY),
    data: (family) => {
      const bytes = data.get(family);
      if (!bytes) throw new Error(`vector export: no prepared font for the family "${family}"`);
      return bytes;
    },
  };
}

/** The scene as a PDF file (vector, the Noto Sans JP subsets it uses embedded). */
export async function sceneToPdfBlob(
  scene: Scene,
  title?: string,
  fonts?: PdfFonts,
): Promise<Blob> {
  const ready = fonts ?? (await pageVectorFonts(sceneTextByWeight(scene)));
  const { sceneToPdf } = await import('./pdf');
  const bytes = await sceneToPdf(scene, ready, title ? { title } : {});
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}

/** The scene's SVG with every text as glyph outlines (text kept in <title> and aria-label). */
export async function sceneToOutlinedSvg(scene: Scene, fonts?: PdfFonts): Promise<string> {
  const ready = fonts ?? (await pageVectorFonts(sceneTextByWeight(scene)));
  const fontkit = await import('fontkit');
  const runs = fontRuns(
    ready.runs,
    (family) => {
      const d = ready.data(family);
      if (typeof d === 'string') throw new Error(`vector export: font "${family}" is a path`);
      return d;
    },
    (d) => fontkit.create(d as Buffer) as Font,
  );
  return sceneToSvg(scene, { outlines: (t) => outlinePath(t, runs).d });
}

// The app's "Embed font" for SVG pictures: the page's own @font-face rules of Noto Sans JP (the
// bundled @fontsource subsets as Vite emitted them), only the subsets whose unicode-range covers
// characters the picture draws, fetched (same origin) and written into the SVG as @font-face rules
// with base64 data: URLs (woff.ts writes the CSS, as for the CLI's --embed-font). The pure parts
// (src parsing, face selection, base64) come first; readFontFaceRules and embedPageFonts need a page.
import { fontFaceRule, fontStyleElement, parseUnicodeRange, subsetsFor } from './woff';

/** The family the pictures name first (scene.ts FONT_FAMILY) and the app bundles. */
export const EMBED_FAMILY = 'Noto Sans JP';

/** One @font-face rule as the CSSOM gives it (descriptor values as text). */
export interface FontFaceRuleText {
  family: string;
  weight: string;
  style: string;
  unicodeRange: string;
  src: string;
  /** What relative src URLs resolve against (the stylesheet's URL, else the document's). */
  baseUrl: string;
}

export type FontFormat = 'woff2' | 'woff' | 'truetype' | 'opentype';

/** A face of the page that can be embedded: one font file and the code points it is used for. */
export interface PageFace {
  /** Weights the rule applies to (one number, or a variable font's range). */
  weights: [number, number];
  url: string;
  format: FontFormat;
  /** The unicode-range value ("" = the whole font). */
  unicodeRange: string;
  ranges: [number, number][];
}

/** Texts of a picture by font weight (scene texts are 400 or 700). */
export interface WeightedText {
  regular: string;
  bold: string;
}

const FORMAT_ORDER: readonly FontFormat[] = ['woff2', 'woff', 'truetype', 'opentype'];

function formatOf(format: string | null, url: string): FontFormat | null {
  const f = format?.toLowerCase();
  if (f === 'woff2' || f === 'woff' || f === 'truetype' || f === 'opentype') return f;
  if (f) return null; // a format this module does not embed (svg, embedded-opentype, …)
  const ext = /\.(woff2|woff|ttf|otf)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return ext === 'ttf' ? 'truetype' : ext === 'otf' ? 'opentype' : ((ext as FontFormat) ?? null);
}

const unescapeCss = (s: string) => s.replace(/\\(.)/g, '$1');

/** The url() entries of a src descriptor with their format() hint (local() entries are left out). */
export function parseFontSrc(src: string): { url: string; format: string | null }[] {
  const out: { url: string; format: string | null }[] = [];
  const re =
    /url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)\s"']*))\s*\)\s*(?:format\(\s*["']?([\w-]+)["']?\s*\))?/gi;
  for (const m of src.matchAll(re)) {
    const url = unescapeCss(m[1] ?? m[2] ?? m[3] ?? '');
    if (url) out.push({ url, format: m[4] ?? null });
  }
  return out;
}

/** A font-weight descriptor as a range: "400", "bold", "100 900" (variable); null if unreadable. */
export function parseWeights(value: string): [number, number] | null {
  const parts = value
    .trim()
    .split(/\s+/)
    .map((p) => (p === 'normal' ? 400 : p === 'bold' ? 700 : p === '' ? 400 : Number(p)));
  if (parts.length > 2 || parts.some((p) => !Number.isFinite(p) || p < 1 || p > 1000)) return null;
  const lo = parts[0]!;
  const hi = parts[1] ?? lo;
  return lo <= hi ? [lo, hi] : [hi, lo];
}

const unquote = (family: string) =>
  unescapeCss(family.trim().replace(/^(["'])(.*)\1$/, '$2')).toLowerCase();

/**
 * The embeddable faces of `family` among the rules: upright style, a readable weight, and an
 * http(s) or same-document font file in woff2, woff, TrueType or OpenType (the first of these the
 * rule lists, in that order of preference, or in the order `formats` gives), its URL resolved against the rule's base URL.
 */
export function pageFaces(
  rules: readonly FontFaceRuleText[],
  family = EMBED_FAMILY,
  formats: readonly FontFormat[] = FORMAT_ORDER,
): PageFace[] {
  const faces: PageFace[] = [];
  const wanted = family.toLowerCase();
  for (const rule of rules) {
    if (unquote(rule.family) !== wanted) continue;
    const style = rule.style.trim().toLowerCase();
    if (style !== '' && style !== 'normal') continue;
    const weights = parseWeights(rule.weight);
    if (!weights) continue;
    const sources = parseFontSrc(rule.src)
      .map((s) => ({ url: s.url, format: formatOf(s.format, s.url) }))
      .filter(
        (s): s is { url: string; format: FontFormat } =>
          s.format !== null && formats.includes(s.format),
      )
      .sort((a, b) => formats.indexOf(a.format) - formats.indexOf(b.format));
    const best = sources[0];
    if (!best) continue;
    let url: string;
    try {
      url = new URL(best.url, rule.baseUrl).href;
    } catch {
      continue;
    }
    if (!/^(https?|blob|data):/i.test(url)) continue;
    const unicodeRange = rule.unicodeRange.trim();
    const ranges = unicodeRange
      ? parseUnicodeRange(unicodeRange)
      : [[0, 0x10ffff] as [number, number]];
    if (ranges.length === 0) continue;
    faces.push({ weights, url, format: best.format, unicodeRange, ranges });
  }
  return faces;
}

/** The faces drawing `weight`: those whose range holds it, else those of the nearest weight. */
export function facesOfWeight(faces: readonly PageFace[], weight: number): PageFace[] {
  const exact = faces.filter((f) => f.weights[0] <= weight && weight <= f.weights[1]);
  if (exact.length > 0 || faces.length === 0) return exact;
  const distance = (f: PageFace) =>
    Math.min(Math.abs(f.weights[0] - weight), Math.abs(f.weights[1] - weight));
  const nearest = Math.min(...faces.map(distance));
  return faces.filter((f) => distance(f) === nearest);
}

/** A face chosen for embedding, with the weight its rule will declare. */
export interface ChosenFace {
  weight: 400 | 700;
  face: PageFace;
}

/** The faces (per weight, in CSS order) whose unicode-range covers a character of the text. */
export function chooseFaces(faces: readonly PageFace[], text: WeightedText): ChosenFace[] {
  const chosen: ChosenFace[] = [];
  for (const [weight, t] of [
    [400, text.regular],
    [700, text.bold],
  ] as const) {
    if (!t) continue;
    for (const face of subsetsFor(t, facesOfWeight(faces, weight))) chosen.push({ weight, face });
  }
  return chosen;
}

/** The distinct characters of the text that no chosen face of that weight covers. */
export function uncoveredCharacters(chosen: readonly ChosenFace[], text: WeightedText): string[] {
  const missing = new Set<string>();
  for (const [weight, t] of [
    [400, text.regular],
    [700, text.bold],
  ] as const) {
    const ranges = chosen.filter((c) => c.weight === weight).flatMap((c) => c.face.ranges);
    for (const ch of t) {
      const c = ch.codePointAt(0)!;
      if (!ranges.some(([lo, hi]) => c >= lo && c <= hi)) missing.add(ch);
    }
  }
  return [...missing];
}

/** Base64 of bytes (chunked, so that large fonts do not overflow the argument list). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The SVG <defs><style> embedding the chosen faces, given each face file's bytes by URL. */
export function embeddedFontMarkup(
  chosen: readonly ChosenFace[],
  files: ReadonlyMap<string, Uint8Array>,
  family = EMBED_FAMILY,
): string {
  return fontStyleElement(
    chosen.map(({ weight, face }) => {
      const bytes = files.get(face.url);
      if (!bytes) throw new Error(`browser-fonts: no data for the font file ${face.url}`);
      return fontFaceRule({
        family,
        weight,
        format: face.format,
        base64: bytesToBase64(bytes),
        unicodeRange: face.unicodeRange,
      });
    }),
  );
}

// ---- browser ----------------------------------------------------------------------------------

/** Every @font-face rule of the document's readable stylesheets (also inside @media, @import). */
export function readFontFaceRules(doc: Document = document): FontFaceRuleText[] {
  const out: FontFaceRuleText[] = [];
  const visit = (rules: CSSRuleList, baseUrl: string, depth: number) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSFontFaceRule) {
        const d = rule.style;
        out.push({
          family: d.getPropertyValue('font-family'),
          weight: d.getPropertyValue('font-weight'),
          style: d.getPropertyValue('font-style'),
          unicodeRange: d.getPropertyValue('unicode-range'),
          src: d.getPropertyValue('src'),
          baseUrl,
        });
      } else if (depth < 8 && rule instanceof CSSImportRule && rule.styleSheet) {
        const sheet = rule.styleSheet;
        let inner: CSSRuleList | null = null;
        try {
          inner = sheet.cssRules;
        } catch {
          // another origin's stylesheet: its rules cannot be read
        }
        if (inner) visit(inner, sheet.href ?? baseUrl, depth + 1);
      } else if (depth < 8 && 'cssRules' in rule)
        visit((rule as CSSGroupingRule).cssRules, baseUrl, depth + 1);
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet
    }
    visit(rules, sheet.href ?? doc.baseURI, 0);
  }
  return out;
}

const fileCache = new Map<string, Promise<Uint8Array>>();

/** A font file's bytes (fetched once per page; a failed fetch is retried next time). */
export function fetchFontFile(url: string): Promise<Uint8Array> {
  let file = fileCache.get(url);
  if (!file) {
    file = fetch(url)
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      })
      .catch((e: unknown) => {
        fileCache.delete(url);
        throw new Error(
          `browser-fonts: could not load the font file ${url} (${(e as Error).message}); export without embedding the font, or reload the page`,
          { cause: e },
        );
      });
    fileCache.set(url, file);
  }
  return file;
}

export interface EmbeddedFonts {
  /** The <defs><style> to place inside the SVG ("" when the text is empty). */
  markup: string;
  /** Number of @font-face rules (font subsets) embedded. */
  faces: number;
  /** Characters of the text no embedded subset covers (shown with the viewer's fallback font). */
  uncovered: string[];
}

/**
 * The page's Noto Sans JP subsets covering the picture's text, fetched and embedded. Throws a
 * "browser-fonts: …" error when the page has no such @font-face rules or a file cannot be loaded.
 */
export async function embedPageFonts(
  text: WeightedText,
  rules: readonly FontFaceRuleText[] = readFontFaceRules(),
  load: (url: string) => Promise<Uint8Array> = fetchFontFile,
): Promise<EmbeddedFonts> {
  const faces = pageFaces(rules);
  if (faces.length === 0)
    throw new Error(
      `browser-fonts: the page has no @font-face rules of "${EMBED_FAMILY}" to embed; export without embedding the font`,
    );
  const chosen = chooseFaces(faces, text);
  const urls = [...new Set(chosen.map((c) => c.face.url))];
  const files = new Map(await Promise.all(urls.map(async (u) => [u, await load(u)] as const)));
  return {
    markup: embeddedFontMarkup(chosen, files),
    faces: chosen.length,
    uncovered: uncoveredCharacters(chosen, text),
  };
}

// The unicode ranges of @font-face subsets (which subsets a text needs) and the @font-face CSS
// that embeds a font as base64 data in an SVG (CLI and app share it). The binary side (WOFF →
// sfnt, renaming, cmap) is sfnt.ts.

/** One @font-face subset: its WOFF file name and the code point ranges it covers. */
export interface FontSubset {
  file: string;
  weight: number;
  ranges: [number, number][];
  /** The unicode-range value as written in the CSS. */
  unicodeRange: string;
}

/**
 * Reads the @font-face rules of a @fontsource CSS file (e.g. 400.css): the WOFF 1.0 url of each
 * subset and its unicode-range ("U+4E00-9FFF", "U+3001", "U+30??").
 */
export function parseFontFaces(css: string): FontSubset[] {
  const subsets: FontSubset[] = [];
  for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
    const woff = /url\(\s*['"]?([^'")]+\.woff)['"]?\s*\)\s*format\(\s*['"]woff['"]\s*\)/.exec(
      block,
    );
    const range = /unicode-range\s*:\s*([^;}]+)/.exec(block);
    if (!woff || !range) continue;
    const weight = Number(/font-weight\s*:\s*(\d+)/.exec(block)?.[1] ?? 400);
    const ranges = parseUnicodeRange(range[1]!);
    subsets.push({
      file: woff[1]!.replace(/^\.\//, ''),
      weight,
      ranges,
      unicodeRange: range[1]!.trim(),
    });
  }
  return subsets;
}

/**
 * The code point ranges of a CSS unicode-range value ("U+4E00-9FFF, U+3001, U+30??"); parts that
 * are not a range are skipped.
 */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((r) => parseRange(r.trim()))
    .filter((r): r is [number, number] => r !== null);
}

function parseRange(text: string): [number, number] | null {
  const m = /^U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(text);
  if (!m) return null;
  if (m[1]!.includes('?'))
    return [parseInt(m[1]!.replace(/\?/g, '0'), 16), parseInt(m[1]!.replace(/\?/g, 'f'), 16)];
  const lo = parseInt(m[1]!, 16);
  return [lo, m[2] ? parseInt(m[2], 16) : lo];
}

/** Anything with code point ranges: a FontSubset, a face of the page's CSS. */
export interface Ranged {
  ranges: readonly (readonly [number, number])[];
}

/** The subsets (in CSS order) needed to draw every character of `text`. */
export function subsetsFor<T extends Ranged>(text: string, subsets: readonly T[]): T[] {
  const codePoints = new Set<number>();
  for (const ch of text) codePoints.add(ch.codePointAt(0)!);
  return subsets.filter((s) =>
    [...codePoints].some((c) => s.ranges.some(([lo, hi]) => c >= lo && c <= hi)),
  );
}

/** What one embedded @font-face rule says: family, weight, the font file's format and bytes. */
export interface EmbeddedFace {
  family: string;
  weight: number;
  format: string;
  /** The font file, base64-encoded. */
  base64: string;
  /** The unicode-range value of the subset ("" = no unicode-range descriptor). */
  unicodeRange: string;
}

/** A CSS string literal in single quotes, also safe inside XML CDATA (no "<", ">" or "]]>"). */
export function cssString(value: string): string {
  return `'${value.replace(/[\\'"<>&\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}'`;
}

const FORMATS = new Set(['woff2', 'woff', 'truetype', 'opentype']);

/**
 * One @font-face rule embedding a font file as a data: URL. Throws a "woff: …" error for a format
 * other than woff2/woff/truetype/opentype, base64 that is not base64, or a unicode-range that is
 * not a list of U+ ranges (so nothing but the font can end up in the CSS).
 */
export function fontFaceRule(face: EmbeddedFace): string {
  if (!FORMATS.has(face.format))
    throw new Error(
      `woff: font format "${face.format}" is not one of woff2, woff, truetype, opentype`,
    );
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(face.base64))
    throw new Error('woff: the embedded font data is not base64');
  const range = face.unicodeRange.trim();
  if (
    range &&
    !/^U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?(\s*,\s*U\+[0-9A-Fa-f?]{1,6}(-[0-9A-Fa-f]{1,6})?)*$/.test(
      range,
    )
  )
    throw new Error(`woff: "${range.slice(0, 40)}" is not a unicode-range (U+XXXX, U+XXXX-YYYY)`);
  if (!Number.isInteger(face.weight) || face.weight < 1 || face.weight > 1000)
    throw new Error(`woff: font weight ${face.weight} is not a whole number from 1 to 1000`);
  const mime =
    face.format === 'truetype' ? 'ttf' : face.format === 'opentype' ? 'otf' : face.format;
  return (
    `@font-face{font-family:${cssString(face.family)};font-style:normal;font-weight:${face.weight};` +
    `src:url(data:font/${mime};base64,${face.base64}) format('${face.format}')` +
    (range ? `;unicode-range:${range}` : '') +
    '}'
  );
}

/** The SVG markup carrying @font-face rules: <defs><style> with CDATA; "" for no rules. */
export function fontStyleElement(rules: readonly string[]): string {
  if (rules.length === 0) return '';
  return `<defs><style type="text/css"><![CDATA[\n${rules.join('\n')}\n]]></style></defs>`;
}

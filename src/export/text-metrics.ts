// Text width estimates for laying out labels and legends without a font engine (pure, so the SVG,
// the canvas painter and the CLI lay text out identically). Calibrated on Noto Sans JP: CJK and
// full-width glyphs are 1 em wide, Latin letters about 0.55 em on average.

/** East Asian wide and full-width code points (CJK, kana, hangul, full-width forms, …). */
export function isWide(codePoint: number): boolean {
  const c = codePoint;
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    c === 0x2026 || // "…" is a full-width glyph in Noto Sans JP
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    c >= 0x20000
  );
}

const NARROW = new Set([...'iljtfrI.,:;\'"|!()[] -']);
const WIDE_LATIN = new Set([...'MWmw@%']);

/** Width in em of one character. */
function charEm(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (isWide(c)) return 1;
  if (NARROW.has(ch)) return 0.32;
  if (WIDE_LATIN.has(ch)) return 0.85;
  if (ch >= 'A' && ch <= 'Z') return 0.66;
  return 0.56;
}

/** Estimated advance width of `text` at `fontSize` px (bold text is about 5% wider). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.05 : 1);
}

/** Cuts `text` with an ellipsis so that its estimated width fits `maxWidth`. */
export function fitText(text: string, fontSize: number, maxWidth: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && estimateTextWidth(chars.join('') + '…', fontSize, bold) > maxWidth)
    chars.pop();
  return chars.join('') + '…';
}

/** Characters after which a name may break (Japanese middle dot, ideographic comma, hyphen). */
const BREAK_AFTER = new Set([...'・、-/']);
/** Characters before which a name may break (opening brackets). */
const BREAK_BEFORE = new Set([...'(（「[']);

/**
 * A name on one line, or on two balanced lines when it is wider than `maxWidth`: broken at a space,
 * after "・"/"、"/"-", before a bracket, or between two wide (CJK) characters; never cut. A name
 * without any break opportunity stays on one line.
 */
export function wrapLabel(
  text: string,
  fontSize: number,
  maxWidth: number,
  bold = false,
): string[] {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return [text];
  const chars = [...text];
  let best: string[] | null = null;
  let bestWidth = Infinity;
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1]!;
    const next = chars[i]!;
    const wide = isWide(prev.codePointAt(0)!) && isWide(next.codePointAt(0)!);
    const natural = prev === ' ' || next === ' ' || BREAK_AFTER.has(prev) || BREAK_BEFORE.has(next);
    if (!natural && !wide) continue;
    const a = chars.slice(0, i).join('').trimEnd();
    const b = chars.slice(i).join('').trimStart();
    if (!a || !b) continue;
    // a break at a space or a dot is worth two characters of imbalance over one inside a word
    const w =
      Math.max(estimateTextWidth(a, fontSize, bold), estimateTextWidth(b, fontSize, bold)) +
      (natural ? 0 : 2 * fontSize);
    if (w < bestWidth) {
      bestWidth = w;
      best = [a, b];
    }
  }
  return best ?? [text];
}

// Label text without a font engine (pure): width estimates calibrated on Noto Sans JP, and where a
// name may break onto another line in English and Japanese. Shared by the screen's label drawers
// (label-renderer.ts, with the canvas's own measureText), the style's short labels (style.ts) and
// the exported pictures (src/export/text-metrics.ts), so that a name breaks the same way everywhere.

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

/** Characters after which a name may break (Japanese middle dot, ideographic comma, hyphen). */
const BREAK_AFTER = new Set([...'・、/']);
/** Characters before which a name may break (opening brackets). */
const BREAK_BEFORE = new Set([...'(（「[']);
/** Japanese line-breaking rules (kinsoku): never at the start of a line… */
const NO_LINE_START = new Set([
  ...'ーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ、。・）」』】〕!?！？…,.)]',
]);
/** …nor at the end of one. */
const NO_LINE_END = new Set([...'（「『【〔([']);

export const ELLIPSIS = '…';

type Script = 'han' | 'kana' | 'hira' | 'latin' | 'other';
function scriptOf(ch: string): Script {
  const c = ch.codePointAt(0) ?? 0;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005) return 'han';
  if ((c >= 0x30a0 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) return 'kana';
  if (c >= 0x3040 && c <= 0x309f) return 'hira';
  if (/[A-Za-z0-9]/.test(ch)) return 'latin';
  return 'other';
}

/**
 * Where a line may break before `chars[i]`, and what it costs in em. 0: a natural break (a space,
 * after "・", before a bracket). 0.5: between Japanese words, i.e. where the script changes
 * (安全保障|イニシアティブ, ロシア|連邦), after the particle の or the suffix 的. 1.5: inside
 * hiragana. 2: before hiragana (a particle belongs to the word before it). 4: after a hyphen
 * (China-|Russia), inside a run of kanji (社会|主義; no dictionary tells its words apart). 5: inside
 * a katakana word (ウラジオスト|ク). 6: one kanji off a run (安全保|障). -2: just before an elision
 * "…" (the second line of an elided name starts there, see elideMiddle). null: no break, inside a
 * Latin word or against the kinsoku rules (no ー, small kana or closing bracket at a line start).
 */
export function breakCost(chars: readonly string[], i: number): number | null {
  const prev = chars[i - 1];
  const next = chars[i];
  if (prev === undefined || next === undefined) return null;
  if (next === ELLIPSIS && prev !== ELLIPSIS) return -2;
  if (prev === ' ' || next === ' ') return 0;
  if (NO_LINE_START.has(next) || NO_LINE_END.has(prev)) return null;
  if (prev === '-' || prev === '–') return 4;
  if (BREAK_AFTER.has(prev) || BREAK_BEFORE.has(next)) return 0;
  const wide = isWide(prev.codePointAt(0)!) && isWide(next.codePointAt(0)!);
  if (!wide) return null;
  const script = scriptOf(prev);
  const nextScript = scriptOf(next);
  if (prev === 'の' || prev === '的') return 0.5;
  if (nextScript === 'hira') return script === 'hira' ? 1.5 : 2;
  if (script !== nextScript) return 0.5;
  if (script === 'kana') return 5;
  if (script === 'han') {
    const run = (from: number, step: number) => {
      let n = 0;
      for (let j = from; chars[j] !== undefined && scriptOf(chars[j]!) === 'han'; j += step) n++;
      return n;
    };
    return run(i - 1, -1) >= 2 && run(i, 1) >= 2 ? 4 : 6;
  }
  return 1.5;
}

export interface BrokenText {
  lines: string[];
  /** The text drawn, on one line: the whole text, or its beginning up to a break and "…". */
  text: string;
  cut: boolean;
}

/**
 * A name on as few lines as fit `max` (a width in the unit of `width`), at most `maxLines`:
 * one line when it fits; two balanced lines when they do (with `slack`: a balanced pair a bit
 * wider than `max` reads better than three lines); else lines filled up to `max × slack`. A name
 * with more text than `maxLines` lines hold ends in "…" at a break; a name without any break
 * opportunity stays whole on one line. `em`: the font size in the unit of `width` (break costs).
 */
export function fitLines(
  text: string,
  width: (s: string) => number,
  max: number,
  { maxLines = 2, em = max / 10, slack = 1.35 } = {},
): BrokenText {
  const whole = { lines: [text], text, cut: false };
  if (width(text) <= max) return whole;
  const chars = [...text];
  const join = (from: number, to: number) => chars.slice(from, to).join('').trim();
  // two balanced lines: the break that minimises the wider line plus the break's cost
  let best = -1;
  let bestScore = Infinity;
  for (let i = 1; i < chars.length; i++) {
    const cost = breakCost(chars, i);
    if (cost === null || !join(0, i) || !join(i, chars.length)) continue;
    const score = Math.max(width(join(0, i)), width(join(i, chars.length))) + cost * em;
    if (score < bestScore) [best, bestScore] = [i, score];
  }
  if (best < 0) return whole;
  // a name that only breaks inside a word (国際連合安全保障理事会) stays on one line if it is not
  // much wider than `max`
  if (
    bestScore - Math.max(width(join(0, best)), width(join(best, chars.length))) >= 4 * em &&
    width(text) <= max * slack
  )
    return whole;
  const pair = [join(0, best), join(best, chars.length)];
  if (maxLines >= 2 && Math.max(...pair.map(width)) <= max * slack)
    return { lines: pair, text, cut: false };
  // filled lines: each as long as fits, broken at the cheapest opportunity near its end
  const limit = max * slack;
  const ranges: [number, number][] = [];
  let start = 0;
  while (start < chars.length && ranges.length < Math.max(1, maxLines)) {
    if (width(join(start, chars.length)) <= limit) {
      ranges.push([start, chars.length]);
      start = chars.length;
      break;
    }
    let cut = -1;
    let cutScore = Infinity;
    for (let i = start + 1; i < chars.length; i++) {
      const w = width(join(start, i));
      if (w > limit && cut >= 0) break;
      const cost = breakCost(chars, i);
      if (cost === null) continue;
      // the latest break, unless an earlier one is much cheaper (a word boundary)
      const score = (limit - w) / em + 3 * cost;
      if (score < cutScore || cut < 0) [cut, cutScore] = [i, score];
    }
    if (cut < 0) cut = chars.length; // no break left: the rest stays whole
    ranges.push([start, cut]);
    start = cut;
  }
  const cut = start < chars.length;
  if (cut) {
    // more text than lines: the last line ends in "…" at the latest word boundary that leaves
    // room for it (any break when there is none)
    const last = ranges[ranges.length - 1]!;
    let anyBreak = last[0] + 1;
    let wordBreak = -1;
    for (let to = last[0] + 1; to <= last[1]; to++) {
      const cost = to === last[1] ? 0 : breakCost(chars, to);
      if (cost === null || width(join(last[0], to) + ELLIPSIS) > limit) continue;
      anyBreak = to;
      if (cost <= 1.5) wordBreak = to;
    }
    last[1] = wordBreak > last[0] ? wordBreak : anyBreak;
  }
  const lines = ranges.map(([a, b]) => join(a, b));
  if (cut) lines[lines.length - 1] += ELLIPSIS;
  const drawn = cut
    ? chars
        .slice(0, ranges[ranges.length - 1]![1])
        .join('')
        .trimEnd() + ELLIPSIS
    : text;
  return { lines, text: drawn, cut };
}

/** The lines of `fitLines`. */
export function breakLines(
  text: string,
  width: (s: string) => number,
  max: number,
  options?: { maxLines?: number; em?: number; slack?: number },
): string[] {
  return fitLines(text, width, max, options).lines;
}

/**
 * A name too long for `maxLines`… lines, elided in the middle: its beginning on the first line
 * and its end on the second after "…", each cut at a word boundary, so that names that share
 * their beginning stay apart ("China-Russia Joint Statement on" / "… International Law (2025)").
 * Returns the text as one string (the elision written " … " in Latin text, "…" in Japanese) and
 * its two lines.
 */
export function elideMiddle(
  text: string,
  width: (s: string) => number,
  max: number,
  { slack = 1.35 } = {},
): { lines: string[]; text: string } {
  const chars = [...text];
  const limit = max * slack;
  const join = (from: number, to: number) => chars.slice(from, to).join('').trim();
  // the head and the tail cut where words meet (cost ≤ 0.5), else at hiragana (≤ 2), else anywhere
  const cut = (i: number, most: number) => {
    const cost = breakCost(chars, i);
    return cost !== null && cost <= most;
  };
  let head = 0;
  let tail = chars.length;
  for (const most of [0.5, 2, 6]) {
    for (let i = 1; i < chars.length; i++) if (cut(i, most) && width(join(0, i)) <= limit) head = i;
    if (head > 0) break;
  }
  for (const most of [0.5, 2, 6]) {
    for (let i = chars.length - 1; i > head; i--)
      if (cut(i, most) && width(`${ELLIPSIS} ${join(i, chars.length)}`) <= limit) tail = i;
    if (tail < chars.length) break;
  }
  if (head === 0 || tail >= chars.length) {
    // no word boundary in reach: the filled lines with "…" at the end
    const fitted = fitLines(text, width, max, { slack });
    return { lines: fitted.lines, text: fitted.text };
  }
  const latin = chars[head] === ' ' || chars[head - 1] === ' ' || chars[tail - 1] === ' ';
  const second = `${ELLIPSIS}${latin ? ' ' : ''}${join(tail, chars.length)}`;
  const first = join(0, head);
  return { lines: [first, second], text: `${first}${latin ? ' ' : ''}${second}` };
}

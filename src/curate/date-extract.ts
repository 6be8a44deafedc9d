// Finds the date a sentence speaks of, as a partial ISO date: 「2025年12月2日」「12月2日」「2025年4月末」
// 「2024年11月」「2025年」, "2 December 2025", "December 2, 2025", "Dec. 2", "December 2025". The earliest
// date in the sentence wins. Without a year, the article's year is used (the year before when the
// day would lie more than two months after the article). Returns undefined when the sentence has none.
import { isPartialDate } from '../model/dates';

export interface FoundDate {
  date: string;
  /** The words the date was read from ("12月2日"). */
  text: string;
  index: number;
}

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|Sept?\.?|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Oct\.?|Nov\.?|Dec\.?)`;

interface Pattern {
  re: RegExp;
  read(m: RegExpExecArray): { year?: number; month?: number; day?: number };
}

const PATTERNS: Pattern[] = [
  {
    re: /(\d{4})年(\d{1,2})月(\d{1,2})(?:[〜~～-]\d{1,2})?日/g,
    read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }),
  },
  { re: /(\d{4})年(\d{1,2})月/g, read: (m) => ({ year: +m[1]!, month: +m[2]! }) },
  {
    re: /(\d{1,2})月(\d{1,2})(?:[〜~～-]\d{1,2})?日/g,
    read: (m) => ({ month: +m[1]!, day: +m[2]! }),
  },
  { re: /(\d{4})年/g, read: (m) => ({ year: +m[1]! }) },
  {
    re: new RegExp(String.raw`\b(\d{1,2}) ${MONTH}(?:,? (\d{4}))?\b`, 'gi'),
    read: (m) => ({ day: +m[1]!, month: monthNumber(m[2]!), year: m[3] ? +m[3] : undefined }),
  },
  {
    re: new RegExp(String.raw`\b${MONTH} (\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?\b`, 'gi'),
    read: (m) => ({ month: monthNumber(m[1]!), day: +m[2]!, year: m[3] ? +m[3] : undefined }),
  },
  {
    re: new RegExp(String.raw`\b${MONTH} (\d{4})\b`, 'gi'),
    read: (m) => ({ month: monthNumber(m[1]!), year: +m[2]! }),
  },
  { re: /\b(?:in|since|by|until) (\d{4})\b/gi, read: (m) => ({ year: +m[1]! }) },
];

export function extractDate(sentence: string, articleDate?: string): FoundDate | undefined {
  const text = toHalfWidthDigits(sentence);
  let best: FoundDate | undefined;
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (
        best &&
        (m.index > best.index || (m.index === best.index && m[0].length <= best.text.length))
      )
        continue;
      const parts = read(m);
      const date = toIso(parts, articleDate);
      if (date)
        best = { date, text: sentence.slice(m.index, m.index + m[0].length), index: m.index };
    }
  }
  return best;
}

function toIso(
  parts: { year?: number; month?: number; day?: number },
  articleDate?: string,
): string | undefined {
  let year = parts.year;
  if (year === undefined) {
    const article = articleDate ? /^(\d{4})(?:-(\d{2}))?/.exec(articleDate) : null;
    if (!article) return undefined;
    year = +article[1]!;
    const articleMonth = article[2] ? +article[2] : undefined;
    if (articleMonth !== undefined && parts.month !== undefined && parts.month - articleMonth > 2)
      year -= 1;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  let date = String(year);
  if (parts.month !== undefined) date += `-${pad(parts.month)}`;
  if (parts.month !== undefined && parts.day !== undefined) date += `-${pad(parts.day)}`;
  return isPartialDate(date) ? date : undefined;
}

function monthNumber(word: string): number {
  const key = word.toLowerCase().slice(0, 3);
  return MONTHS.indexOf(key as (typeof MONTHS)[number]) + 1;
}

function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

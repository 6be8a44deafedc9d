// Partial ISO 8601 dates ("2025", "2025-05", "2025-05-08"): parsing, comparison and range bounds.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Parses a partial ISO date; returns null when the text is not one or names an impossible day. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day covered by a partial date, as "YYYY-MM-DD". */
export function lowerBound(text: string): string {
  const d = parsePartialDate(text);
  if (!d) throw new Error(`dates: expected a partial ISO date like 2025-05-08, got "${text}"`);
  return `${pad(d.year, 4)}-${pad(d.month ?? 1, 2)}-${pad(d.day ?? 1, 2)}`;
}

/** Last day covered by a partial date, as "YYYY-MM-DD". */
export function upperBound(text: string): string {
  const d = parsePartialDate(text);
  if (!d) throw new Error(`dates: expected a partial ISO date like 2025-05-08, got "${text}"`);
  const month = d.month ?? 12;
  const day = d.day ?? daysInMonth(d.year, month);
  return `${pad(d.year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// Day arithmetic for the time slider: the span it covers (the calendar year of the latest dated
// relation, where the news is, or every date) and the mapping between slider positions and
// "YYYY-MM-DD" days.
import type { AbstractGraph } from 'graphology-types';
import { addDays, type DateExtent } from '../../graph/time';
import { lowerBound, parsePartialDate, upperBound } from '../../model/dates';

export type SpanMode = 'recent' | 'all';

export interface Span {
  start: string;
  end: string;
  /** Number of slider steps (days) from start to end. */
  days: number;
  /** Play step: a month over the recent year, a year over all dates. */
  unit: 'month' | 'year';
}

const DAY_MS = 86_400_000;

function utc(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `a` to `b` ("YYYY-MM-DD"). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

/** The first day of the latest start date of any relation (null when none has one). */
export function latestStart(graph: AbstractGraph): string | null {
  let latest: string | null = null;
  graph.forEachEdge((_e, attrs) => {
    const start: unknown = attrs.start;
    if (typeof start !== 'string' || parsePartialDate(start) === null) return;
    const day = lowerBound(start);
    if (latest === null || day > latest) latest = day;
  });
  return latest;
}

/**
 * The slider's span: the calendar year of `latest` (the latest start date; 'recent'), or all the
 * data's dates ('all'); always within the extent. Future ends (a council seat until 2026) do not
 * pull the recent span away from the news.
 */
export function spanOf(
  extent: Pick<DateExtent, 'min' | 'max'>,
  mode: SpanMode,
  latest: string | null = null,
): Span {
  let start = extent.min;
  let end = extent.max;
  if (mode === 'recent') {
    const year = (latest ?? extent.max).slice(0, 4);
    if (`${year}-01-01` > start) start = `${year}-01-01`;
    if (`${year}-12-31` < end) end = `${year}-12-31`;
  }
  const days = Math.max(1, daysBetween(start, end));
  return { start, end, days, unit: mode === 'recent' ? 'month' : 'year' };
}

/** Name of the recent span for the span chooser: its year. */
export function recentYear(extent: Pick<DateExtent, 'max'>, latest: string | null): string {
  return (latest ?? extent.max).slice(0, 4);
}

/** Slider position of a partial date (its first or last day), clamped to the span. */
export function positionOf(span: Span, date: string | null, side: 'lower' | 'upper'): number {
  if (date === null || parsePartialDate(date) === null) return side === 'lower' ? 0 : span.days;
  const day = side === 'lower' ? lowerBound(date) : upperBound(date);
  return Math.min(span.days, Math.max(0, daysBetween(span.start, day)));
}

/** The day at a slider position. */
export function dayAt(span: Span, position: number): string {
  return addDays(span.start, Math.min(span.days, Math.max(0, Math.round(position))));
}

/** Does a partial date lie wholly outside the span (so that the span should widen to all dates)? */
export function outsideSpan(span: Span, date: string | null): boolean {
  if (date === null || parsePartialDate(date) === null) return false;
  return upperBound(date) < span.start || lowerBound(date) > span.end;
}

/** Days in a month (m 1..12). */
function monthDays(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * `day` moved by `months` calendar months; the day of the month is clamped (31 Jan + 1 month =
 * 28 Feb) and the last day of a month stays the last day (30 Apr + 1 month = 31 May).
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  const last = monthDays(ny, nm);
  const nd = d === monthDays(y, m) ? last : Math.min(d, last);
  return `${pad(ny, 4)}-${pad(nm)}-${pad(nd)}`;
}

/** The calendar month of a day, as a range of days. */
export function monthOf(day: string): { from: string; to: string } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return {
    from: `${pad(y, 4)}-${pad(m)}-01`,
    to: `${pad(y, 4)}-${pad(m)}-${pad(monthDays(y, m))}`,
  };
}

/** What the time bar shows while Play runs: a single date, or a range. */
export type PlayPosition = { at: string } | { from: string; to: string };

const stepMonths = (span: Span) => (span.unit === 'month' ? 1 : 12);

/**
 * The next position of Play, one step (a month over the recent year, a year over all dates) after
 * `current`; null at the end of the span. A single date moves by the step; a range moves both ends
 * by it (a calendar month stays a calendar month).
 */
export function playStep(span: Span, current: PlayPosition): PlayPosition | null {
  const months = stepMonths(span);
  if ('at' in current) {
    const at = addMonths(lowerBound(current.at), months);
    return at > span.end ? null : { at };
  }
  const from = addMonths(lowerBound(current.from), months);
  const to = addMonths(upperBound(current.to), months);
  return from > span.end ? null : { from, to: to > span.end ? span.end : to };
}

/**
 * One step's window from the month of `day` (a calendar month over the recent year, twelve months
 * over all dates), clamped to the span. In the 'started' time mode Play steps through such windows:
 * a single date would show only the relations begun on that very day.
 */
export function playWindow(span: Span, day: string): { from: string; to: string } {
  const first = monthOf(lowerBound(day)).from;
  const from = first < span.start ? span.start : first;
  const to = addDays(addMonths(first, stepMonths(span)), -1);
  return { from, to: to > span.end ? span.end : to };
}

/**
 * Where Play starts from `current`: there, or — when it already stands at the end of the span, where
 * a step could not advance — rewound to the start (a range keeps its width in days).
 */
export function playFrom(span: Span, current: PlayPosition): PlayPosition {
  if (playStep(span, current) !== null) return current;
  if ('at' in current) return { at: span.start };
  const width = daysBetween(lowerBound(current.from), upperBound(current.to));
  return { from: span.start, to: dayAt(span, width) };
}

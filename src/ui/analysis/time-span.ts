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
  /** Play step in days: a week over the recent year, a year over all dates. */
  step: number;
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
  return { start, end, days, step: mode === 'recent' ? 7 : 365 };
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

/**
 * Where Play starts: from the current date or range, or — when it already stands at the end of the
 * span, where a step could not advance — rewound to the start (a range keeps its width). Null:
 * start where it stands.
 */
export function playFrom(
  span: Span,
  mode: 'at' | 'range',
  at: string | null,
  from: string | null,
  to: string | null,
): { at: string } | { from: string; to: string } | null {
  if (mode === 'at') return positionOf(span, at, 'lower') >= span.days ? { at: span.start } : null;
  const lo = positionOf(span, from, 'lower');
  const hi = positionOf(span, to, 'upper');
  if (hi < span.days) return null;
  return { from: span.start, to: dayAt(span, hi - lo) };
}

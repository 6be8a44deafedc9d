// Time: which relations are active at a date or within a date range, for the time slider that every
// other analysis follows. Dates are partial ISO dates ("2025", "2025-05", "2025-05-08"); a partial
// date covers all its days (src/model/dates lowerBound/upperBound). The rule, per relation:
//  - no start and no end: undated structural fact, always active;
//  - start and end: active from the first day of start to the last day of end;
//  - end only: active up to the last day of end;
//  - start only, a lasting relation (alliance, membership, partnership, sanction, support, ...):
//    active from the first day of start onward;
//  - start only, an event: the relation types negotiation, proposal, criticism and pressure (a
//    call, a summit, a statement), and any relation whose status is `threatened` (a threat is
//    made on a day) or `ended` (it held at its start, we do not know how long): active for the
//    period its start covers ("2025-05" = all of May, "2025-05-08" = that day), stretched to at
//    least `eventDays` days (default 30) so that a day-precise event stays visible while a slider
//    moves over a year in weekly or monthly steps.
// A relation is active in a range when its active period overlaps the range. That is the 'active'
// time mode (what was in force). The 'started' mode asks what happened: a relation counts when its
// start date falls in the range (the whole period of a partial start date: "2025-12" falls in
// December, "2025" does not, since it may have begun in any month); relations without a start date
// (undated ones, and those known only by their end) are left out and counted. Malformed dates in
// the data (which the validator rejects) count as missing. Invalid slider input gets a typed
// failure, never an exception.
import type { AbstractGraph } from 'graphology-types';
import { lowerBound, parsePartialDate, upperBound } from '../model/dates';
import { edgeUsable, fail, type Result, type VisibleScope } from './analysis-result';
import { visitEdges, type EdgeVisitor } from './edge-pass';

/** Relation types that are events (CAMEO verbal/consultative acts) rather than lasting states. */
export const EVENT_RELATIONS: ReadonlySet<string> = new Set([
  'negotiation',
  'proposal',
  'criticism',
  'pressure',
]);
/** Statuses that make a start-only relation an event. */
export const EVENT_STATUSES: ReadonlySet<string> = new Set(['threatened', 'ended']);
export const DEFAULT_EVENT_DAYS = 30;

export interface TimeOptions {
  /** Minimum number of days an event stays active (default 30; 1 = only the days its date covers). */
  eventDays?: number;
}

/** 'active': relations in force in the range; 'started': relations whose start falls in it. */
export type TimeMode = 'active' | 'started';
export const TIME_MODES: readonly TimeMode[] = ['active', 'started'];

export interface TimeFilterOptions extends TimeOptions {
  /** Default 'active'. */
  mode?: TimeMode;
  /** Undated relations in 'active' mode: kept (default) or hidden. 'started' always hides them. */
  hideUndated?: boolean;
}

/** The part of an edge's attributes that time reads. */
export interface DatedAttributes {
  relation: string;
  status: string;
  start?: string;
  end?: string;
}

export type IntervalKind = 'undated' | 'bounded' | 'until' | 'lasting' | 'event';

/** Active period as inclusive "YYYY-MM-DD" days; null = open on that side. */
export interface ActiveInterval {
  kind: IntervalKind;
  from: string | null;
  to: string | null;
}

function bound(text: string | undefined, side: 'lower' | 'upper'): string | null {
  if (text === undefined || parsePartialDate(text) === null) return null;
  return side === 'lower' ? lowerBound(text) : upperBound(text);
}

/** Adds days to a "YYYY-MM-DD" day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

export function isEvent(attrs: DatedAttributes): boolean {
  return EVENT_RELATIONS.has(attrs.relation) || EVENT_STATUSES.has(attrs.status);
}

/** One shared interval for every undated relation (the time cache holds one per relation). */
const UNDATED: ActiveInterval = Object.freeze({ kind: 'undated', from: null, to: null });

/** The period during which a relation counts as active (see the module comment for the rule). */
export function activeInterval(attrs: DatedAttributes, options: TimeOptions = {}): ActiveInterval {
  const start = bound(attrs.start, 'lower');
  const end = bound(attrs.end, 'upper');
  if (start === null && end === null) return UNDATED;
  if (start !== null && end !== null) return { kind: 'bounded', from: start, to: end };
  if (start === null) return { kind: 'until', from: null, to: end };
  if (!isEvent(attrs)) return { kind: 'lasting', from: start, to: null };
  const eventDays = Math.max(1, Math.floor(options.eventDays ?? DEFAULT_EVENT_DAYS));
  const covered = upperBound(attrs.start as string);
  const stretched = addDays(start, eventDays - 1);
  return { kind: 'event', from: start, to: covered > stretched ? covered : stretched };
}

/**
 * What time reads of a relation, for its dates and event-ness; shared by every relation with the
 * same `start`, `end`, event-ness and eventDays.
 */
interface EdgeTimeInfo {
  start: unknown;
  end: unknown;
  event: boolean;
  eventDays: number | undefined;
  interval: ActiveInterval;
  /** First and last day the edge's own dates cover (null = undated). */
  lo: string | null;
  hi: string | null;
}

/**
 * The time info per attributes object, checked against the current values, so edits are seen.
 * Relations share their info (sharedInfos): an info of their own, with its interval and day
 * strings, cost ~270 bytes per dated relation (13 MB at 50,000), and a 50,000-relation import
 * without dates held 3 MB of entries that all said "undated" — those get UNDATED_INFO, uncached.
 */
const timeCache = new WeakMap<object, EdgeTimeInfo>();

/** One info per distinct dates / event-ness / eventDays; cleared when it grows past the limit. */
const sharedInfos = new Map<string, EdgeTimeInfo>();
const SHARED_INFO_LIMIT = 100_000;

/** The answer for every relation with neither a start nor an end: shared, never cached. */
const UNDATED_INFO: EdgeTimeInfo = Object.freeze({
  start: undefined,
  end: undefined,
  event: false,
  eventDays: undefined,
  interval: UNDATED,
  lo: null,
  hi: null,
});

/** For tests: the time cache's entry for these attributes (undefined when none). */
export function cachedTimeInfo(attrs: object): object | undefined {
  return timeCache.get(attrs);
}

function edgeTimeInfo(attrs: Record<string, unknown>, options: TimeOptions): EdgeTimeInfo {
  const { start, end } = attrs;
  if (typeof start !== 'string' && typeof end !== 'string') return UNDATED_INFO;
  const event = isEvent(attrs as unknown as DatedAttributes);
  const eventDays = options.eventDays;
  const hit = timeCache.get(attrs);
  if (
    hit &&
    hit.start === start &&
    hit.end === end &&
    hit.event === event &&
    hit.eventDays === eventDays
  )
    return hit;
  const key = `${typeof start}:${String(start)}|${typeof end}:${String(end)}|${event}|${eventDays}`;
  let info = sharedInfos.get(key);
  if (!info) {
    info = computeTimeInfo(attrs as unknown as DatedAttributes, event, options);
    if (sharedInfos.size >= SHARED_INFO_LIMIT) sharedInfos.clear();
    sharedInfos.set(key, info);
  }
  timeCache.set(attrs, info);
  return info;
}

function computeTimeInfo(
  attrs: DatedAttributes,
  event: boolean,
  options: TimeOptions,
): EdgeTimeInfo {
  let lo: string | null = null;
  let hi: string | null = null;
  for (const text of [attrs.start, attrs.end]) {
    if (typeof text !== 'string' || parsePartialDate(text) === null) continue;
    const l = lowerBound(text);
    const h = upperBound(text);
    if (lo === null || l < lo) lo = l;
    if (hi === null || h > hi) hi = h;
  }
  const interval = activeInterval(attrs, options);
  if (interval.kind === 'event' && interval.to !== null && (hi === null || interval.to > hi))
    hi = interval.to;
  return {
    start: attrs.start,
    end: attrs.end,
    event,
    eventDays: options.eventDays,
    interval,
    lo,
    hi,
  };
}

function overlaps(interval: ActiveInterval, from: string, to: string): boolean {
  return (
    (interval.from === null || interval.from <= to) && (interval.to === null || interval.to >= from)
  );
}

/** Active at some day of a partial date; false when `date` is not a partial ISO date. */
export function activeAt(attrs: DatedAttributes, date: string, options: TimeOptions = {}): boolean {
  return activeInRange(attrs, date, date, options);
}

/** Active on some day between the first day of `from` and the last day of `to`; false on bad dates. */
export function activeInRange(
  attrs: DatedAttributes,
  from: string,
  to: string,
  options: TimeOptions = {},
): boolean {
  const lo = bound(from, 'lower');
  const hi = bound(to, 'upper');
  if (lo === null || hi === null) return false;
  return overlaps(activeInterval(attrs, options), lo, hi);
}

export interface DateExtent {
  /** First day any (visible) relation's start or end covers. */
  min: string;
  /** Last day any (visible) relation's start or end covers, or an event stays active. */
  max: string;
  datedEdges: number;
  undatedEdges: number;
}

/** The span of the data's dates, for the slider's ends; a failure when no relation is dated. */
export function dateExtent(
  graph: AbstractGraph,
  options: TimeOptions & VisibleScope = {},
): Result<DateExtent> {
  return visitEdges(graph, dateExtentVisitor(options));
}

/** dateExtent as a visitor of the graph's relations (./edge-pass.ts). */
export function dateExtentVisitor(
  options: TimeOptions & VisibleScope = {},
): EdgeVisitor<Result<DateExtent>> {
  let min: string | null = null;
  let max: string | null = null;
  let datedEdges = 0;
  let undatedEdges = 0;
  return {
    edge(edge, attrs, source, target) {
      if (!edgeUsable(edge, source, target, options)) return;
      const { lo, hi } = edgeTimeInfo(attrs, options);
      if (lo === null || hi === null) {
        undatedEdges++;
        return;
      }
      datedEdges++;
      if (min === null || lo < min) min = lo;
      if (max === null || hi > max) max = hi;
    },
    done() {
      if (min === null || max === null)
        return fail({ module: 'time', code: 'no-dated-relations', params: {} });
      return { ok: true, min, max, datedEdges, undatedEdges };
    },
  };
}

export interface TimeFilterResult {
  mode: TimeMode;
  visibleEdges: Set<string>;
  /** Undated edges (kept, or left out when `undatedHidden`). */
  undated: number;
  /** Undated edges (and, in 'started' mode, edges without a start date) were left out. */
  undatedHidden: boolean;
  /** Dated edges shown: active in the range, or ('started') begun in it. */
  active: number;
  /** Dated edges outside the range ('started': begun outside it, or known only by their end). */
  inactive: number;
}

/**
 * The visible edges active within [from, to] (partial ISO dates; pass the same date twice for a
 * single day or month), or with mode 'started' those whose start falls in it. Fails on malformed
 * dates, a reversed range, or a range that lies wholly outside the data's dates (only undated
 * relations would remain: the panel says so instead).
 */
export function timeFilter(
  graph: AbstractGraph,
  from: string,
  to: string,
  options: TimeFilterOptions & VisibleScope = {},
): Result<TimeFilterResult> {
  const mode = options.mode ?? 'active';
  const keepUndated = mode === 'active' && !options.hideUndated;
  for (const text of [from, to])
    if (parsePartialDate(text) === null)
      return fail({ module: 'time', code: 'invalid-date', params: { value: text } });
  const lo = lowerBound(from);
  const hi = upperBound(to);
  if (lo > hi) return fail({ module: 'time', code: 'reversed-range', params: { from, to } });
  const visibleEdges = new Set<string>();
  let undated = 0;
  let active = 0;
  let inactive = 0;
  const span: { min: string | null; max: string | null } = { min: null, max: null };
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!edgeUsable(edge, source, target, options)) return;
    const info = edgeTimeInfo(attrs, options);
    if (info.lo !== null && info.hi !== null) {
      if (span.min === null || info.lo < span.min) span.min = info.lo;
      if (span.max === null || info.hi > span.max) span.max = info.hi;
    }
    if (info.interval.kind === 'undated') {
      undated++;
      if (keepUndated) visibleEdges.add(edge);
    } else if (mode === 'started' ? startsIn(info, lo, hi) : overlaps(info.interval, lo, hi)) {
      active++;
      visibleEdges.add(edge);
    } else inactive++;
  });
  const { min, max } = span;
  if (min !== null && max !== null && (hi < min || lo > max))
    return fail({ module: 'time', code: 'outside-data', params: { from, to, min, max } });
  return { ok: true, mode, visibleEdges, undated, undatedHidden: !keepUndated, active, inactive };
}

/** Does the whole period of the edge's start date lie within [lo, hi] (days)? */
function startsIn(info: EdgeTimeInfo, lo: string, hi: string): boolean {
  const start = info.start;
  if (typeof start !== 'string' || parsePartialDate(start) === null) return false;
  return lowerBound(start) >= lo && upperBound(start) <= hi;
}

// ---------------------------------------------------------------------------------------------
// Analyses at a date: blocs, balance and alignment describe the world as it stood on one day (by
// default the latest date in the data), so they leave out actors that did not exist then (node
// attributes `start`/`end`, partial ISO dates: the Soviet Union ended 1991-12-26) and relations
// that had not begun or had ended (an `end` before the day; status `ended` without an end date
// counts as ended once its own period, as activeInterval reads it, is over). Events that began
// before the day (a criticism, an act of pressure) stay: they are part of the record that shapes
// the picture. `includeHistory` keeps everything.

/** The part of an actor's attributes that time reads. */
export interface ActorDates {
  start?: unknown;
  end?: unknown;
  [other: string]: unknown;
}

/** True when the actor existed on `day` ("YYYY-MM-DD"); actors without dates always exist. */
export function actorExistsAt(attrs: ActorDates, day: string): boolean {
  const start = typeof attrs.start === 'string' ? bound(attrs.start, 'lower') : null;
  const end = typeof attrs.end === 'string' ? bound(attrs.end, 'upper') : null;
  return (start === null || start <= day) && (end === null || end >= day);
}

/** True when the relation had begun and not ended on `day` ("YYYY-MM-DD"); see above. */
export function relationInForceAt(attrs: DatedAttributes, day: string): boolean {
  const start = bound(attrs.start, 'lower');
  const end = bound(attrs.end, 'upper');
  if (start !== null && start > day) return false;
  if (end !== null) return end >= day;
  if (attrs.status !== 'ended') return true;
  const interval = activeInterval(attrs);
  return interval.kind !== 'undated' && overlaps(interval, day, day);
}

/** Statuses whose start date is when something happened (not a plan or an offer for later). */
const HAPPENED: ReadonlySet<string> = new Set(['active', 'ended', 'threatened']);

/**
 * The latest date in the data: the last day on which any relation that happened (active, ended,
 * threatened) started, an ended relation ended, or an actor started or ended, up to the graph's
 * `generated` date when it has one (a term that runs to 2026-12-31 is not a date of the data);
 * null when nothing is dated.
 */
export function latestDate(graph: AbstractGraph): string | null {
  return visitEdges(graph, latestDateVisitor(graph));
}

/** latestDate as a visitor of the graph's relations (./edge-pass.ts); done() reads the actors. */
export function latestDateVisitor(graph: AbstractGraph): EdgeVisitor<string | null> {
  const generated = graph.getAttribute('generated');
  const cap =
    typeof generated === 'string' && parsePartialDate(generated) !== null
      ? upperBound(generated)
      : null;
  let latest: string | null = null;
  const consider = (text: unknown) => {
    if (typeof text !== 'string' || parsePartialDate(text) === null) return;
    const day = upperBound(text);
    if (cap !== null && day > cap) return;
    if (latest === null || day > latest) latest = day;
  };
  return {
    edge(_edge, attrs) {
      if (!HAPPENED.has(String(attrs.status))) return;
      consider(attrs.start);
      if (attrs.status === 'ended') consider(attrs.end);
    },
    done() {
      graph.forEachNode((_node, attrs) => {
        consider(attrs.start);
        consider(attrs.end);
      });
      return latest;
    },
  };
}

export interface AnalysisScopeOptions {
  /** The day of the analysis ("YYYY-MM-DD" or a partial date: its last day); default latestDate. */
  date?: string | null;
  /** Keep actors and relations of the past (no date restriction). */
  includeHistory?: boolean;
}

export interface AnalysisScope {
  visibleNodes: Set<string>;
  visibleEdges: Set<string>;
  /** The day the analysis describes (null: history included, or nothing dated). */
  date: string | null;
  /** Visible actors left out because they did not exist on the day, sorted. */
  absentActors: string[];
  /** Visible relations left out because they had not begun or had ended on the day. */
  outOfForce: number;
}

/**
 * What an analysis at a date works on: the visible actors that existed on the day and the visible
 * relations in force then between two of them. A bad date is a typed failure.
 */
export function analysisScope(
  graph: AbstractGraph,
  scope: VisibleScope = {},
  options: AnalysisScopeOptions = {},
): Result<AnalysisScope> {
  let day: string | null = null;
  if (!options.includeHistory) {
    if (options.date !== undefined && options.date !== null) {
      if (parsePartialDate(options.date) === null)
        return fail({ module: 'time', code: 'invalid-date', params: { value: options.date } });
      day = upperBound(options.date);
    } else day = latestDate(graph);
  }
  const visibleNodes = new Set<string>();
  const absentActors: string[] = [];
  graph.forEachNode((node, attrs) => {
    if (scope.visibleNodes !== undefined && !scope.visibleNodes.has(node)) return;
    if (day === null || actorExistsAt(attrs, day)) visibleNodes.add(node);
    else absentActors.push(node);
  });
  const visibleEdges = new Set<string>();
  let outOfForce = 0;
  graph.forEachEdge((edge, attrs, source, target) => {
    if (scope.visibleEdges !== undefined && !scope.visibleEdges.has(edge)) return;
    if (!visibleNodes.has(source) || !visibleNodes.has(target)) return;
    if (day === null || relationInForceAt(attrs as unknown as DatedAttributes, day))
      visibleEdges.add(edge);
    else outOfForce++;
  });
  absentActors.sort();
  return { ok: true, visibleNodes, visibleEdges, date: day, absentActors, outOfForce };
}

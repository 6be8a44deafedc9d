// Dataset-fidelity rules of the validator that go beyond the schema: dates from outside the articles
// need a reference source, actors' lifetimes, one quote backing one fact per pair, `confirmed` claims
// resting only on unverified seeds, and notes in both languages.
import { lowerBound, parsePartialDate, upperBound } from './dates';
import type { FieldPath, LocatedItem } from './documents';
import type { Problem } from './problems';
import type { Actor, Relation, Source } from './schema';

interface Entry<T> {
  item: LocatedItem;
  value: T;
}

export type Report = (
  item: LocatedItem,
  path: FieldPath,
  message: string,
  severity?: Problem['severity'],
) => void;

export interface FidelityInput {
  sources: ReadonlyMap<string, Entry<Source>>;
  actors: ReadonlyMap<string, Entry<Actor>>;
  relations: readonly Entry<Relation>[];
  /** Texts of the seeds and articles at hand, by source id (dates are checked against them). */
  texts: ReadonlyMap<string, string>;
  /** Warn about notes without Japanese text (the bundled dataset; not imported files). */
  bilingualNotes?: boolean;
  normalize: (text: string) => string;
}

function referenceCheck(sources: FidelityInput['sources']) {
  return (id: string | undefined) =>
    id !== undefined && sources.get(id)?.value.kind === 'reference';
}

/** Actors: a lifetime needs a reference source and must be in order. */
export function checkActorDates(input: FidelityInput, report: Report): void {
  const isReference = referenceCheck(input.sources);
  for (const { item, value: actor } of input.actors.values()) {
    const label = `actor "${actor.id}"`;
    if ((actor.start || actor.end) && !actor.dateSource) {
      report(
        item,
        [actor.start ? 'start' : 'end'],
        `${label}: start/end need a reference source: add dateSource naming a reference in sources.yaml`,
      );
    }
    if (actor.dateSource && !isReference(actor.dateSource)) {
      report(
        item,
        ['dateSource'],
        `${label}: dateSource "${actor.dateSource}" is not a reference source in sources.yaml`,
      );
    }
    if (actor.start && actor.end && lowerBound(actor.start) > upperBound(actor.end)) {
      report(item, ['end'], `${label}: end "${actor.end}" is before start "${actor.start}"`);
    }
  }
}

/** Relations: outside dates, lifetimes of their ends, one quote one fact, unverified seeds, notes. */
export function checkRelationFidelity(input: FidelityInput, report: Report): void {
  const { sources, actors, relations } = input;
  const isReference = referenceCheck(sources);

  const seenQuotes = new Map<string, { rel: Relation; item: LocatedItem; shared: boolean }>();
  for (const { item, value: rel } of relations) {
    const label = `relation "${rel.id}"`;

    // Dates: stated in a quoted paragraph, or backed by a reference source.
    if (rel.dateSource !== undefined && !isReference(rel.dateSource)) {
      report(
        item,
        ['dateSource'],
        `${label}: dateSource "${rel.dateSource}" is not a reference source in sources.yaml`,
      );
    }
    const hasReference =
      rel.dateSource !== undefined || rel.evidence.some((e) => isReference(e.source));
    // Only judged when at least one quote is found in its text (a quote not found is reported already).
    const readable = rel.evidence.some((ev) => {
      const text = input.texts.get(ev.source);
      return !!text && !!ev.quote && paragraphOf(text, ev.quote, input.normalize) !== undefined;
    });
    if (!hasReference && readable) {
      for (const field of ['start', 'end'] as const) {
        const date = rel[field];
        if (!date) continue;
        const stated = rel.evidence.some((ev) => {
          const text = input.texts.get(ev.source);
          const source = sources.get(ev.source)?.value;
          if (!text || !ev.quote || !source) return false;
          const paragraph = paragraphOf(text, ev.quote, input.normalize);
          return paragraph !== undefined && dateStated(date, paragraph, source.date);
        });
        if (!stated) {
          report(
            item,
            [field],
            `${label}: ${field} "${date}" is not stated in the paragraph of any of its quotes; name a reference source in dateSource (sources.yaml) or drop the date`,
          );
        }
      }
    }

    (rel.participants ?? []).forEach((id, i) => {
      if (!actors.has(id))
        report(item, ['participants', i], `${label}: participant "${id}" is not a known actor id`);
    });

    // Relations of ended (or not yet existing) actors.
    for (const end of ['source', 'target'] as const) {
      const actor = actors.get(rel[end])?.value;
      if (!actor) continue;
      if (actor.end && rel.start && lowerBound(rel.start) > upperBound(actor.end)) {
        report(
          item,
          ['start'],
          `${label}: starts "${rel.start}" after ${end} "${actor.id}" ended ("${actor.end}")`,
        );
      }
      if (actor.start && rel.end && upperBound(rel.end) < lowerBound(actor.start)) {
        report(
          item,
          ['end'],
          `${label}: ends "${rel.end}" before ${end} "${actor.id}" began ("${actor.start}")`,
        );
      }
    }

    // One quote, one fact per pair.
    const pair = [rel.source, rel.target].sort().join('|');
    rel.evidence.forEach((ev, i) => {
      if (!ev.quote) return;
      const key = `${pair}|${ev.source}|${input.normalize(ev.quote)}`;
      const first = seenQuotes.get(key);
      if (!first) {
        seenQuotes.set(key, { rel, item, shared: ev.sharedReason !== undefined });
        return;
      }
      if (first.rel.id === rel.id) return;
      const where =
        first.item.lineOf() > 0 ? `${first.item.file}:${first.item.lineOf()}` : first.item.pathOf();
      if (first.rel.type === rel.type) {
        report(
          item,
          ['evidence', i, 'quote'],
          `${label}: the same quote already backs ${first.rel.type} relation "${first.rel.id}" of the same actors (${where}); one fact is one relation: merge them`,
        );
      } else if (!first.shared && ev.sharedReason === undefined) {
        report(
          item,
          ['evidence', i, 'quote'],
          `${label}: the same quote already backs relation "${first.rel.id}" (${first.rel.type}) of the same actors (${where}); merge them, or give sharedReason saying why both types hold`,
        );
      }
    });

    // Confirmed from unverified seeds only: needs an attributed, dated statement.
    if (rel.certainty === 'confirmed') {
      const evSources = rel.evidence.map((ev) => sources.get(ev.source)?.value);
      const allUnverified =
        evSources.length > 0 &&
        evSources.every(
          (s) => (s?.kind === 'seed' || s?.kind === 'article') && s.unverified === true,
        );
      if (allUnverified && !rel.evidence.some((ev) => ev.statement)) {
        const ids = [...new Set(rel.evidence.map((ev) => ev.source))].join(', ');
        report(
          item,
          ['certainty'],
          `${label}: confirmed, but its only sources (${ids}) are unverified seeds; mark it reported, or give its evidence an attributed, dated statement (statement: { by: <actor id>, date: <date> })`,
        );
      }
    }
    rel.evidence.forEach((ev, i) => {
      if (ev.statement && !actors.has(ev.statement.by)) {
        report(
          item,
          ['evidence', i, 'statement', 'by'],
          `${label}: statement.by "${ev.statement.by}" is not a known actor id`,
        );
      }
    });

    if (input.bilingualNotes && typeof rel.note === 'string') {
      report(
        item,
        ['note'],
        `${label}: note has no Japanese text; write note: { en: ..., ja: ... }`,
        'warning',
      );
    }
  }
  if (input.bilingualNotes) {
    for (const { item, value } of sources.values()) {
      if (typeof value.note === 'string') {
        report(
          item,
          ['note'],
          `source "${value.id}": note has no Japanese text; write note: { en: ..., ja: ... }`,
          'warning',
        );
      }
    }
  }
}

const linesCache = new WeakMap<
  (t: string) => string,
  Map<string, { raw: string; norm: string }[]>
>();

/** The paragraph (line) of `text` that holds `quote`; the whole text when the quote spans lines. */
export function paragraphOf(
  text: string,
  quote: string,
  normalize: (t: string) => string,
): string | undefined {
  let byText = linesCache.get(normalize);
  if (!byText) linesCache.set(normalize, (byText = new Map()));
  let lines = byText.get(text);
  if (!lines) {
    lines = text.split(/\n/).map((raw) => ({ raw, norm: normalize(raw) }));
    lines.push({ raw: text, norm: normalize(text) });
    byText.set(text, lines);
  }
  const q = normalize(quote);
  return lines.find((l) => l.norm.includes(q))?.raw;
}

/**
 * Whether a Japanese paragraph states a partial ISO date: 「2025年12月2日」, 「12月2日」 or 「2日」 (when
 * the source is of that year / month), 「2025年3月」 or 「3月」 (same year), 「2025年」, 「(1944)」 or 「今年」.
 */
export function dateStated(date: string, paragraph: string, sourceDate: string): boolean {
  const d = parsePartialDate(date);
  const src = parsePartialDate(sourceDate);
  if (!d) return false;
  // A statement made in the source itself (a broadcast, an interview) carries the source's date.
  if (src?.day !== undefined && date === sourceDate) return true;
  const text = paragraph.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const num = (n: number) => `(?<![0-9])0?${n}`;
  const yearGiven = new RegExp(`(?<![0-9])${d.year}(?![0-9])`).test(text);
  const sameYear = yearGiven || src?.year === d.year;
  if (d.month === undefined) return yearGiven || (src?.year === d.year && /今年|本年/.test(text));
  if (!sameYear) return false;
  if (d.day === undefined) return new RegExp(`${num(d.month)}月`).test(text);
  if (new RegExp(`${num(d.month)}月${num(d.day)}(?:日|[~〜～–-])`).test(text)) return true;
  // the end of a range 「10月24~26日」
  if (new RegExp(`${num(d.month)}月[0-9]+[~〜～–-]${num(d.day)}日`).test(text)) return true;
  return src?.month === d.month && new RegExp(`(?<![0-9月])${num(d.day)}日`).test(text);
}

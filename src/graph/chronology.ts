// The chronology: the visible dated relations in the order they happened, for the time bar's list
// (what began in December, what was in force then). Order: first day of the start date (or of the
// end date for a relation known only by its end), then the last day it covers (a day before its
// month, a month before its year), then the relation id. Undated relations have no place in it.
import type { AbstractGraph } from 'graphology-types';
import { lowerBound, parsePartialDate, upperBound } from '../model/dates';

export interface ChronologyEntry {
  edge: string;
  /** First and last day the relation's start (else its end) covers. */
  from: string;
  to: string;
}

function dated(text: unknown): text is string {
  return typeof text === 'string' && parsePartialDate(text) !== null;
}

/** The dated relations among `edges`, oldest first. */
export function chronology(graph: AbstractGraph, edges: Iterable<string>): ChronologyEntry[] {
  const entries: ChronologyEntry[] = [];
  for (const edge of edges) {
    if (!graph.hasEdge(edge)) continue;
    const attrs = graph.getEdgeAttributes(edge);
    const date: unknown = dated(attrs.start) ? attrs.start : attrs.end;
    if (!dated(date)) continue;
    entries.push({ edge, from: lowerBound(date), to: upperBound(date) });
  }
  return entries.sort(
    (a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.edge, b.edge),
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

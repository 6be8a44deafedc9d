// Actor search over English and Japanese names, aliases and ids: exact and prefix matches first,
// then substrings, then fuzzy (Fuse.js) matches. Pure: build an index once, query it many times.
import Fuse from 'fuse.js';
import type { AbstractGraph } from 'graphology-types';
import type { NodeAttributes } from '../model/graph-types';
import { visitEdges, type EdgeVisitor } from './edge-pass';

export interface SearchHit {
  id: string;
  /** The name or alias that matched, as written in the data. */
  matched: string;
  /** 0 exact, 1 prefix, 2 word prefix, 3 substring, 4 fuzzy. Lower is better. */
  rank: number;
}

interface Entry {
  id: string;
  order: number;
  names: { text: string; norm: string }[];
}

export interface SearchIndex {
  entries: Entry[];
  fuse: Fuse<{ id: string; text: string; norm: string }>;
}

/** Case-, width- and accent-insensitive form (NFKC folds full-width Latin and half-width kana). */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\s・·\-‐_.,'’"]+/g, ' ')
    .trim();
}

export function buildSearchIndex(graph: AbstractGraph<NodeAttributes>): SearchIndex {
  const entries: Entry[] = [];
  const flat: { id: string; text: string; norm: string }[] = [];
  graph.forEachNode((id, attrs) => {
    const texts = [attrs.label, attrs.labelJa, ...(attrs.aliases ?? []), id].filter(
      (t): t is string => typeof t === 'string' && t.length > 0,
    );
    const names = [...new Set(texts)].map((text) => ({ text, norm: normaliseText(text) }));
    entries.push({ id, order: entries.length, names });
    for (const n of names) flat.push({ id, ...n });
  });
  const fuse = new Fuse(flat, {
    keys: ['norm'],
    threshold: 0.34,
    ignoreLocation: true,
    includeScore: true,
  });
  return { entries, fuse };
}

/**
 * Best hit per actor, best first: by rank, then by shorter matched name, then by graph order.
 * Fuzzy hits are added only for queries of 4+ characters without a literal word or prefix match.
 * An empty or blank query gives no hits.
 */
export function searchActors(index: SearchIndex, query: string, limit = 12): SearchHit[] {
  const q = normaliseText(query);
  if (!q) return [];
  const best = new Map<string, SearchHit & { length: number; order: number }>();
  const offer = (id: string, order: number, matched: string, rank: number) => {
    const prev = best.get(id);
    const length = matched.length;
    if (!prev || rank < prev.rank || (rank === prev.rank && length < prev.length))
      best.set(id, { id, matched, rank, length, order });
  };
  for (const entry of index.entries) {
    for (const { text, norm } of entry.names) {
      if (norm === q) offer(entry.id, entry.order, text, 0);
      else if (norm.startsWith(q)) offer(entry.id, entry.order, text, 1);
      else if (norm.split(' ').some((w) => w.startsWith(q))) offer(entry.id, entry.order, text, 2);
      else if (norm.includes(q)) offer(entry.id, entry.order, text, 3);
    }
  }
  // Fuzzy matching only helps when nothing matches literally, and is noise for very short queries.
  const literal = [...best.values()].some((h) => h.rank <= 2);
  if (q.length >= 4 && !literal) {
    const orders = new Map(index.entries.map((e) => [e.id, e.order]));
    for (const r of index.fuse.search(q))
      offer(r.item.id, orders.get(r.item.id) ?? 0, r.item.text, 4);
  }
  return [...best.values()]
    .sort((a, b) => a.rank - b.rank || a.length - b.length || a.order - b.order)
    .slice(0, limit)
    .map(({ id, matched, rank }) => ({ id, matched, rank }));
}

// ---------------------------------------------------------------------------------------------
// Evidence search: relations whose evidence quotes or notes (or the relation's own note) contain
// the query, e.g. 「二次制裁」 or "secondary sanctions", with the position of the match in the
// original text for highlighting. Matching is case-, width- and accent-insensitive, character by
// character (so that positions map back exactly); quote marks around the query are ignored.

export interface EvidenceHit {
  edge: string;
  /** Where the text comes from: an evidence quote or note, or the relation's note. */
  field: 'quote' | 'note' | 'relation-note';
  /** The whole text as written in the data. */
  text: string;
  /** The match in `text`: [start, end) in UTF-16 units. */
  start: number;
  end: number;
}

interface EvidenceEntry {
  edge: string;
  field: EvidenceHit['field'];
  text: string;
  norm: string;
  /** norm offset → text offset (one more entry for the end). */
  map: number[];
}

export interface EvidenceIndex {
  entries: EvidenceEntry[];
}

/** Folds one character as normaliseText does, without merging or dropping characters. */
function foldChar(ch: string): string {
  const folded = ch
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return /\s/.test(folded) ? ' ' : folded;
}

function foldWithMap(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(offset);
    norm += f;
    offset += ch.length;
  }
  map.push(offset);
  return { norm, map };
}

const QUOTE_MARKS = /^[\s「『“"'‘（(]+|[\s」』”"'’）)]+$/g;

export function buildEvidenceIndex(graph: AbstractGraph): EvidenceIndex {
  return visitEdges(graph, evidenceIndexVisitor());
}

/** buildEvidenceIndex as a visitor of the graph's relations (./edge-pass.ts). */
export function evidenceIndexVisitor(): EdgeVisitor<EvidenceIndex> {
  const entries: EvidenceEntry[] = [];
  const add = (edge: string, field: EvidenceHit['field'], text: unknown) => {
    if (typeof text !== 'string' || text.length === 0) return;
    entries.push({ edge, field, text, ...foldWithMap(text) });
  };
  return {
    edge(edge, attrs) {
      const evidence = Array.isArray(attrs.evidence) ? attrs.evidence : [];
      for (const ev of evidence as Array<{ quote?: unknown; note?: unknown }>) {
        add(edge, 'quote', ev.quote);
        add(edge, 'note', ev.note);
      }
      add(edge, 'relation-note', attrs.note);
    },
    done: () => ({ entries }),
  };
}

/**
 * Relations whose evidence contains the query (at least 2 characters after quote marks are
 * stripped), one hit per relation (its first matching text), in data order, at most `limit`.
 */
export function searchEvidence(index: EvidenceIndex, query: string, limit = 8): EvidenceHit[] {
  const q = [...query.replace(QUOTE_MARKS, '')].map(foldChar).join('').trim();
  if ([...q].length < 2) return [];
  const hits: EvidenceHit[] = [];
  const seen = new Set<string>();
  for (const e of index.entries) {
    if (seen.has(e.edge)) continue;
    const at = e.norm.indexOf(q);
    if (at < 0) continue;
    seen.add(e.edge);
    const start = e.map[at] as number;
    const last = e.map[at + q.length - 1] as number;
    // the end of the original character holding the last matched unit
    const end = e.text.codePointAt(last)! > 0xffff ? last + 2 : last + 1;
    hits.push({ edge: e.edge, field: e.field, text: e.text, start, end });
    if (hits.length >= limit) break;
  }
  return hits;
}

/** A short passage around a hit: [before, match, after], cut at `context` characters each side. */
export function hitSnippet(hit: EvidenceHit, context = 40): [string, string, string] {
  const from = Math.max(0, hit.start - context);
  const to = Math.min(hit.text.length, hit.end + context);
  return [
    (from > 0 ? '…' : '') + hit.text.slice(from, hit.start),
    hit.text.slice(hit.start, hit.end),
    hit.text.slice(hit.end, to) + (to < hit.text.length ? '…' : ''),
  ];
}

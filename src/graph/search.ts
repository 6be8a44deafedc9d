// Actor search over English and Japanese names, aliases and ids: exact and prefix matches first,
// then substrings, then fuzzy (Fuse.js) matches. Pure: build an index once, query it many times.
import Fuse from 'fuse.js';
import type { AbstractGraph } from 'graphology-types';
import type { NodeAttributes } from '../model/graph-types';

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

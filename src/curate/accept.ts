// Turns the article assistant's decisions into changes: a pasted article becomes an `article` source
// with its text; an accepted candidate becomes a new relation carrying `added` (who, when), or one
// more evidence item on the existing relation that states the same fact; an unknown name becomes an
// actor with both names.
import type { Actor, Evidence, Relation, Source } from '../model/schema';
import type { Certainty, RelationType, Status } from '../model/vocabulary';
import type { Candidate } from './candidates';
import type { Change } from './changes';
import { findEntry, type Workspace } from './workspace';

export interface ArticleMeta {
  id: string;
  title: string;
  publisher: string;
  date: string;
  language: string;
  url?: string;
}

export function articleSourceChange(meta: ArticleMeta, text: string): Change {
  const source: Source = {
    id: meta.id,
    kind: 'article',
    title: meta.title,
    publisher: meta.publisher,
    date: meta.date,
    language: meta.language,
    ...(meta.url ? { url: meta.url } : {}),
  };
  return { op: 'add-source', source, text };
}

/** A candidate as the user accepted it (possibly edited). */
export interface Decision {
  source: string;
  target: string;
  type: RelationType;
  status: Status;
  certainty: Certainty;
  date?: string;
  quote: string;
  note?: string;
}

export function decisionFrom(
  c: Candidate,
  certainty: Certainty = 'reported',
): Decision | undefined {
  if (!c.type) return undefined;
  return {
    source: c.source,
    target: c.target,
    type: c.type,
    status: c.status,
    certainty,
    date: c.date,
    quote: c.quote,
  };
}

export interface Added {
  by: string;
  /** YYYY-MM-DD */
  at: string;
}

/**
 * The change for an accepted decision: evidence added to `existing` when given, otherwise a new
 * relation with a free id (suffix -2, -3 … when the natural id is taken).
 */
export function acceptChange(
  ws: Workspace,
  d: Decision,
  sourceId: string,
  added: Added,
  existing?: string,
): Change {
  const evidence: Evidence = { source: sourceId, quote: d.quote };
  if (existing) {
    const entry = ws.relations[findEntry(ws.relations, existing)];
    if (entry)
      return {
        op: 'edit-relation',
        id: existing,
        relation: { ...entry.value, evidence: [...(entry.value.evidence ?? []), evidence] },
      };
  }
  const relation: Relation = {
    id: freeId(ws, `${d.source}--${d.type}--${d.target}${d.date ? `-${d.date}` : ''}`),
    source: d.source,
    target: d.target,
    type: d.type,
    status: d.status,
    certainty: d.certainty,
    ...(d.date ? { start: d.date } : {}),
    ...(d.note ? { note: d.note } : {}),
    added: { by: added.by, at: added.at },
    evidence: [evidence],
  };
  return { op: 'add-relation', relation };
}

function freeId(ws: Workspace, id: string): string {
  if (findEntry(ws.relations, id) < 0) return id;
  for (let n = 2; ; n++) if (findEntry(ws.relations, `${id}-${n}`) < 0) return `${id}-${n}`;
}

/** A kebab-case id from an English name: "Kaja Kallas" → "kaja-kallas" (suffix when taken). */
export function actorIdFor(ws: Workspace, en: string): string {
  const base =
    en
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'actor';
  if (findEntry(ws.actors, base) < 0) return base;
  for (let n = 2; ; n++) if (findEntry(ws.actors, `${base}-${n}`) < 0) return `${base}-${n}`;
}

export function newActorChange(
  ws: Workspace,
  a: { kind: Actor['kind']; en: string; ja: string; aliases?: string[]; role?: string },
): Change {
  const actor: Actor = {
    id: actorIdFor(ws, a.en),
    kind: a.kind,
    name: { en: a.en.trim(), ja: a.ja.trim() },
    aliases: a.aliases ?? [],
    ...(a.role ? { role: a.role } : {}),
  };
  return { op: 'add-actor', actor };
}

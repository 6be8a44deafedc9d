// Data for the details panel and the relations table: an actor's relations grouped by type, and
// plain rows for relations. Pure functions over the graph.
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import { CERTAINTY_INFO, RELATION_TYPES, STATUS_INFO } from '../model/vocabulary';
import type { Language } from '../model/language';
import { nodeLabel, relationLabel } from '../render/style';
import { nameOf } from './i18n';
import { representedBy } from '../graph/signed';

type G = AbstractGraph<NodeAttributes, EdgeAttributes>;

export interface RelationRow {
  id: string;
  source: string;
  target: string;
  /** The other end, seen from the actor whose details are shown. */
  other: string;
  /** 'out' = actor → other, 'in' = other → actor, 'both' = undirected. */
  direction: 'out' | 'in' | 'both';
  attributes: EdgeAttributes;
  /** A person who represents the actor and acted (the row is the person's relation), if any. */
  by?: string;
}

/**
 * An actor's relations grouped by type (in vocabulary order, latest first), followed in each group
 * by the relations of the persons who represent it (their first active, confirmed `represents`,
 * as person folding reads it; `by` names the person; their `represents` relations themselves and
 * their relations with the actor are left out).
 */
export function actorRelations(graph: G, actor: string): { type: string; rows: RelationRow[] }[] {
  const byType = new Map<string, RelationRow[]>();
  const seen = new Set<string>();
  const add = (who: string, by: string | undefined) =>
    graph.forEachEdge(who, (id, attributes, source, target, _sa, _ta, undirected) => {
      const other = source === who ? target : source;
      if (by !== undefined && (attributes.relation === 'represents' || other === actor)) return;
      // a relation between two representatives is listed once, under the first
      if (seen.has(id)) return;
      seen.add(id);
      const row: RelationRow = {
        id,
        source,
        target,
        other,
        direction: undirected ? 'both' : source === who ? 'out' : 'in',
        attributes,
        ...(by !== undefined ? { by } : {}),
      };
      const list = byType.get(attributes.relation) ?? [];
      list.push(row);
      byType.set(attributes.relation, list);
    });
  add(actor, undefined);
  const persons = new Set<string>();
  graph.forEachInEdge(actor, (_id, attributes, source) => {
    if (attributes.relation === 'represents' && representedBy(graph, source) === actor)
      persons.add(source);
  });
  for (const person of persons) add(person, person);
  const order = (type: string) => {
    const i = (RELATION_TYPES as readonly string[]).indexOf(type);
    return i < 0 ? RELATION_TYPES.length : i;
  };
  return [...byType.entries()]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([type, rows]) => ({
      type,
      rows: rows.sort(
        (a, b) =>
          Number(a.by !== undefined) - Number(b.by !== undefined) ||
          (b.attributes.start ?? '').localeCompare(a.attributes.start ?? ''),
      ),
    }));
}

/** "2022-02-24 – 2023", "since 2001-07", "until 2023-02" or "" when undated. */
export function formatDates(start: string | undefined, end: string | undefined): string {
  if (start && end) return start === end ? start : `${start} – ${end}`;
  if (start) return `${start} –`;
  if (end) return `– ${end}`;
  return '';
}

export type Column = 'source' | 'type' | 'target' | 'status' | 'certainty' | 'dates' | 'evidence';

export interface TableRow {
  id: string;
  s: string;
  t: string;
  relation: string;
  evidence: number;
  /** Display text per column (evidence zero-padded so that text order is numeric order). */
  cells: Record<Column, string>;
}

export function tableRows(graph: G, edges: Iterable<string>, lang: Language): TableRow[] {
  return [...edges].map((id) => {
    const a = graph.getEdgeAttributes(id);
    const [s, t] = graph.extremities(id);
    return {
      id,
      s,
      t,
      relation: a.relation,
      evidence: a.evidence.length,
      cells: {
        source: nodeLabel(graph.getNodeAttributes(s), lang),
        type: relationLabel(a.relation, lang),
        target: nodeLabel(graph.getNodeAttributes(t), lang),
        status: nameOf(STATUS_INFO, a.status, lang),
        certainty: nameOf(CERTAINTY_INFO, a.certainty, lang),
        dates: formatDates(a.start, a.end),
        evidence: String(a.evidence.length).padStart(4, '0'),
      },
    };
  });
}

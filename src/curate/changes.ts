// Edits over the loaded dataset as a list of plain (JSON, IndexedDB-storable) changes, applied in
// order to the workspace; undo/redo move changes between the done and the redo list. A change that
// cannot apply (an id that is gone) is reported with its reason and skipped, never half applied.
import type { Actor, Relation, Source } from '../model/schema';
import { cloneWorkspace, findEntry, NEW_FILES, type Workspace } from './workspace';

export type Change =
  | { op: 'add-source'; source: Source; text?: string }
  | { op: 'add-actor'; actor: Actor }
  | { op: 'edit-actor'; id: string; actor: Actor }
  | { op: 'delete-actor'; id: string }
  | { op: 'add-relation'; relation: Relation }
  | { op: 'edit-relation'; id: string; relation: Relation }
  | { op: 'delete-relation'; id: string }
  | { op: 'merge-actors'; keep: string; drop: string };

export interface ChangeSet {
  done: Change[];
  /** Undone changes, most recently undone last. */
  redo: Change[];
}

export const EMPTY_CHANGE_SET: ChangeSet = { done: [], redo: [] };

export function record(set: ChangeSet, change: Change): ChangeSet {
  return { done: [...set.done, change], redo: [] };
}

export function undo(set: ChangeSet): ChangeSet {
  const last = set.done[set.done.length - 1];
  return last ? { done: set.done.slice(0, -1), redo: [...set.redo, last] } : set;
}

export function redo(set: ChangeSet): ChangeSet {
  const next = set.redo[set.redo.length - 1];
  return next ? { done: [...set.done, next], redo: set.redo.slice(0, -1) } : set;
}

export interface Applied {
  workspace: Workspace;
  /** Changes that could not apply, with why (e.g. after the data changed underneath). */
  failed: { index: number; change: Change; reason: string }[];
}

export function applyChanges(base: Workspace, changes: readonly Change[]): Applied {
  let ws = cloneWorkspace(base);
  const failed: Applied['failed'] = [];
  changes.forEach((change, index) => {
    const next = cloneWorkspace(ws);
    const reason = applyOne(next, change);
    if (reason) failed.push({ index, change, reason });
    else ws = next;
  });
  return { workspace: ws, failed };
}

/** Applies one change in place; returns why it cannot apply, or undefined. */
function applyOne(ws: Workspace, c: Change): string | undefined {
  switch (c.op) {
    case 'add-source': {
      if (findEntry(ws.sources, c.source.id) >= 0) return `source "${c.source.id}" exists already`;
      ws.sources.push({ file: NEW_FILES.sources, value: c.source });
      if (c.text !== undefined) ws.texts.set(c.source.id, c.text);
      return undefined;
    }
    case 'add-actor': {
      if (findEntry(ws.actors, c.actor.id) >= 0) return `actor "${c.actor.id}" exists already`;
      ws.actors.push({ file: NEW_FILES.actors, value: c.actor });
      return undefined;
    }
    case 'edit-actor': {
      const i = findEntry(ws.actors, c.id);
      if (i < 0) return `no actor "${c.id}" to edit`;
      if (c.actor.id !== c.id) return `an edit cannot change the id "${c.id}"; merge instead`;
      ws.actors[i] = { file: ws.actors[i]?.file ?? NEW_FILES.actors, value: c.actor };
      return undefined;
    }
    case 'delete-actor': {
      const i = findEntry(ws.actors, c.id);
      if (i < 0) return `no actor "${c.id}" to delete`;
      const used = ws.relations.filter(
        (r) =>
          r.value.source === c.id ||
          r.value.target === c.id ||
          r.value.participants?.includes(c.id),
      );
      if (used.length > 0)
        return `actor "${c.id}" still has ${used.length} relation(s) (${used[0]?.value.id}…): delete them or merge the actor`;
      ws.actors.splice(i, 1);
      return undefined;
    }
    case 'add-relation': {
      if (findEntry(ws.relations, c.relation.id) >= 0)
        return `relation "${c.relation.id}" exists already`;
      ws.relations.push({ file: NEW_FILES.relations, value: c.relation });
      return undefined;
    }
    case 'edit-relation': {
      const i = findEntry(ws.relations, c.id);
      if (i < 0) return `no relation "${c.id}" to edit`;
      if (c.relation.id !== c.id) return `an edit cannot change the id "${c.id}"`;
      ws.relations[i] = { file: ws.relations[i]?.file ?? NEW_FILES.relations, value: c.relation };
      return undefined;
    }
    case 'delete-relation': {
      const i = findEntry(ws.relations, c.id);
      if (i < 0) return `no relation "${c.id}" to delete`;
      ws.relations.splice(i, 1);
      return undefined;
    }
    case 'merge-actors':
      return merge(ws, c.keep, c.drop);
  }
}

/**
 * One entity, two ids: `drop`'s relations move to `keep` (a relation between the two disappears, as
 * it would be a self-loop), its names and aliases become aliases of `keep`, and `drop` is deleted.
 */
function merge(ws: Workspace, keepId: string, dropId: string): string | undefined {
  if (keepId === dropId) return `cannot merge actor "${keepId}" with itself`;
  const k = findEntry(ws.actors, keepId);
  const d = findEntry(ws.actors, dropId);
  const keep = ws.actors[k];
  const drop = ws.actors[d];
  if (!keep) return `no actor "${keepId}" to merge into`;
  if (!drop) return `no actor "${dropId}" to merge`;
  const own = new Set([keep.value.name.en, keep.value.name.ja]);
  const aliases: string[] = [];
  for (const a of [
    ...(keep.value.aliases ?? []),
    drop.value.name.en,
    drop.value.name.ja,
    ...(drop.value.aliases ?? []),
  ]) {
    if (!own.has(a) && !aliases.includes(a)) aliases.push(a);
  }
  ws.actors[k] = { ...keep, value: { ...keep.value, aliases } };
  ws.relations = ws.relations.flatMap((entry) => {
    const r = withoutActor(entry.value, dropId, keepId);
    if (r.source !== dropId && r.target !== dropId)
      return [r === entry.value ? entry : { ...entry, value: r }];
    const source = r.source === dropId ? keepId : r.source;
    const target = r.target === dropId ? keepId : r.target;
    if (source === target) return [];
    return [{ ...entry, value: { ...r, source, target } }];
  });
  ws.actors.splice(findEntry(ws.actors, dropId), 1);
  return undefined;
}

/** A relation whose participants and statement speakers name `keepId` instead of `dropId` (same object if none do). */
function withoutActor(r: Relation, dropId: string, keepId: string): Relation {
  const named =
    r.participants?.includes(dropId) || r.evidence.some((e) => e.statement?.by === dropId);
  if (!named) return r;
  const participants = r.participants
    ? [...new Set(r.participants.map((p) => (p === dropId ? keepId : p)))]
    : undefined;
  const evidence = r.evidence.map((e) =>
    e.statement?.by === dropId ? { ...e, statement: { ...e.statement, by: keepId } } : e,
  );
  return { ...r, ...(participants ? { participants } : {}), evidence };
}

/** A short English description of a change for the pending list. */
export function describeChange(c: Change): string {
  switch (c.op) {
    case 'add-source':
      return `add source "${c.source.id}"${c.text !== undefined ? ` with its text (${c.text.length} characters)` : ''}`;
    case 'add-actor':
      return `add actor "${c.actor.id}" (${c.actor.name.en} / ${c.actor.name.ja})`;
    case 'edit-actor':
      return `edit actor "${c.id}"`;
    case 'delete-actor':
      return `delete actor "${c.id}"`;
    case 'add-relation':
      return `add relation "${c.relation.id}"`;
    case 'edit-relation':
      return `edit relation "${c.id}"`;
    case 'delete-relation':
      return `delete relation "${c.id}"`;
    case 'merge-actors':
      return `merge actor "${c.drop}" into "${c.keep}"`;
  }
}

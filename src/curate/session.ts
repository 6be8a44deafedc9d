// One curation session's logic without the UI: try a change (kept only if it adds no validation
// error, so a refused change leaves everything as it was), undo/redo, and the dataset to show.
import type { Dataset } from '../model/schema';
import { validateItems } from '../model/validate';
import { listItems } from '../model/documents';
import { applyChanges, record, redo, undo, type Change, type ChangeSet } from './changes';
import { fieldProblems, type FieldProblem } from './export-files';
import type { Entry, Workspace } from './workspace';

export interface SessionState {
  set: ChangeSet;
  workspace: Workspace;
  /** Changes of `set.done` that could not apply (e.g. the data changed since they were made). */
  failed: ReturnType<typeof applyChanges>['failed'];
}

export function openSession(base: Workspace, set: ChangeSet): SessionState {
  const { workspace, failed } = applyChanges(base, set.done);
  return { set, workspace, failed };
}

export type TryResult =
  { ok: true; state: SessionState } | { ok: false; reason?: string; problems: FieldProblem[] };

/** Applies `change` on top of the session; refused when it cannot apply or adds an error. */
export function tryChange(
  base: Workspace,
  state: SessionState,
  change: Change,
  seedTexts?: ReadonlyMap<string, string>,
): TryResult {
  const step = applyChanges(state.workspace, [change]);
  const failure = step.failed[0];
  if (failure) return { ok: false, reason: failure.reason, problems: [] };
  const before = new Set(errorsOf(state.workspace, seedTexts).map(key));
  const added = errorsOf(step.workspace, seedTexts).filter((p) => !before.has(key(p)));
  if (added.length > 0) return { ok: false, problems: added };
  const set = record(state.set, change);
  return { ok: true, state: { set, workspace: step.workspace, failed: state.failed } };
}

export function undoSession(base: Workspace, state: SessionState): SessionState {
  return openSession(base, undo(state.set));
}

export function redoSession(base: Workspace, state: SessionState): SessionState {
  return openSession(base, redo(state.set));
}

/** The workspace as a validated dataset for the graph, or the problems that keep it from one. */
export function datasetOf(
  ws: Workspace,
  seedTexts?: ReadonlyMap<string, string>,
): { ok: true; dataset: Dataset } | { ok: false; problems: FieldProblem[] } {
  const items = (['sources', 'actors', 'relations'] as const).flatMap(
    (section) =>
      listItems(
        'graph-data',
        section,
        (ws[section] as Entry<unknown>[]).map((e) => e.value),
      ).items,
  );
  const result = validateItems(items, { seedTexts, articleTexts: ws.texts });
  if (result.ok && result.dataset) return { ok: true, dataset: result.dataset };
  return { ok: false, problems: errorsOf(ws, seedTexts) };
}

function errorsOf(ws: Workspace, seedTexts?: ReadonlyMap<string, string>): FieldProblem[] {
  return fieldProblems(ws, seedTexts).filter((p) => p.severity === 'error');
}

function key(p: FieldProblem): string {
  return `${p.section}\u0000${p.id}\u0000${p.field}\u0000${p.message}`;
}

/**
 * The review filter: only the relations added on or after `since` (YYYY-MM-DD), with every actor
 * (the explorer hides actors left without relations).
 */
export function addedSince(dataset: Dataset, since: string): Dataset {
  return {
    ...dataset,
    relations: dataset.relations.filter((r) => r.added !== undefined && r.added.at >= since),
  };
}

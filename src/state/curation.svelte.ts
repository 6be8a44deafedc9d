// The curation mode's reactive state: the graph-data/ files bundled with the app as the base, the
// change set over them (kept in IndexedDB, with undo/redo), the article assistant's candidates, and
// the graph on screen rebuilt from the changed data after every accepted change. A change that would
// add a validation error is refused with the validator's message and changes nothing.
import { buildGraph, type AlignmapGraph } from '../model/build';
import type { Source } from '../model/schema';
import { buildActorIndex } from '../curate/actor-finder';
import { generateCandidates, type Candidate } from '../curate/candidates';
import { EMPTY_CHANGE_SET, type Change, type ChangeSet } from '../curate/changes';
import {
  changedFiles,
  exportZip,
  fieldProblems,
  NO_FILES,
  type FieldProblem,
} from '../curate/export-files';
import {
  addedSince,
  datasetOf,
  openSession,
  redoSession,
  tryChange,
  undoSession,
  type SessionState,
} from '../curate/session';
import { loadWorkspace, type Workspace } from '../curate/workspace';
import { seedMissingPositions } from '../layout/seed-positions';
import type { AppState } from './app-state.svelte';
import { indexedDbBackend, type KeyValueBackend } from './dataset-store';
import { loadBundledFiles } from './curation-data';

const STORE_KEY = 'curation-change-set';
const AUTHOR_KEY = 'alignmap.curation.author';

export interface Refusal {
  reason?: string;
  problems: FieldProblem[];
}

export class CurationState {
  open = $state(false);
  base = $state.raw<Workspace | null>(null);
  session = $state.raw<SessionState | null>(null);
  loadError = $state<string | null>(null);
  /** The last refused change: why, shown next to the form that made it. */
  refusal = $state.raw<Refusal | null>(null);
  storageMessage = $state<string | null>(null);
  author = $state(readAuthor());
  /** The article being curated: its source id once added, and the candidates found in it. */
  articleId = $state<string | null>(null);
  articleText = $state('');
  articleDate = $state('');
  candidates = $state.raw<Candidate[]>([]);
  decided = $state.raw<Readonly<Record<string, 'accepted' | 'rejected'>>>({});
  /** "Added since" review: only relations with added.at >= this date are listed. */
  addedSince = $state('');
  /** Show only the relations added since `addedSince` on the graph. */
  reviewOnly = $state(false);

  workspace = $derived(this.session?.workspace ?? null);
  canUndo = $derived((this.session?.set.done.length ?? 0) > 0);
  canRedo = $derived((this.session?.set.redo.length ?? 0) > 0);
  problems: FieldProblem[] = $derived(this.workspace ? fieldProblems(this.workspace) : []);
  files: ReadonlyMap<string, string> = $derived(
    this.workspace ? changedFiles(this.workspace) : NO_FILES,
  );

  private readonly store: KeyValueBackend | null;

  constructor(
    private readonly app: AppState,
    store: KeyValueBackend | null = indexedDbBackend(),
  ) {
    this.store = store;
  }

  /** Loads the bundled graph-data/ files and the stored change set (once). */
  async start(): Promise<void> {
    if (this.base || this.loadError) return;
    try {
      const base = loadWorkspace(await loadBundledFiles());
      let set: ChangeSet = EMPTY_CHANGE_SET;
      try {
        const stored = (await this.store?.get(STORE_KEY)) as ChangeSet | undefined;
        if (stored && Array.isArray(stored.done) && Array.isArray(stored.redo)) set = stored;
      } catch (e) {
        this.storageMessage = `curation: stored changes could not be read (${(e as Error).message})`;
      }
      this.base = base;
      this.session = openSession(base, set);
      if (set.done.length > 0) this.showGraph();
    } catch (e) {
      this.loadError = (e as Error).message;
    }
  }

  /** On page load: when changes are stored, loads everything and shows the changed graph. */
  async resume(): Promise<void> {
    try {
      const stored = (await this.store?.get(STORE_KEY)) as ChangeSet | undefined;
      if (stored && Array.isArray(stored.done) && stored.done.length > 0) await this.start();
    } catch (e) {
      this.storageMessage = `curation: stored changes could not be read (${(e as Error).message})`;
    }
  }

  /** Tries a change; returns true when it was kept. */
  apply(change: Change): boolean {
    if (!this.base || !this.session) return false;
    const result = tryChange(this.base, this.session, change);
    if (!result.ok) {
      this.refusal = { reason: result.reason, problems: result.problems };
      return false;
    }
    this.refusal = null;
    this.commit(result.state);
    return true;
  }

  undo(): void {
    if (this.base && this.session && this.canUndo)
      this.commit(undoSession(this.base, this.session));
  }

  redo(): void {
    if (this.base && this.session && this.canRedo)
      this.commit(redoSession(this.base, this.session));
  }

  /** Drops every pending change; resolves once the empty change set is stored. */
  discardAll(): Promise<void> {
    return this.base ? this.commit(openSession(this.base, EMPTY_CHANGE_SET)) : Promise.resolve();
  }

  setAuthor(name: string): void {
    this.author = name;
    try {
      globalThis.localStorage?.setItem(AUTHOR_KEY, name);
    } catch {
      // storage unavailable: the name lasts for this page
    }
  }

  findCandidates(text: string, articleDate: string): void {
    const ws = this.workspace;
    if (!ws) return;
    const actors = ws.actors.map((e) => e.value);
    this.candidates = generateCandidates({
      text,
      articleDate,
      actors,
      relations: ws.relations.map((e) => e.value),
      index: buildActorIndex(actors),
    });
    this.decided = {};
  }

  decide(key: string, decision: 'accepted' | 'rejected'): void {
    this.decided = { ...this.decided, [key]: decision };
  }

  source(id: string): Source | undefined {
    return this.workspace?.sources.find((e) => e.value.id === id)?.value;
  }

  zip(): Uint8Array | null {
    return this.workspace ? exportZip(this.workspace) : null;
  }

  private commit(state: SessionState): Promise<void> {
    this.session = state;
    const set = state.set;
    const stored = (this.store?.put(STORE_KEY, $state.snapshot(set)) ?? Promise.resolve()).catch(
      (e: unknown) => {
        this.storageMessage = `curation: changes not stored (${(e as Error).message}); export them`;
      },
    );
    this.showGraph();
    return stored;
  }

  /** Turns the "added since" filter of the graph on or off (or changes its date). */
  setReview(since: string, only: boolean): void {
    this.addedSince = since;
    this.reviewOnly = only;
    this.showGraph();
  }

  /** Puts the changed data on screen, keeping the positions of the actors already placed. */
  showGraph(): void {
    const ws = this.workspace;
    if (!ws) return;
    const result = datasetOf(ws);
    if (!result.ok) return; // the graph on screen stays the last valid one
    const shown =
      this.reviewOnly && this.addedSince
        ? addedSince(result.dataset, this.addedSince)
        : result.dataset;
    const graph: AlignmapGraph = buildGraph(shown);
    const old = this.app.graph;
    if (old) {
      graph.replaceAttributes({ ...old.getAttributes(), sources: result.dataset.sources });
      graph.forEachNode((id) => {
        if (!old.hasNode(id)) return;
        const { x, y } = old.getNodeAttributes(id);
        if (typeof x === 'number' && typeof y === 'number') graph.mergeNodeAttributes(id, { x, y });
      });
    }
    seedMissingPositions(graph);
    this.app.replaceGraph(graph);
  }
}

function readAuthor(): string {
  try {
    return globalThis.localStorage?.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

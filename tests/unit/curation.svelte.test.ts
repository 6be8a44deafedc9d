// CurationState (src/state/curation.svelte.ts) over the bundled graph-data/ files, with an in-memory
// store: a valid change is kept, stored and put on screen; a change that adds a validation error is
// refused with the validator's message and changes nothing; undo/redo, the "added since" review,
// a stored change set resumed on page load, a store that fails.
import { describe, expect, it } from 'vitest';
import { articleSourceChange } from '../../src/curate/accept';
import type { Change, ChangeSet } from '../../src/curate/changes';
import { AppState } from '../../src/state/app-state.svelte';
import { CurationState } from '../../src/state/curation.svelte';
import type { KeyValueBackend } from '../../src/io/dataset-store';

const TEXT = 'ロシアの外相は中国の外相と会談した。';
const RELATION_ID = 'russia--negotiation--china-2025-12-03';
const source = articleSourceChange(
  { id: 'curation-test', title: 'T', publisher: 'P', date: '2025-12-03', language: 'ja' },
  TEXT,
);
const relation = (quote: string): Change => ({
  op: 'add-relation',
  relation: {
    id: RELATION_ID,
    source: 'russia',
    target: 'china',
    type: 'negotiation',
    status: 'active',
    certainty: 'reported',
    start: '2025-12-03',
    added: { by: 'test', at: '2026-11-30' },
    evidence: [{ source: 'curation-test', quote }],
  },
});

function memoryStore(initial?: ChangeSet, failPut = false) {
  const data = new Map<string, unknown>(initial ? [['curation-change-set', initial]] : []);
  const backend: KeyValueBackend = {
    get: async (key) => data.get(key),
    put: async (key, value) => {
      if (failPut) throw new Error('quota exceeded');
      data.set(key, value);
    },
    delete: async (key) => void data.delete(key),
  };
  return { backend, data };
}

const storedSet = (data: Map<string, unknown>) => data.get('curation-change-set') as ChangeSet;

describe('CurationState', { timeout: 60_000 }, () => {
  it('keeps a valid change (stored, on screen), refuses an invalid one, undoes and redoes', async () => {
    const app = new AppState();
    const { backend, data } = memoryStore();
    const cur = new CurationState(app, backend);
    await cur.start();
    expect(cur.loadError).toBeNull();
    expect(cur.base!.actors.some((e) => e.value.id === 'russia')).toBe(true);
    expect(app.graph).toBeNull(); // nothing changed yet: the graph on screen stays
    const relations = cur.base!.relations.length;

    expect(cur.apply(source)).toBe(true);
    expect(cur.apply(relation(TEXT))).toBe(true);
    expect(cur.canUndo).toBe(true);
    expect(cur.source('curation-test')?.title).toBe('T');
    expect(app.graph!.hasEdge(RELATION_ID)).toBe(true);
    expect(app.graph!.size).toBe(relations + 1);
    await Promise.resolve();
    expect(storedSet(data).done).toEqual([source, relation(TEXT)]);
    expect(cur.files.has('sources.yaml')).toBe(true);
    expect(cur.files.has('texts/curation-test.txt')).toBe(true);

    // a quote not in the article: refused with the validator's message, nothing changes
    const other = { ...relation('中国とロシアは同盟を結んだ。') } as Change & {
      op: 'add-relation';
    };
    other.relation = { ...other.relation, id: `${RELATION_ID}-b` };
    expect(cur.apply(other)).toBe(false);
    expect(cur.refusal!.problems[0]).toMatchObject({
      field: 'evidence[0].quote',
      severity: 'error',
    });
    expect(cur.refusal!.problems[0]!.message).toContain('quote not found verbatim');
    expect(app.graph!.hasEdge(`${RELATION_ID}-b`)).toBe(false);
    expect(storedSet(data).done).toHaveLength(2);

    cur.undo();
    expect(app.graph!.hasEdge(RELATION_ID)).toBe(false);
    expect(cur.canRedo).toBe(true);
    cur.redo();
    expect(app.graph!.hasEdge(RELATION_ID)).toBe(true);
    expect(cur.apply(relation(TEXT))).toBe(false); // the same id again
    expect(cur.refusal!.reason).toContain(RELATION_ID);

    // the review shows only what was added since the date
    cur.setReview('2026-11-30', true);
    expect(app.graph!.edges()).toEqual([RELATION_ID]);
    cur.setReview('2026-11-30', false);
    expect(app.graph!.size).toBe(relations + 1);

    const zip = cur.zip()!;
    expect([...zip.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
    await cur.discardAll();
    expect(storedSet(data)).toEqual({ done: [], redo: [] });
    expect(app.graph!.size).toBe(relations);
  });

  it('resumes a stored change set on page load, and keeps placed actors where they were', async () => {
    const app = new AppState();
    const first = new CurationState(app, memoryStore().backend);
    await first.start();
    first.apply(source);
    app.graph!.mergeNodeAttributes('russia', { x: 123, y: -45 });
    const { backend } = memoryStore({ done: [source, relation(TEXT)], redo: [] });
    const cur = new CurationState(app, backend);
    await cur.resume();
    expect(cur.session!.set.done).toHaveLength(2);
    expect(app.graph!.hasEdge(RELATION_ID)).toBe(true);
    expect(app.graph!.getNodeAttributes('russia')).toMatchObject({ x: 123, y: -45 });

    // nothing stored: resume loads nothing
    const idle = new CurationState(new AppState(), memoryStore().backend);
    await idle.resume();
    expect(idle.base).toBeNull();
  });

  it('says so when the store fails, and keeps working for the page', async () => {
    const app = new AppState();
    const { backend } = memoryStore(undefined, true);
    const cur = new CurationState(app, backend);
    await cur.start();
    await cur.start(); // once only
    cur.apply(source);
    await Promise.resolve();
    await Promise.resolve();
    expect(cur.storageMessage).toBe('curation: changes not stored (quota exceeded); export them');
    expect(cur.session!.set.done).toEqual([source]);

    const broken: KeyValueBackend = {
      get: async () => {
        throw new Error('blocked');
      },
      put: async () => {},
      delete: async () => {},
    };
    const unreadable = new CurationState(new AppState(), broken);
    await unreadable.start();
    expect(unreadable.storageMessage).toBe('curation: stored changes could not be read (blocked)');
    expect(unreadable.session!.set.done).toEqual([]);
    await unreadable.resume();
    expect(unreadable.storageMessage).toContain('(blocked)');
  });

  it('finds candidates in an article and records decisions', async () => {
    const cur = new CurationState(new AppState(), null);
    cur.findCandidates(TEXT, '2025-12-03'); // before start: no workspace, nothing found
    expect(cur.candidates).toEqual([]);
    await cur.start();
    cur.apply(source);
    cur.findCandidates(TEXT, '2025-12-03');
    const found = cur.candidates.find((c) => [c.source, c.target].sort().join() === 'china,russia');
    expect(found, JSON.stringify(cur.candidates)).toBeDefined();
    cur.decide(found!.key, 'accepted');
    expect(cur.decided).toEqual({ [found!.key]: 'accepted' });
    cur.setAuthor('Analyst');
    expect(cur.author).toBe('Analyst');
  });
});

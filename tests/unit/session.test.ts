// A session keeps a change only when it adds no validation error; the review filter keeps the
// relations added since a date.
import { describe, expect, it } from 'vitest';
import { articleSourceChange } from '../../src/curate/accept';
import { EMPTY_CHANGE_SET, type Change } from '../../src/curate/changes';
import {
  addedSince,
  datasetOf,
  openSession,
  redoSession,
  tryChange,
  undoSession,
} from '../../src/curate/session';
import { loadWorkspace } from '../../src/curate/workspace';
import { readGraphData } from './helpers/graph-data-files';

const base = loadWorkspace(readGraphData());
const TEXT = 'ロシアの外相は中国の外相と会談した。';
const source = articleSourceChange(
  { id: 'session-test', title: 'T', publisher: 'P', date: '2025-12-03', language: 'ja' },
  TEXT,
);
const relation = (quote: string, at = '2026-11-30'): Change => ({
  op: 'add-relation',
  relation: {
    id: 'russia--negotiation--china-2025-12-03',
    source: 'russia',
    target: 'china',
    type: 'negotiation',
    status: 'active',
    certainty: 'reported',
    start: '2025-12-03',
    added: { by: 'test', at },
    evidence: [{ source: 'session-test', quote }],
  },
});

describe('curation session', { timeout: 60_000 }, () => {
  it('refuses a change that adds an error, with the message, and keeps the state as it was', () => {
    const s0 = openSession(base, EMPTY_CHANGE_SET);
    const s1 = tryChange(base, s0, source);
    if (!s1.ok) throw new Error('source refused');
    const refused = tryChange(base, s1.state, relation('中国とロシアは同盟を結んだ。'));
    expect(refused).toEqual({
      ok: false,
      problems: [
        {
          section: 'relations',
          id: 'russia--negotiation--china-2025-12-03',
          field: 'evidence[0].quote',
          message:
            'relation "russia--negotiation--china-2025-12-03": quote not found verbatim in source "session-test": "中国とロシアは同盟を結んだ。"',
          severity: 'error',
        },
      ],
    });
    expect(s1.state.set.done).toEqual([source]);
    const dup = tryChange(base, s1.state, source);
    expect(dup).toEqual({
      ok: false,
      reason: 'source "session-test" exists already',
      problems: [],
    });
  });

  it('keeps a valid change; undo and redo move it; the dataset and the review filter follow', () => {
    let state = openSession(base, EMPTY_CHANGE_SET);
    for (const change of [source, relation(TEXT)]) {
      const r = tryChange(base, state, change);
      if (!r.ok) throw new Error(JSON.stringify(r));
      state = r.state;
    }
    const shown = datasetOf(state.workspace);
    if (!shown.ok) throw new Error('invalid');
    expect(shown.dataset.relations).toHaveLength(base.relations.length + 1);
    expect(addedSince(shown.dataset, '2026-11-30').relations.map((r) => r.id)).toEqual([
      'russia--negotiation--china-2025-12-03',
    ]);
    expect(addedSince(shown.dataset, '2026-12-01').relations).toEqual([]);
    const undone = undoSession(base, state);
    expect(undone.workspace.relations).toHaveLength(base.relations.length);
    expect(redoSession(base, undone).workspace.relations).toHaveLength(base.relations.length + 1);
  });
});

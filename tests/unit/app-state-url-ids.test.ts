// URL ids against the loaded graph (issue 13 #5, #11 and the "Back to default dataset" extras):
// ids with spaces and punctuation select, focus and share; an align= actor the data lacks (align=zzz,
// the alignment partner) is dropped with a warning instead of staying silently in the URL; a new
// dataset ends the old data's focus, path, triad and alignment partner.
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app-state.svelte';
import { parseUrlState, serializeUrlState } from '../../src/view/view-state';
import { englishWarning } from '../../src/view/warnings';
import { createEmptyGraph } from '../../src/model/build';
import { smallGraph } from './helpers/small-graph';

function appWith(graph = smallGraph()) {
  const app = new AppState();
  app.graph = graph;
  return app;
}

const apply = (app: AppState, query: string) => app.applyUrlState(parseUrlState(query).state);

describe('URL ids against the graph', () => {
  it('align=zzz is dropped with a warning and leaves the URL (issue 13 #11)', () => {
    const app = appWith();
    apply(app, '?align=zzz&node=russia');
    expect(app.warnings.map(englishWarning)).toEqual([
      'URL parameter "align": no actor "zzz" in the data; ignored',
    ]);
    expect(app.analysis.align).toBeNull();
    expect(serializeUrlState(app.toUrlState())).not.toContain('align');
    expect(app.selection).toEqual({ kind: 'node', id: 'russia' });
  });

  it('ids with spaces and punctuation select, focus and share through the URL (issue 13 #5)', () => {
    const g = createEmptyGraph();
    const ids = ['United States', 'U.S.–Japan, Inc.', '100% (x)', '日本 国'];
    for (const id of ids) g.addNode(id, { label: id, labelJa: id, kind: 'state', aliases: [] });
    const app = appWith(g);
    app.select({ kind: 'node', id: ids[0]! });
    app.analysis.focus = ids[1]!;
    app.analysis.path = [ids[2]!, ids[1]!];
    app.analysis.triad = [ids[0]!, ids[1]!, ids[3]!];
    app.analysis.align = ids[3]!;
    const query = serializeUrlState(app.toUrlState());
    const next = appWith(g);
    apply(next, query);
    expect(next.warnings).toEqual([]);
    expect(next.selection).toEqual({ kind: 'node', id: 'United States' });
    expect(next.toUrlState()).toMatchObject({
      focus: ids[1],
      path: [ids[2], ids[1]],
      triad: [ids[0], ids[1], ids[3]],
      align: ids[3],
    });
  });

  it('a new dataset ends the old focus, path, triad and partner without stale ids', () => {
    const app = appWith();
    apply(app, '?focus=russia&path=russia,china&align=china');
    const other = createEmptyGraph();
    other.addNode('x', { label: 'X', labelJa: 'X', kind: 'state', aliases: [] });
    app.replaceGraph(other);
    expect(app.toUrlState()).toMatchObject({ focus: null, path: null, align: null });
    expect(serializeUrlState(app.toUrlState())).not.toMatch(/focus|path|align/);
  });
});

// AppState (src/state/app-state.svelte.ts) as the app uses it, runes and all: the one view state
// behind the accessors, the pipeline stages re-running only when what they read changes, URL
// state applied with the reconcile rule and warnings, another dataset replacing the graph, camera
// requests. Effects run under $effect.root and flushSync.
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/app-state.svelte';
import { nextTask } from '../../src/model/next-task';
import { elementFactsOf, PANEL_SUMMARIES } from '../../src/state/graph-summaries';
import { parseUrlState } from '../../src/view/view-state';
import { englishWarning } from '../../src/view/warnings';
import { TestGraph, sorted } from './helpers/analysis-graph';

/** a—b alliance, b→c sanction (2025-03), a—d negotiation (2025-05-08), c→e criticism (2025-10). */
function graph() {
  return new TestGraph()
    .rel('e1', 'alliance', 'a', 'b')
    .rel('e2', 'sanction', 'b', 'c', { start: '2025-03' })
    .rel('e3', 'negotiation', 'a', 'd', { start: '2025-05-08' })
    .rel('e4', 'criticism', 'c', 'e', { start: '2025-10' }).graph;
}

function loaded(query = '') {
  const app = new AppState();
  app.graph = graph();
  app.applyUrlState(parseUrlState(query).state);
  return app;
}

describe('AppState', () => {
  it('another graph drops the last one’s layout state (its view sets its own when mounted)', () => {
    const app = loaded();
    const first = app.graph;
    app.layout = { running: false, lastStop: 'settled', lastRunMs: 300, iterations: 180 };
    app.graph = first; // (the same graph again: kept)
    expect(app.layout.iterations).toBe(180);
    app.graph = graph();
    expect(app.layout).toEqual({ running: false, lastStop: null, lastRunMs: null, iterations: 0 });
  });

  it('curves parallel relations, except on a large graph (drawn with straight lines)', () => {
    const parallel = () =>
      new TestGraph().rel('p1', 'sanction', 'a', 'b').rel('p2', 'criticism', 'a', 'b');
    const small = new AppState();
    small.graph = parallel().graph;
    expect(small.curvatures.get('p1')).not.toBe(0);
    expect(small.curvatures.size).toBe(2);
    const big = parallel();
    for (let i = 0; i < 1000; i++) big.actor(`n${i}`);
    const large = new AppState();
    large.graph = big.graph;
    expect(large.curvatures.size).toBe(0);
  });

  it('hands a large graph to the panels after their summaries, each in a task, a small one at once', async () => {
    const small = new AppState();
    small.graph = graph();
    expect(small.panelGraph).toBe(small.graph);
    expect(small.analysis.extent).toMatchObject({ min: '2025-03-01', datedEdges: 3 });

    const big = new TestGraph().rel('e1', 'alliance', 'a', 'b', { start: '2025-03' });
    for (let i = 0; i < 1000; i++) big.actor(`n${i}`);
    big.graph.setNodeAttribute('a', 'color', '#ff0000');
    const app = new AppState();
    app.graph = big.graph;
    // the task that shows it: the visible view, not the panels' summaries
    expect(app.visibility!.visibleEdges.size).toBe(1);
    expect(app.panelGraph).toBeNull();
    expect(app.analysis.extent).toBeNull();
    expect(app.appearance.nodes.hasFileColors).toBe(false);
    // the summaries the panels read, in tasks of their own, computed once; then the panels
    const seen: boolean[][] = [];
    while (!app.panelGraph) {
      seen.push(PANEL_SUMMARIES.map((s) => s.has(big.graph)));
      await nextTask();
    }
    expect(seen[0]).toEqual([false, false, false]);
    expect(seen.at(-1)).toEqual([true, true, true]);
    // one after another, each first seen in a task after the one before it
    const firstSeen = PANEL_SUMMARIES.map((_s, i) => seen.findIndex((row) => row[i]));
    expect(firstSeen).toEqual([...firstSeen].sort((a, b) => a - b));
    expect(new Set(firstSeen).size).toBe(3);
    expect(app.panelGraph).toBe(big.graph);
    expect(app.appearance.edges.summaries).toBe(elementFactsOf.edge(big.graph).summaries);
    expect(app.analysis.extent).toMatchObject({ min: '2025-03-01', datedEdges: 1 });
    expect(app.appearance.nodes.hasFileColors).toBe(true);
    // a graph replaced before its turn is never handed over
    const other = new TestGraph();
    for (let i = 0; i < 1000; i++) other.actor(`m${i}`);
    app.graph = other.graph;
    app.graph = graph();
    expect(app.panelGraph).toBe(app.graph);
    for (let i = 0; i < 10; i++) await nextTask();
    expect(app.panelGraph).toBe(app.graph);
    expect(PANEL_SUMMARIES.some((s) => s.has(other.graph))).toBe(false);
  });

  it('keeps one view state: accessors, toggles and the snapshot all read and write it', () => {
    const app = loaded();
    app.toggle('relations', 'sanction', false);
    app.sizeBy = 'pagerank';
    app.analysis.depth = 2;
    expect(app.viewState.exclude.relations).toEqual(['sanction']);
    expect([...app.filters.relations]).toEqual(['sanction']);
    expect(app.viewState.sizeBy).toBe('pagerank');
    expect(app.toUrlState()).toMatchObject({
      exclude: { relations: ['sanction'] },
      sizeBy: 'pagerank',
      depth: 2,
    });
    expect(sorted(app.visibility!.visibleEdges)).toEqual(['e1', 'e3', 'e4']);
  });

  it('re-runs a stage only when what it reads changes', () => {
    const app = loaded();
    let visibilityRuns = 0;
    let styleRuns = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        void app.visibility;
        visibilityRuns++;
      });
      $effect(() => {
        void app.styleView;
        styleRuns++;
      });
    });
    flushSync();
    expect([visibilityRuns, styleRuns]).toEqual([1, 1]);
    app.camera = { x: 0.3, y: 0.4, ratio: 0.5 };
    flushSync();
    expect([visibilityRuns, styleRuns]).toEqual([1, 1]); // the camera is not part of the picture
    app.hovered = 'a';
    flushSync();
    expect([visibilityRuns, styleRuns]).toEqual([1, 2]); // a hover re-styles, it filters nothing
    expect(sorted(app.styleView.highlight!.nodes)).toEqual(['a', 'b', 'd']);
    app.toggle('relations', 'criticism', false);
    flushSync();
    expect([visibilityRuns, styleRuns]).toEqual([2, 3]);
    stop();
  });

  it('applies a URL: the reconcile rule for hidden values, a missing selection, the camera', () => {
    const app = loaded('?hide-rel=sanction,tariffs&node=zz&cam=0.1,0.2,0.5&lang=ja');
    expect(app.viewState.exclude.relations).toEqual(['sanction']);
    expect(app.selection).toBeNull();
    expect(app.language).toBe('ja');
    expect(app.cameraRequest).toMatchObject({
      kind: 'set',
      camera: { x: 0.1, y: 0.2, ratio: 0.5 },
    });
    expect(app.warnings.map(englishWarning)).toEqual([
      expect.stringMatching(/^URL parameter "hide-rel": .*"tariffs"/),
      expect.stringMatching(/"zz"/),
    ]);
  });

  it('a URL without a camera frames the selected actor with its visible neighbours', () => {
    const app = loaded('?node=a');
    expect(app.cameraRequest).toMatchObject({ kind: 'focus', zoom: true });
    expect(sorted((app.cameraRequest as { ids: string[] }).ids)).toEqual(['a', 'b', 'd']);
  });

  it('a URL without lang keeps the current language', () => {
    const app = loaded('?lang=ja');
    app.applyUrlState(parseUrlState('?node=a').state);
    expect(app.language).toBe('ja');
  });

  it('another dataset: the view state carries over by the one rule, the camera frames it all', () => {
    const app = loaded('?hide-rel=sanction&node=c&cam=0.1,0.2,0.5');
    app.viewState.exclude.relations.push('tariffs'); // an imported value of the old graph
    const next = new TestGraph().rel('x1', 'alliance', 'a', 'z').graph;
    app.replaceGraph(next);
    expect(app.graph).toBe(next);
    expect(app.viewState.exclude.relations).toEqual(['sanction']);
    expect(app.selection).toBeNull();
    expect(app.camera).toBeNull();
    expect(app.cameraRequest).toMatchObject({ kind: 'focus', ids: ['a', 'z'], zoom: true });
    expect(app.warnings.map(englishWarning)).toEqual([
      expect.stringMatching(/"c"/),
      expect.stringMatching(/"tariffs" does not apply to the new data/),
    ]);
  });

  it('frame and frameVisible ask the camera for the visible actors; equal requests stay distinct', () => {
    const app = loaded('?hide-rel=criticism');
    app.frameVisible();
    const first = app.cameraRequest;
    expect(sorted((first as { ids: string[] }).ids)).toEqual(['a', 'b', 'c', 'd']);
    app.frameVisible();
    expect(app.cameraRequest).not.toBe(first);
    expect(app.cameraRequest!.token).toBeGreaterThan(first!.token);
  });

  it('warns once about the same problem', () => {
    const app = loaded();
    const w = parseUrlState('?size=huge').notices[0]!;
    app.warn(w);
    app.warn({ ...w });
    expect(app.warnings).toHaveLength(1);
  });
});

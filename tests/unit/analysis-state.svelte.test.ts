// AnalysisState (src/state/analysis-state.svelte.ts) with its effects running under $effect.root
// and the analysis handler in this thread (inThreadWorker): the view state's analysis fields drive
// the requests built by the pipeline, answers become results the pipeline reads (path emphasis,
// bloc colours, a triad's relations), a cleared choice resets its channel, a path chosen by the
// user is framed, the cleanup stops everything.
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { inThreadWorker } from '../../src/graph/analysis-client';
import { AppState } from '../../src/state/app-state.svelte';
import { TestGraph, sorted } from './helpers/analysis-graph';

/** Two camps: a—b—c allied, x—y allied, a sanctions x; b—d alliance then d sanctions c. */
function graph() {
  return new TestGraph()
    .rel('ab', 'alliance', 'a', 'b')
    .rel('bc', 'alliance', 'b', 'c')
    .rel('ac', 'alliance', 'a', 'c')
    .rel('xy', 'alliance', 'x', 'y')
    .rel('ax', 'sanction', 'a', 'x')
    .rel('cy', 'sanction', 'c', 'y').graph;
}

function started() {
  const app = new AppState();
  app.graph = graph();
  // as App.svelte does once the graph is there; start() runs its effects under $effect.root
  const stop = app.analysis.start(inThreadWorker());
  flushSync();
  return { app, stop };
}

/** Lets the in-thread worker answer (it answers after a macrotask) and the effects settle. */
async function settle(app: AppState) {
  // a budget for a loaded machine, not a wait (vi.waitFor's 1 s default failed under load)
  await vi.waitFor(
    () => {
      flushSync();
      expect(app.analysis.busy).toBe(false);
    },
    { timeout: 15_000 },
  );
}

describe('AnalysisState', () => {
  it('a path chosen by the user is computed over the visible view, emphasised and framed', async () => {
    const { app, stop } = started();
    app.analysis.findPath('b', 'y');
    flushSync();
    expect(app.analysis.pathsStatus.busy).toBe(true);
    await settle(app);
    expect(app.analysis.pathsStatus.key).toBe('b,y');
    const emphasis = app.analysis.emphasis!;
    expect(sorted(emphasis.nodes)).toEqual(['b', 'c', 'y']); // b–c–y: 2 steps, b–a–x–y: 3
    expect(app.styleView.emphasis).toBe(emphasis);
    expect(app.cameraRequest).toMatchObject({ kind: 'focus', zoom: true });
    expect((app.cameraRequest as { ids: string[] }).ids[0]).toBe('b');
    // a filter that cuts the path: asked again, no path now
    app.toggle('relations', 'sanction', false);
    await settle(app);
    expect(app.analysis.pathsStatus.error).not.toBeNull();
    expect(app.analysis.emphasis).toBeNull();
    app.analysis.clearPath();
    flushSync();
    expect(app.analysis.pathsStatus).toMatchObject({ busy: false, result: null, error: null });
    stop();
  });

  it('blocs=on colours the two camps apart; off drops the colours', async () => {
    const { app, stop } = started();
    app.analysis.blocs = true;
    await settle(app);
    const colors = app.analysis.nodeColors!;
    expect(colors.get('a')).toBe(colors.get('b'));
    expect(colors.get('a')).toBe(colors.get('c'));
    expect(colors.get('x')).toBe(colors.get('y'));
    expect(colors.get('a')).not.toBe(colors.get('x'));
    expect(app.styleView.nodeColors).toBe(colors);
    app.analysis.blocs = false;
    flushSync();
    expect(app.analysis.nodeColors).toBeNull();
    expect(app.analysis.blocsStatus.result).toBeNull();
    stop();
  });

  it('the selected actor gets an alignment ranking, and a comparison with align=', async () => {
    const { app, stop } = started();
    app.select({ kind: 'node', id: 'a' });
    app.analysis.align = 'x';
    await settle(app);
    expect(app.analysis.rankStatus.key).toBe('a');
    expect(app.analysis.pairStatus.key).toBe('a,x');
    expect(app.analysis.pairStatus.result).not.toBeNull();
    stop();
  });

  it('the view state drives the requests: a URL path is computed but not framed', async () => {
    const { app, stop } = started();
    const before = app.cameraRequest;
    app.analysis.path = ['a', 'y'];
    await settle(app);
    expect(app.analysis.emphasis).not.toBeNull();
    expect(app.cameraRequest).toBe(before);
    stop();
  });

  it('after the cleanup nothing more is asked or answered', async () => {
    const { app, stop } = started();
    stop();
    app.analysis.blocs = true;
    flushSync();
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.analysis.blocsStatus).toMatchObject({ busy: false, result: null });
  });
});

// Mounts the graph view: sigma host + ForceAtlas2 runner + camera controller on a container, wired
// to the app state. Used as a Svelte attachment; its cleanup kills all three. In the e2e build
// (`vite build --mode e2e`) it also installs the read-only test hook (src/ui/test-hook.ts).
// A large graph mounts in steps, each its own task (no one task pays for all of it): the update
// that set the graph (derived views, panels) ends first; then sigma indexes the graph and draws
// the first frame; then the layout runner starts. Small graphs mount at once.
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { createSigmaHost, isLargeGraph, type SigmaHost } from '../render/sigma-host';
import {
  createCameraController,
  sameMembers,
  type CameraController,
} from '../render/camera-controller';
import { nodeSize, type StyleView } from '../render/style';
import { createLayoutRunner, ensurePositions } from '../layout/fa2-runner';
import type { AlignmapGraph } from '../model/build';
import type { AppState } from '../state/app-state.svelte';
import { installTestHook } from './test-hook';
import { nextTask } from '../model/next-task';
import { viewIndexOf } from '../state/graph-summaries';

/** The performance mark set when a layout run stops (before the stopped picture is drawn). */
export const LAYOUT_STOPPED_MARK = 'alignmap:layout-stopped';

/** Extra room around each node for noverlap, in pixels (labels sit beside nodes). */
const NODE_MARGIN_PX = 6;

export function graphAttachment(app: AppState): Attachment<HTMLElement> {
  // (a new graph re-runs the attachment on the same element: the cleanup, then the new view, which
  // takes over the last one's Sigma; nothing else it reads is tracked)
  return (container) => {
    const graph = app.graph;
    return untrack(() => mount(container, graph, app));
  };
}

/** The view of one graph in the container (a large graph's in steps); returns its cleanup. */
function mount(
  container: HTMLElement,
  graph: AlignmapGraph | null,
  app: AppState,
): (() => void) | undefined {
  if (!graph) return;
  if (!isLargeGraph(graph)) return mountView(container, graph, app, (step) => step());
  let stopped = false;
  let teardown: (() => void) | null = null;
  // each step in a task of its own, none after the view was removed
  const inTask = (step: () => void) =>
    void nextTask().then(() => {
      if (!stopped) step();
    });
  // the start positions (a stored import has none: every actor seeded, ~15 ms at 50,000) and
  // the first style view (~20 ms) before sigma's construction (~60 ms: its WebGL contexts and
  // programs), so that none of these tasks is long
  inTask(() => {
    ensurePositions(graph);
    inTask(() => {
      untrack(() => app.styleView);
      inTask(() => (teardown = mountView(container, graph, app, inTask)));
    });
  });
  return () => {
    stopped = true;
    teardown?.();
  };
}

/**
 * Mounts sigma and the camera at once and draws; `later` runs the layout's start (at once, or in a
 * task of its own for a large graph). Returns the cleanup.
 */
function mountView(
  container: HTMLElement,
  graph: AlignmapGraph,
  app: AppState,
  later: (step: () => void) => void,
): () => void {
  let view: StyleView = untrack(() => app.styleView);
  // e2e build only: a page that sets window.__alignmapFreezeLayout before loading keeps the
  // shipped positions (no polishing run), for screenshot baselines that do not depend on speed
  const frozen =
    import.meta.env.MODE === 'e2e' &&
    (window as { __alignmapFreezeLayout?: boolean }).__alignmapFreezeLayout === true;
  // a stored import reopened where its user left it: no layout run at start either
  const laidOut = untrack(() => app.laidOut === graph);
  const runsAtStart = !frozen && !laidOut;
  let camera: CameraController | null = null;
  let runner: ReturnType<typeof createLayoutRunner> | null = null;
  let killed = false;
  ensurePositions(graph);

  const host: SigmaHost = createSigmaHost(container, graph, {
    getView: () => view,
    onClickNode: (id) => app.select({ kind: 'node', id }),
    onClickEdge: (id) => app.select({ kind: 'edge', id }),
    onClickStage: () => app.select(null),
    onHoverNode: (id) => (app.hovered = id),
    onDragNode: (id, x, y) => runner?.pin(id, x, y),
    onDragEnd: () => app.positionsSettled++,
    onCameraChange: () => camera?.moved(),
    onEdgesDrawn: (drawn) => (app.edgesDrawn = drawn),
    // a large graph: sigma's construction and its indexing of the graph in two tasks
    ...(isLargeGraph(graph) ? { indexLater: later } : {}),
    layoutRunsAtStart: runsAtStart,
  });
  const controller = createCameraController(host, {
    onSettled: (state) => (app.camera = state),
  });
  camera = controller;
  const viewport = { graphBox: () => host.viewportGraphBox() };
  app.viewport = viewport;

  // effects of their own (the view may mount after the attachment's own run)
  // (each bails out once the app shows another graph: this view's teardown may come after them
  // in the same flush, and another graph's view names actors this one does not have)
  const current = () => app.graph === graph;
  const stopEffects = $effect.root(() => {
    $effect(() => {
      const next = app.styleView;
      if (!current()) return;
      view = next;
      host.applyView(view);
    });

    $effect(() => {
      const request = app.cameraRequest;
      if (request && current()) untrack(() => controller.request(request));
    });

    // The camera follows the question: after a filter, time or focus change that shows other
    // actors it frames them (not on mounting: the URL's camera or the first framing stands).
    let shown = untrack(() => app.visibility?.visibleNodes ?? null);
    $effect(() => {
      const nodes = app.visibility?.visibleNodes ?? null;
      if (!nodes || !current() || (shown && sameMembers(nodes, shown))) return;
      shown = nodes;
      untrack(() => controller.follow([...nodes]));
    });
  });

  // a font face arrived: labels are drawn with it (a large graph only redraws: re-indexing its
  // tens of thousands of relations for a label font would be a long task)
  const onFonts = () => (host.large ? host.redraw() : host.refresh(true));
  document.fonts?.addEventListener('loadingdone', onFonts);

  const removeHook =
    import.meta.env.MODE === 'e2e'
      ? installTestHook({ app, graph, host, camera: controller, drawnView: () => view, frozen })
      : null;

  // The layout starts with the runner (below): until then this graph's layout counts as running
  // (not the previous graph's state), and a framing waits for its stop.
  app.layout = {
    running: runsAtStart,
    lastStop: laidOut && !frozen ? 'saved' : null,
    lastRunMs: null,
    iterations: 0,
  };
  if (runsAtStart) controller.setLayoutRunning(true);

  const control = {
    start: () => runner?.start(),
    stop: () => runner?.stop(),
    reset: () => runner?.reset(),
  };
  later(() => {
    if (killed) return;
    runner = createLayoutRunner(graph, {
      index: viewIndexOf(graph),
      nodeRadiusPx: (id) => nodeSize(view.sizes.get(id)) * host.nodeScale + NODE_MARGIN_PX,
      viewportPx: () => host.stageSpanPx(),
      onChange: (state) => {
        // a mark for profiles and the browser tests: the stop, before the edges come back
        if (!state.running && state.lastStop !== null) {
          performance.mark(LAYOUT_STOPPED_MARK);
          // (the positions are saved: an import reopens as it was left)
          app.positionsSettled++;
        }
        app.layout = state;
        host.setLayoutRunning(state.running);
        // a framing asked for while the actors moved runs when they stop
        controller.setLayoutRunning(state.running);
      },
    });
    app.layoutControl = control;
    // (a large graph's start — the worker, its matrices — in the task after the runner's)
    if (runsAtStart) later(() => runner?.start());
  });

  return () => {
    killed = true;
    document.fonts?.removeEventListener('loadingdone', onFonts);
    stopEffects();
    // On a graph switch the next view may mount first: clear only what this one set.
    if (app.layoutControl === control) app.layoutControl = null;
    if (app.viewport === viewport) app.viewport = null;
    app.edgesDrawn = null;
    controller.kill();
    runner?.kill();
    host.kill();
    removeHook?.();
  };
}

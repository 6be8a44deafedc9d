// Mounts the graph view: sigma host + ForceAtlas2 runner + camera controller on a container, wired
// to the app state. Used as a Svelte attachment; its cleanup kills all three. In the e2e build
// (`vite build --mode e2e`) it also installs the read-only test hook (src/ui/test-hook.ts).
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { createSigmaHost, type SigmaHost } from '../render/sigma-host';
import {
  createCameraController,
  sameMembers,
  type CameraController,
} from '../render/camera-controller';
import { nodeSize, type StyleView } from '../render/style';
import { createLayoutRunner, ensurePositions } from '../layout/fa2-runner';
import type { AppState } from '../state/app-state.svelte';
import { installTestHook } from './test-hook';

/** Extra room around each node for noverlap, in pixels (labels sit beside nodes). */
const NODE_MARGIN_PX = 6;

export function graphAttachment(app: AppState): Attachment<HTMLElement> {
  return (container) => {
    const graph = untrack(() => app.graph);
    if (!graph) return;
    let view: StyleView = untrack(() => app.styleView);
    let camera: CameraController | null = null;
    ensurePositions(graph);

    const host: SigmaHost = createSigmaHost(container, graph, {
      getView: () => view,
      onClickNode: (id) => app.select({ kind: 'node', id }),
      onClickEdge: (id) => app.select({ kind: 'edge', id }),
      onClickStage: () => app.select(null),
      onHoverNode: (id) => (app.hovered = id),
      onDragNode: (id, x, y) => runner.pin(id, x, y),
      onCameraChange: () => camera?.moved(),
    });
    const controller = createCameraController(host, {
      onSettled: (state) => (app.camera = state),
    });
    camera = controller;

    const runner = createLayoutRunner(graph, {
      nodeRadiusPx: (id) => nodeSize(view.sizes.get(id)) * host.nodeScale + NODE_MARGIN_PX,
      viewportPx: () => host.stageSpanPx(),
      onChange: (state) => {
        app.layout = state;
        host.setLayoutRunning(state.running);
        // a framing asked for while the actors moved runs when they stop
        controller.setLayoutRunning(state.running);
      },
    });
    const control = {
      start: () => runner.start(),
      stop: () => runner.stop(),
      reset: () => runner.reset(),
    };
    app.layoutControl = control;
    const viewport = { graphBox: () => host.viewportGraphBox() };
    app.viewport = viewport;

    $effect(() => {
      view = app.styleView;
      host.applyView(view);
    });

    $effect(() => {
      const request = app.cameraRequest;
      if (request) untrack(() => controller.request(request));
    });

    // The camera follows the question: after a filter, time or focus change that shows other
    // actors it frames them (not on mounting: the URL's camera or the first framing stands).
    let shown = untrack(() => app.visibility?.visibleNodes ?? null);
    $effect(() => {
      const nodes = app.visibility?.visibleNodes ?? null;
      if (!nodes || (shown && sameMembers(nodes, shown))) return;
      shown = nodes;
      untrack(() => controller.follow([...nodes]));
    });

    const onFonts = () => host.refresh(true);
    document.fonts?.addEventListener('loadingdone', onFonts);

    // e2e build only: a page that sets window.__alignmapFreezeLayout before loading keeps the
    // shipped positions (no polishing run), for screenshot baselines that do not depend on speed
    const frozen =
      import.meta.env.MODE === 'e2e' &&
      (window as { __alignmapFreezeLayout?: boolean }).__alignmapFreezeLayout === true;
    const removeHook =
      import.meta.env.MODE === 'e2e'
        ? installTestHook({ app, graph, host, camera: controller, drawnView: () => view, frozen })
        : null;

    if (!frozen) runner.start();

    return () => {
      document.fonts?.removeEventListener('loadingdone', onFonts);
      // On a graph switch the next view may mount first: clear only what this one set.
      if (app.layoutControl === control) app.layoutControl = null;
      if (app.viewport === viewport) app.viewport = null;
      controller.kill();
      runner.kill();
      host.kill();
      removeHook?.();
    };
  };
}

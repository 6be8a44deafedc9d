// Mounts the graph view: sigma host + ForceAtlas2 runner on a container, wired to the app state.
// Used as a Svelte attachment; its cleanup kills both (and removes the read-only test hook).
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { createSigmaHost, type SigmaHost } from '../render/sigma-host';
import { nodeSize, type StyleView } from '../render/style';
import { createLayoutRunner, ensurePositions } from '../layout/fa2-runner';
import type { AppState, CameraRequest } from '../state/app-state.svelte';

/** Extra room around each node for noverlap, in pixels (labels sit beside nodes). */
const NODE_MARGIN_PX = 6;

export function graphAttachment(app: AppState): Attachment<HTMLElement> {
  return (container) => {
    const graph = untrack(() => app.graph);
    if (!graph) return;
    let view: StyleView = untrack(() => app.styleView);
    let cameraTimer: ReturnType<typeof setTimeout> | undefined;
    let pendingFocus: CameraRequest | null = null;
    ensurePositions(graph);

    const host: SigmaHost = createSigmaHost(container, graph, {
      getView: () => view,
      onClickNode: (id) => app.select({ kind: 'node', id }),
      onClickEdge: (id) => app.select({ kind: 'edge', id }),
      onClickStage: () => app.select(null),
      onHoverNode: (id) => (app.hovered = id),
      onDragNode: (id, x, y) => runner.pin(id, x, y),
      onCameraChange: (camera) => {
        clearTimeout(cameraTimer);
        cameraTimer = setTimeout(() => (app.camera = camera), 250);
      },
    });

    const runner = createLayoutRunner(graph, {
      nodeRadius: (id) =>
        (nodeSize(view.sizes.get(id)) + NODE_MARGIN_PX) * host.graphUnitsPerPixel(),
      onChange: (state) => {
        app.layout = state;
        if (!state.running) {
          host.refresh(true);
          if (pendingFocus) apply(pendingFocus);
          pendingFocus = null;
        }
      },
    });
    app.layoutControl = {
      start: () => runner.start(),
      stop: () => runner.stop(),
      reset: () => runner.reset(),
    };

    function apply(request: CameraRequest): void {
      if (request.kind === 'set') void host.setCamera(request.camera);
      else void host.focus(request.ids, { zoom: request.zoom });
    }

    let previous = view;
    $effect(() => {
      view = app.styleView;
      const reindex =
        view.hiddenNodes !== previous.hiddenNodes ||
        view.hiddenEdges !== previous.hiddenEdges ||
        view.sizes !== previous.sizes ||
        view.language !== previous.language;
      previous = view;
      host.refresh(reindex);
    });

    $effect(() => {
      const request = app.cameraRequest;
      if (!request) return;
      // While the layout moves nodes, a focus would aim at a moving target: do it when it stops.
      if (request.kind === 'focus' && untrack(() => app.layout.running)) pendingFocus = request;
      else apply(request);
    });

    const onFonts = () => host.refresh(true);
    document.fonts?.addEventListener('loadingdone', onFonts);

    const hook = {
      get layout() {
        return { ...app.layout };
      },
      get counts() {
        const v = app.visibility;
        return {
          nodes: graph.order,
          edges: graph.size,
          visibleNodes: v?.visibleNodes.size ?? 0,
          visibleEdges: v?.visibleEdges.size ?? 0,
          isolatedHidden: v?.isolatedNodes.size ?? 0,
        };
      },
      displayedLabel: (id: string) => host.displayedLabel(id),
      drawnLabels: () => host.drawnLabels(),
      viewportPosition: (id: string) => host.viewportPosition(id),
      forcedLabels: () => [...app.labelled],
      camera: () => host.getCamera(),
    };
    (window as unknown as { __alignmap?: unknown }).__alignmap = hook;

    runner.start();

    return () => {
      clearTimeout(cameraTimer);
      document.fonts?.removeEventListener('loadingdone', onFonts);
      app.layoutControl = null;
      runner.kill();
      host.kill();
      delete (window as unknown as { __alignmap?: unknown }).__alignmap;
    };
  };
}

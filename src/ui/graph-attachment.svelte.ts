// Mounts the graph view: sigma host + ForceAtlas2 runner on a container, wired to the app state.
// Used as a Svelte attachment; its cleanup kills both (and removes the read-only test hook).
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { createSigmaHost, type GraphBox, type SigmaHost } from '../render/sigma-host';
import { nodeSize, styleEdge, styleNode, type StyleView } from '../render/style';
import { createLayoutRunner, ensurePositions } from '../layout/fa2-runner';
import type { AppState, CameraRequest } from '../state/app-state.svelte';

/** Extra room around each node for noverlap, in pixels (labels sit beside nodes). */
const NODE_MARGIN_PX = 6;

/**
 * The mounted view's camera rectangle in graph coordinates (for exports cropped to the camera);
 * null while no graph view is mounted.
 */
export const mountedView: { viewportGraphBox: (() => GraphBox) | null } = {
  viewportGraphBox: null,
};

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
      nodeRadiusPx: (id) => nodeSize(view.sizes.get(id)) * host.nodeScale + NODE_MARGIN_PX,
      viewportPx: () => host.stageSpanPx(),
      onChange: (state) => {
        app.layout = state;
        host.setLayoutRunning(state.running);
        if (!state.running) {
          if (pendingFocus) apply(pendingFocus);
          pendingFocus = null;
        }
      },
    });
    const control = {
      start: () => runner.start(),
      stop: () => runner.stop(),
      reset: () => runner.reset(),
    };
    app.layoutControl = control;
    const viewportGraphBox = () => host.viewportGraphBox();
    mountedView.viewportGraphBox = viewportGraphBox;

    function apply(request: CameraRequest): void {
      if (request.kind === 'set') void host.setCamera(request.camera);
      else void host.focus(request.ids, { zoom: request.zoom });
    }

    $effect(() => {
      view = app.styleView;
      host.applyView(view);
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
      visibleNodeIds: () => [...(app.visibility?.visibleNodes ?? [])],
      camera: () => host.getCamera(),
      /** The colour and size the style gives a node / an edge now (bloc colours, dimming, emphasis). */
      nodeColor: (id: string) => styleNode(id, graph.getNodeAttributes(id), app.styleView).color,
      edgeSize: (id: string) => styleEdge(id, graph.getEdgeAttributes(id), app.styleView).size,
      /** Read-only summary of the alignment analyses (src/state/analysis-state.svelte.ts). */
      get analysis() {
        const a = app.analysis;
        const v = app.visibility;
        return {
          busy: a.busy,
          dimmedNodes: v?.dimmedNodes.size ?? 0,
          dimmedEdges: v?.dimmedEdges.size ?? 0,
          messages: [...(v?.messages ?? [])],
          blocs: a.blocList.map((b) => ({ color: b.color, members: [...b.bloc.members] })),
          blocsMs: a.blocsStatus.ms,
          balanceMs: a.balanceStatus.ms,
          rankMs: a.rankStatus.ms,
          pathsMs: a.pathsStatus.ms,
          pathNodes: a.pathsStatus.result ? [...a.pathsStatus.result.nodes] : null,
          emphasis: a.emphasis
            ? { nodes: [...a.emphasis.nodes], edges: [...a.emphasis.edges] }
            : null,
        };
      },
    };
    (window as unknown as { __alignmap?: unknown }).__alignmap = hook;

    runner.start();

    return () => {
      clearTimeout(cameraTimer);
      document.fonts?.removeEventListener('loadingdone', onFonts);
      // On a graph switch the next view may mount first: clear only what this one set.
      if (app.layoutControl === control) app.layoutControl = null;
      if (mountedView.viewportGraphBox === viewportGraphBox) mountedView.viewportGraphBox = null;
      runner.kill();
      host.kill();
      const w = window as unknown as { __alignmap?: unknown };
      if (w.__alignmap === hook) delete w.__alignmap;
    };
  };
}

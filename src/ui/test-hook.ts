// The read-only window.__alignmap hook the browser tests read (counts, labels, camera, styles,
// analysis results, and `idle`: the layout stopped, the camera at rest and reported, the current
// view drawn). Installed only in the e2e build (`vite build --mode e2e`, see graph-attachment):
// production bundles leave this module out.
import type { AlignmapGraph } from '../model/build';
import type { CameraController } from '../render/camera-controller';
import type { SigmaHost } from '../render/sigma-host';
import { styleEdge, styleNode, type StyleView } from '../render/style';
import type { AppState } from '../state/app-state.svelte';

export interface HookSources {
  app: AppState;
  graph: AlignmapGraph;
  host: SigmaHost;
  camera: CameraController;
  /** The StyleView the renderer drew last (equal to app.styleView once the view is drawn). */
  drawnView: () => StyleView;
  /** The layout was not started (window.__alignmapFreezeLayout): idle needs no layout stop. */
  frozen?: boolean;
}

/** Installs the hook on window; returns its removal (which leaves a newer hook alone). */
export function installTestHook({
  app,
  graph,
  host,
  camera,
  drawnView,
  frozen = false,
}: HookSources): () => void {
  const hook = {
    /** Nothing left to settle: layout stopped, camera at rest and reported, current view drawn
     * (a large graph's relations written too). */
    get idle() {
      return (
        (app.layout.lastStop !== null || frozen) &&
        !app.layout.running &&
        camera.idle &&
        !host.drawing &&
        drawnView() === app.styleView
      );
    },
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
    /** A large graph: whether sigma's state came from the host's processing in slices, and what
     * of it differs from sigma's own processing (run by this call). */
    processingCheck: () => host.processingCheck(),
    /** How many relations a large graph's edge layer draws (null: sigma draws them). */
    drawnRelations: () => host.drawnRelations(),
    /** A large graph's relations are still being written for the edge layer. */
    get drawingRelations() {
      return host.drawing;
    },
    /** A frame has shown the graph's actors (a large graph's come some tasks after the graph). */
    get actorsShown() {
      return host.actorsShown;
    },
    drawnLabels: () => host.drawnLabels(),
    /** The labels drawn in the last frame, their boxes (CSS px) and whether they were forced. */
    labelBoxes: () => host.labelBoxes(),
    viewportPosition: (id: string) => host.viewportPosition(id),
    /** A node's position in graph units and whether it is pinned (null when there is no node). */
    graphPosition: (id: string) => {
      if (!graph.hasNode(id)) return null;
      const a = graph.getNodeAttributes(id);
      return { x: a.x ?? null, y: a.y ?? null, fixed: a.fixed === true };
    },
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
  const w = window as unknown as { __alignmap?: unknown };
  w.__alignmap = hook;
  return () => {
    if (w.__alignmap === hook) delete w.__alignmap;
  };
}

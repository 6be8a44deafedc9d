// The only place that constructs Sigma: mounts a renderer on a container for one graph, styles it
// through style.ts (reducers only look up precomputed sets in the current StyleView), forwards
// pointer events, supports node dragging, and moves the camera. kill() is idempotent.
import Sigma from 'sigma';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { EdgeArrowProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { AbstractGraph } from 'graphology-types';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import { LABEL_FONT, styleEdge, styleNode, type StyleView } from './style';

export interface CameraSnapshot {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export interface SigmaHostOptions {
  getView: () => StyleView;
  onClickNode?: (id: string) => void;
  onClickEdge?: (id: string) => void;
  onClickStage?: () => void;
  onHoverNode?: (id: string | null) => void;
  /** A node was dragged to graph coordinates (x, y): the caller pins it. */
  onDragNode?: (id: string, x: number, y: number) => void;
  onCameraChange?: (camera: CameraSnapshot) => void;
}

export interface SigmaHost {
  /** Re-applies the style; `layoutChanged` re-indexes (sizes, visibility, positions). */
  refresh(layoutChanged?: boolean): void;
  /** Animates the camera to show the given nodes (zoom: close up, else keep the zoom level). */
  focus(ids: string[], options?: { zoom?: boolean; duration?: number }): Promise<void>;
  getCamera(): CameraSnapshot;
  setCamera(camera: Partial<CameraSnapshot>, animate?: boolean): Promise<void>;
  /** The label sigma currently draws for a node (for tests and accessibility). */
  displayedLabel(id: string): string | null;
  /** Pixels (at camera ratio 1) → graph units, for layout post-processing. */
  graphUnitsPerPixel(): number;
  kill(): void;
}

type G = AbstractGraph<NodeAttributes, EdgeAttributes>;

export function createSigmaHost(
  container: HTMLElement,
  graph: G,
  options: SigmaHostOptions,
): SigmaHost {
  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph as never, container, {
    allowInvalidContainer: true,
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '400',
    labelColor: { color: '#1d1d1b' },
    labelDensity: 0.35,
    labelGridCellSize: 140,
    labelRenderedSizeThreshold: 4,
    stagePadding: 40,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    defaultEdgeType: 'line',
    edgeProgramClasses: {
      line: EdgeRectangleProgram,
      arrow: EdgeArrowProgram,
      curve: EdgeCurveProgram,
      curvedArrow: EdgeCurvedArrowProgram,
    },
    nodeReducer: (id, attrs) => ({ ...attrs, ...styleNode(id, attrs, options.getView()) }),
    edgeReducer: (id, attrs) => ({ ...attrs, ...styleEdge(id, attrs, options.getView()) }),
  });

  let killed = false;
  let dragged: string | null = null;
  let dragMoved = false;
  let suppressClick = false;

  sigma.on('clickNode', ({ node }) => {
    if (suppressClick) return;
    options.onClickNode?.(node);
  });
  sigma.on('clickEdge', ({ edge }) => options.onClickEdge?.(edge));
  sigma.on('clickStage', () => {
    if (suppressClick) return;
    options.onClickStage?.();
  });
  sigma.on('enterNode', ({ node }) => {
    if (!dragged) options.onHoverNode?.(node);
  });
  sigma.on('leaveNode', () => {
    if (!dragged) options.onHoverNode?.(null);
  });

  // Dragging: freeze the normalisation box so the picture does not shift under the pointer.
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    dragMoved = false;
    suppressClick = false;
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.on('moveBody', ({ event }) => {
    if (!dragged) return;
    const pos = sigma.viewportToGraph(event);
    dragMoved = true;
    options.onDragNode?.(dragged, pos.x, pos.y);
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const endDrag = () => {
    if (dragged && dragMoved) {
      suppressClick = true;
      setTimeout(() => (suppressClick = false), 0);
    }
    dragged = null;
  };
  sigma.on('upNode', endDrag);
  sigma.on('upStage', endDrag);

  const camera = sigma.getCamera();
  const onCamera = () => options.onCameraChange?.(snapshot());
  camera.on('updated', onCamera);

  function snapshot(): CameraSnapshot {
    const { x, y, ratio, angle } = camera.getState();
    return { x, y, ratio, angle };
  }

  return {
    refresh(layoutChanged = true) {
      if (killed) return;
      if (layoutChanged) sigma.refresh();
      else sigma.refresh({ skipIndexation: true });
    },
    async focus(ids, { zoom = false, duration = 600 } = {}) {
      if (killed) return;
      const points = ids
        .map((id) => sigma.getNodeDisplayData(id))
        .filter((d): d is NonNullable<typeof d> => d !== undefined);
      if (points.length === 0) return;
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      const x = (Math.min(...xs) + Math.max(...xs)) / 2;
      const y = (Math.min(...ys) + Math.max(...ys)) / 2;
      const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
      const current = camera.getState().ratio;
      const ratio = zoom
        ? Math.min(Math.max(span * 1.6, 0.35), 1)
        : Math.min(current, Math.max(span * 1.6, current));
      await camera.animate({ x, y, ratio }, { duration });
    },
    getCamera: snapshot,
    async setCamera(state, animate = false) {
      if (killed) return;
      if (animate) await camera.animate(state, { duration: 400 });
      else camera.setState(state);
    },
    displayedLabel(id) {
      if (killed || !graph.hasNode(id)) return null;
      return sigma.getNodeDisplayData(id)?.label ?? null;
    },
    graphUnitsPerPixel() {
      const { width, height } = sigma.getDimensions();
      const bbox = sigma.getCustomBBox() ?? sigma.getBBox();
      const extent = Math.max(bbox.x[1] - bbox.x[0], bbox.y[1] - bbox.y[0], 1e-9);
      return extent / Math.max(1, Math.min(width, height) - 2 * 40);
    },
    kill() {
      if (killed) return;
      killed = true;
      camera.removeListener('updated', onCamera);
      sigma.kill();
    },
  };
}

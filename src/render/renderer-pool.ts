// One renderer per graph view container, kept across graph switches: a host that is killed leaves
// its renderer here, cleared, and the next host mounted in the same container takes it instead of
// constructing one (sigma's construction is 160–190 ms of synchronous WebGL calls to a software GPU
// on Chromium 150, its teardown ~60 ms). A renderer nobody takes within `spareMs` (the view went
// away) is killed. Generic over the renderer so that it is tested without WebGL; the sigma host
// wires Sigma into it.

/** What the pool needs of a renderer (Sigma offers exactly this). */
export interface PooledRenderer<G, S> {
  setGraph(graph: G): void;
  setSettings(settings: S): unknown;
  setCustomBBox(box: null): unknown;
  removeAllListeners(): unknown;
  getCamera(): {
    setState(state: CameraOrigin): unknown;
    isAnimated(): boolean;
    animate(state: CameraOrigin, options: { duration: number }): unknown;
  };
  kill(): void;
}

type CameraOrigin = { x: number; y: number; ratio: number; angle: number };
/** A new renderer's camera. */
const ORIGIN: CameraOrigin = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

export interface RendererPool<R, G, S> {
  /** A kept renderer for this container, set up for the graph and settings; else a new one. */
  take(container: HTMLElement, graph: G, settings: S): R;
  /** Keeps a host's renderer for the next host in its container (given an empty graph). */
  keep(container: HTMLElement, renderer: R, empty: G): void;
}

export interface RendererPoolOptions {
  spareMs?: number;
  timers?: { set(run: () => void, ms: number): unknown; clear(handle: unknown): void };
}

const DEFAULT_TIMERS = {
  set: (run: () => void, ms: number) => setTimeout(run, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createRendererPool<G, S, R extends PooledRenderer<G, S>>(
  construct: (graph: G, container: HTMLElement, settings: S) => R,
  options: RendererPoolOptions = {},
): RendererPool<R, G, S> {
  const spareMs = options.spareMs ?? 2000;
  const timers = options.timers ?? DEFAULT_TIMERS;
  const spares = new Map<HTMLElement, { renderer: R; timer: unknown }>();

  function drop(container: HTMLElement): R | null {
    const spare = spares.get(container);
    if (!spare) return null;
    spares.delete(container);
    timers.clear(spare.timer);
    return spare.renderer;
  }

  return {
    take(container, graph, settings) {
      const renderer = drop(container);
      if (!renderer) return construct(graph, container, settings);
      // the last host's settings (reducers, programs, label drawing) replaced, the camera and
      // the framing box as a new renderer has them, then the graph (sigma draws it at once)
      renderer.setSettings(settings);
      renderer.setCustomBBox(null);
      const camera = renderer.getCamera();
      // (a move the last host started would carry on in its frames: replaced by one to the origin)
      if (camera.isAnimated()) void camera.animate(ORIGIN, { duration: 1 });
      camera.setState(ORIGIN);
      renderer.setGraph(graph);
      return renderer;
    },
    keep(container, renderer, empty) {
      drop(container)?.kill();
      // the last host's handlers go (it restored whatever else it changed), and its graph
      renderer.removeAllListeners();
      renderer.setGraph(empty);
      const timer = timers.set(() => {
        if (spares.get(container)?.renderer !== renderer) return;
        spares.delete(container);
        renderer.kill();
      }, spareMs);
      spares.set(container, { renderer, timer });
    },
  };
}

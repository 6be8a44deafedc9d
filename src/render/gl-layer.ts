// A WebGL layer of our own inside sigma's container, drawn with sigma's camera: the plumbing the
// edge layer (edge-layer-gl.ts) and the layout's point layer (node-layer-gl.ts) share. A canvas
// inserted before one of sigma's layers and sized like them, a compiled program, and a render run
// after each sigma frame and on a frame of its own when asked (`schedule`) or when the camera
// moves; it hands its draw
// function the affine map from graph units to clip space (read from three points through sigma's
// graphToViewport, so sigma's normalisation, stage padding and camera are all in it; or a map of
// the layer's own) and sigma's render parameters. Optionally nothing is drawn while the camera moves. kill() is idempotent.

/** Sigma's camera state (normalised units). */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** What the layers use of sigma (the host passes its Sigma; sigma is imported by the host alone). */
export interface LayerRenderer {
  createCanvas(id: string, options: { beforeLayer: string }): HTMLCanvasElement;
  createWebGLContext(id: string, options: { canvas: HTMLCanvasElement }): WebGLRenderingContext;
  killLayer(id: string): unknown;
  getRenderParams(): { pixelRatio: number; sizeRatio: number };
  getDimensions(): { width: number; height: number };
  getBBox(): { x: [number, number]; y: [number, number] };
  getCustomBBox(): { x: [number, number]; y: [number, number] } | null;
  getStagePadding(): number;
  graphToViewport(p: { x: number; y: number }): { x: number; y: number };
  getCamera(): {
    isAnimated(): boolean;
    getState(): CameraState;
    on(event: 'updated', fn: () => void): unknown;
    removeListener(event: 'updated', fn: () => void): unknown;
  };
  getMouseCaptor(): {
    isMoving: boolean;
    draggedEvents: number;
    currentWheelDirection: number;
    on(event: 'mouseup', fn: () => void): unknown;
    removeListener(event: 'mouseup', fn: () => void): unknown;
  };
  on(event: 'afterRender', fn: () => void): unknown;
  removeListener(event: 'afterRender', fn: () => void): unknown;
}

/** A fragment shader drawing the vertex colour (premultiplied, as the canvas composites it), after
 * `discard` rules of its own (e.g. outside a round point). */
export function colorFragmentShader(before = ''): string {
  return `
precision mediump float;
varying vec4 v_color;
void main() {
  ${before}
  gl_FragColor = vec4(v_color.rgb * v_color.a, v_color.a);
}`;
}

/**
 * The affine map from graph units to clip space, column-major (a WebGL mat3): where three graph
 * points land in the viewport (pixels, y down) gives it exactly.
 */
export function graphToClipMatrix(
  toViewport: (p: { x: number; y: number }) => { x: number; y: number },
  width: number,
  height: number,
  at: { x: number; y: number } = { x: 0, y: 0 },
  unit = 1,
): Float32Array {
  const o = toViewport(at);
  const ex = toViewport({ x: at.x + unit, y: at.y });
  const ey = toViewport({ x: at.x, y: at.y + unit });
  // pixels → clip: x' = 2x/w − 1, y' = 1 − 2y/h
  const cx = (px: number) => (2 * px) / width - 1;
  const cy = (py: number) => 1 - (2 * py) / height;
  const a = (cx(ex.x) - cx(o.x)) / unit;
  const b = (cy(ex.y) - cy(o.y)) / unit;
  const c = (cx(ey.x) - cx(o.x)) / unit;
  const d = (cy(ey.y) - cy(o.y)) / unit;
  const tx = cx(o.x) - a * at.x - c * at.y;
  const ty = cy(o.y) - b * at.x - d * at.y;
  return new Float32Array([a, b, 0, c, d, 0, tx, ty, 1]);
}

export interface GlLayerOptions {
  /** Sigma's layer this one goes under (e.g. 'nodes'). */
  before: string;
  vertexShader: string;
  fragmentShader: string;
  /** Draw nothing while the camera moves (a pan, a wheel zoom, an animation). */
  hideOnMove: boolean;
  /** Draws (the program in use, the canvas cleared, blending set). */
  draw(
    gl: WebGLRenderingContext,
    matrix: Float32Array,
    params: { pixelRatio: number; sizeRatio: number },
  ): void;
  /** Whether there is anything to draw (no matrix is computed otherwise). */
  hasData(): boolean;
  /** The graph → clip-space map of its own (default: read through sigma's graphToViewport, i.e.
   * sigma's normalisation of its last processed frame). */
  matrix?: (viewport: { width: number; height: number }) => Float32Array;
}

export interface GlLayer {
  readonly gl: WebGLRenderingContext;
  readonly program: WebGLProgram;
  /** The canvas (hidden or shown by its owner). */
  readonly canvas: HTMLCanvasElement;
  /** Draws on the next animation frame (once however often asked). */
  schedule(): void;
  kill(): void;
}

function compile(gl: WebGLRenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('gl-layer: could not create a shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
    throw new Error(`gl-layer: a shader did not compile: ${gl.getShaderInfoLog(shader)}`);
  return shader;
}

export function createGlLayer(sigma: LayerRenderer, id: string, options: GlLayerOptions): GlLayer {
  const canvas = sigma.createCanvas(id, { beforeLayer: options.before });
  const gl = sigma.createWebGLContext(id, { canvas });
  const program = gl.createProgram()!;
  gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, options.vertexShader));
  gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, options.fragmentShader));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS))
    throw new Error(`gl-layer: the program did not link: ${gl.getProgramInfoLog(program)}`);

  function moving(): boolean {
    const mouse = sigma.getMouseCaptor();
    return (
      sigma.getCamera().isAnimated() ||
      mouse.isMoving ||
      mouse.draggedEvents > 0 ||
      mouse.currentWheelDirection !== 0
    );
  }

  /** Sizes the canvas like sigma's (sigma sizes its layers when the container's size changes). */
  function fit(width: number, height: number, ratio: number): void {
    const w = Math.round(width * ratio);
    const h = Math.round(height * ratio);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
  }

  /** Graph → clip space as sigma's last processed frame places the graph. */
  function sigmaMatrix(width: number, height: number): Float32Array {
    const box = sigma.getCustomBBox() ?? sigma.getBBox();
    const at = { x: (box.x[0] + box.x[1]) / 2, y: (box.y[0] + box.y[1]) / 2 };
    const unit = Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0], 1e-9);
    return graphToClipMatrix((p) => sigma.graphToViewport(p), width, height, at, unit);
  }

  function render(): void {
    const { width, height } = sigma.getDimensions();
    const params = sigma.getRenderParams();
    fit(width, height, params.pixelRatio);
    gl.viewport(0, 0, canvas.width, canvas.height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (!options.hasData() || (options.hideOnMove && moving())) return;
    const matrix = options.matrix ? options.matrix({ width, height }) : sigmaMatrix(width, height);
    gl.useProgram(program);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    options.draw(gl, matrix, params);
  }

  let frame: number | null = null;
  const schedule = () => {
    if (frame === null)
      frame = requestAnimationFrame(() => {
        frame = null;
        render();
      });
  };
  const afterRender = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    render();
  };
  sigma.on('afterRender', afterRender);
  // A camera move while sigma's frames are held (sigma-host.ts): drawn on a frame of its own (when
  // sigma draws one, its afterRender draws this layer and cancels that frame).
  const camera = sigma.getCamera();
  camera.on('updated', schedule);
  // A pan ends: the captor counts its drag until a timer turn after the mouseup; draw again then
  // (sigma would re-index its whole graph for its own hideEdgesOnMove).
  let panEnd: ReturnType<typeof setTimeout> | null = null;
  const onMouseUp = () => {
    if (panEnd === null)
      panEnd = setTimeout(() => {
        panEnd = null;
        schedule();
      }, 0);
  };
  const mouse = sigma.getMouseCaptor();
  if (options.hideOnMove) mouse.on('mouseup', onMouseUp);

  let killed = false;
  return {
    gl,
    program,
    canvas,
    schedule() {
      if (!killed) schedule();
    },
    kill() {
      if (killed) return;
      killed = true;
      if (frame !== null) cancelAnimationFrame(frame);
      if (panEnd !== null) clearTimeout(panEnd);
      sigma.removeListener('afterRender', afterRender);
      camera.removeListener('updated', schedule);
      mouse.removeListener('mouseup', onMouseUp);
      gl.deleteProgram(program);
      sigma.killLayer(id);
    },
  };
}

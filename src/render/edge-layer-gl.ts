// Draws edge-layer.ts's relations with WebGL, in a canvas of sigma's own (between its edge and
// node layers, resized with them): one-pixel lines, each vertex with its graph position and colour,
// mapped to the screen with sigma's current normalisation and camera (the map from graph units to
// the viewport is affine: read from three points through sigma's graphToViewport). Drawn after each
// sigma frame, and on its own frame when the data changes; nothing while the camera moves (as
// sigma's hideEdgesOnMove does for its own relations). kill() is idempotent.
import type { EdgeLayerDrawer, EdgeVertices } from './edge-layer';

const LAYER_ID = 'alignmapEdges';

const VERTEX_SHADER = `
attribute vec2 a_position;
attribute vec4 a_color;
uniform mat3 u_matrix;
varying vec4 v_color;
void main() {
  vec3 p = u_matrix * vec3(a_position, 1.0);
  gl_Position = vec4(p.xy, 0.0, 1.0);
  v_color = a_color;
}`;

const FRAGMENT_SHADER = `
precision mediump float;
varying vec4 v_color;
void main() {
  gl_FragColor = vec4(v_color.rgb * v_color.a, v_color.a);
}`;

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

function compile(gl: WebGLRenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('edge-layer-gl: could not create a shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
    throw new Error(`edge-layer-gl: shader did not compile: ${gl.getShaderInfoLog(shader)}`);
  return shader;
}

/** What the layer uses of sigma (the host passes its Sigma; sigma is imported by the host alone). */
export interface LayerRenderer {
  createCanvas(id: string, options: { beforeLayer: string }): HTMLCanvasElement;
  createWebGLContext(id: string, options: { canvas: HTMLCanvasElement }): WebGLRenderingContext;
  killLayer(id: string): unknown;
  getRenderParams(): { pixelRatio: number };
  getDimensions(): { width: number; height: number };
  getBBox(): { x: [number, number]; y: [number, number] };
  getCustomBBox(): { x: [number, number]; y: [number, number] } | null;
  graphToViewport(p: { x: number; y: number }): { x: number; y: number };
  getCamera(): { isAnimated(): boolean };
  getMouseCaptor(): { isMoving: boolean; draggedEvents: number; currentWheelDirection: number };
  on(event: 'afterRender', fn: () => void): unknown;
  removeListener(event: 'afterRender', fn: () => void): unknown;
}

export function createEdgeLayerGL(sigma: LayerRenderer): EdgeLayerDrawer {
  const canvas = sigma.createCanvas(LAYER_ID, { beforeLayer: 'nodes' });
  const gl = sigma.createWebGLContext(LAYER_ID, { canvas });
  const program = gl.createProgram()!;
  gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX_SHADER));
  gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT_SHADER));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS))
    throw new Error(`edge-layer-gl: program did not link: ${gl.getProgramInfoLog(program)}`);
  const aPosition = gl.getAttribLocation(program, 'a_position');
  const aColor = gl.getAttribLocation(program, 'a_color');
  const uMatrix = gl.getUniformLocation(program, 'u_matrix');

  interface Buffers {
    positions: WebGLBuffer;
    colors: WebGLBuffer;
    count: number;
  }
  const newBuffers = (): Buffers => ({
    positions: gl.createBuffer()!,
    colors: gl.createBuffer()!,
    count: 0,
  });
  const main = newBuffers();
  const top = newBuffers();

  function upload(to: Buffers, from: EdgeVertices): void {
    gl.bindBuffer(gl.ARRAY_BUFFER, to.positions);
    gl.bufferData(gl.ARRAY_BUFFER, from.positions.subarray(0, from.count * 4), gl.STATIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, to.colors);
    gl.bufferData(gl.ARRAY_BUFFER, from.colors.subarray(0, from.count * 8), gl.STATIC_DRAW);
    to.count = from.count;
  }

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
  function fit(width: number, height: number): void {
    const ratio = sigma.getRenderParams().pixelRatio;
    const w = Math.round(width * ratio);
    const h = Math.round(height * ratio);
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
  }

  function render(): void {
    const { width, height } = sigma.getDimensions();
    fit(width, height);
    gl.viewport(0, 0, canvas.width, canvas.height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (main.count + top.count === 0 || moving()) return;
    const box = sigma.getCustomBBox() ?? sigma.getBBox();
    const at = { x: (box.x[0] + box.x[1]) / 2, y: (box.y[0] + box.y[1]) / 2 };
    const unit = Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0], 1e-9);
    const matrix = graphToClipMatrix((p) => sigma.graphToViewport(p), width, height, at, unit);
    gl.useProgram(program);
    gl.uniformMatrix3fv(uMatrix, false, matrix);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    for (const b of [main, top]) {
      if (b.count === 0) continue;
      gl.bindBuffer(gl.ARRAY_BUFFER, b.positions);
      gl.enableVertexAttribArray(aPosition);
      gl.vertexAttribPointer(aPosition, 2, gl.FLOAT, false, 0, 0);
      gl.bindBuffer(gl.ARRAY_BUFFER, b.colors);
      gl.enableVertexAttribArray(aColor);
      gl.vertexAttribPointer(aColor, 4, gl.UNSIGNED_BYTE, true, 0, 0);
      gl.drawArrays(gl.LINES, 0, b.count * 2);
    }
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

  let killed = false;
  return {
    draw(nextMain, nextTop) {
      if (killed) return;
      upload(main, nextMain);
      upload(top, nextTop);
      schedule();
    },
    clear() {
      if (killed) return;
      main.count = 0;
      top.count = 0;
      schedule();
    },
    kill() {
      if (killed) return;
      killed = true;
      if (frame !== null) cancelAnimationFrame(frame);
      sigma.removeListener('afterRender', afterRender);
      for (const b of [main, top]) {
        gl.deleteBuffer(b.positions);
        gl.deleteBuffer(b.colors);
      }
      gl.deleteProgram(program);
      sigma.killLayer(LAYER_ID);
    },
  };
}

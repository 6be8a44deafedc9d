// Draws layout-points.ts's actors with WebGL in a layer of our own (gl-layer.ts), under sigma's
// node layer (which is hidden while they are drawn): round points sized like sigma's discs
// (diameter 2 × size / sizeRatio pixels), placed as sigma would place them if it processed this
// frame's positions (normalised by their extent, or sigma's custom box, then sigma's camera): sigma
// needs no frame of its own (processing every actor) while the layout runs.
import {
  colorFragmentShader,
  createGlLayer,
  type CameraState,
  type LayerRenderer,
} from './gl-layer';
import type { Extent, PointDrawer } from './layout-points';

const VERTEX_SHADER = `
attribute vec2 a_position;
attribute vec4 a_color;
attribute float a_size;
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
varying vec4 v_color;
void main() {
  vec3 p = u_matrix * vec3(a_position, 1.0);
  gl_Position = vec4(p.xy, 0.0, 1.0);
  gl_PointSize = a_size / u_sizeRatio * u_pixelRatio * 2.0;
  v_color = a_color;
}`;

// round points: the corners of the point's square left out
const FRAGMENT_SHADER = colorFragmentShader(
  'if (length(gl_PointCoord - vec2(0.5, 0.5)) > 0.5) discard;',
);

/**
 * Graph units → clip space for points whose extent is `box`, as sigma would draw them after
 * processing them (sigma normalises positions by its graph's extent — or its custom box — into a
 * unit square around (0.5, 0.5), then applies its camera matrix): the same map, without sigma
 * having processed them. Column-major (a WebGL mat3).
 */
/** Sigma's camera matrix (sigma/utils matrixFromCamera: the host, which alone imports sigma,
 * passes it): normalised units → clip space. */
export type CameraMatrix = (
  camera: CameraState,
  viewport: { width: number; height: number },
  graphDimensions: { width: number; height: number },
  padding: number,
) => Float32Array;

/** a × b, 3 × 3 column-major. */
function multiply3(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(9);
  for (let col = 0; col < 3; col++)
    for (let row = 0; row < 3; row++)
      out[col * 3 + row] =
        a[row]! * b[col * 3]! + a[3 + row]! * b[col * 3 + 1]! + a[6 + row]! * b[col * 3 + 2]!;
  return out;
}

export function pointsToClipMatrix(
  box: Extent,
  camera: CameraState,
  viewport: { width: number; height: number },
  padding: number,
  cameraMatrix: CameraMatrix,
): Float32Array {
  const width = box.maxX - box.minX;
  const height = box.maxY - box.minY;
  let side = Math.max(width, height);
  if (!Number.isFinite(side) || side === 0) side = 1;
  const cx = Number.isFinite(box.minX + box.maxX) ? (box.minX + box.maxX) / 2 : 0;
  const cy = Number.isFinite(box.minY + box.maxY) ? (box.minY + box.maxY) / 2 : 0;
  // sigma's normalisation: p ↦ 0.5 + (p − centre) / side
  const normalise = new Float32Array([
    1 / side,
    0,
    0,
    0,
    1 / side,
    0,
    0.5 - cx / side,
    0.5 - cy / side,
    1,
  ]);
  const graphDimensions = { width: width || 1, height: height || 1 };
  return multiply3(cameraMatrix(camera, viewport, graphDimensions, padding), normalise);
}

export function createNodeLayerGL(sigma: LayerRenderer, cameraMatrix: CameraMatrix): PointDrawer {
  let count = 0;
  let extent: Extent | null = null;
  const layer = createGlLayer(sigma, 'alignmapPoints', {
    before: 'nodes',
    vertexShader: VERTEX_SHADER,
    fragmentShader: FRAGMENT_SHADER,
    hideOnMove: false,
    hasData: () => count > 0,
    // (sigma's own map is that of its last processed frame: of other positions, or of no actor)
    matrix: (viewport) => {
      const custom = sigma.getCustomBBox();
      const box: Extent = custom
        ? { minX: custom.x[0], maxX: custom.x[1], minY: custom.y[0], maxY: custom.y[1] }
        : (extent ?? { minX: 0, maxX: 1, minY: 0, maxY: 1 });
      return pointsToClipMatrix(
        box,
        sigma.getCamera().getState(),
        viewport,
        sigma.getStagePadding(),
        cameraMatrix,
      );
    },
    draw(gl, matrix, params) {
      gl.uniformMatrix3fv(uMatrix, false, matrix);
      gl.uniform1f(uSizeRatio, params.sizeRatio);
      gl.uniform1f(uPixelRatio, params.pixelRatio);
      gl.bindBuffer(gl.ARRAY_BUFFER, positions);
      gl.enableVertexAttribArray(aPosition);
      gl.vertexAttribPointer(aPosition, 2, gl.FLOAT, false, 0, 0);
      gl.bindBuffer(gl.ARRAY_BUFFER, colors);
      gl.enableVertexAttribArray(aColor);
      gl.vertexAttribPointer(aColor, 4, gl.UNSIGNED_BYTE, true, 0, 0);
      gl.bindBuffer(gl.ARRAY_BUFFER, sizes);
      gl.enableVertexAttribArray(aSize);
      gl.vertexAttribPointer(aSize, 1, gl.FLOAT, false, 0, 0);
      gl.drawArrays(gl.POINTS, 0, count);
    },
  });
  const { gl, program } = layer;
  const aPosition = gl.getAttribLocation(program, 'a_position');
  const aColor = gl.getAttribLocation(program, 'a_color');
  const aSize = gl.getAttribLocation(program, 'a_size');
  const uMatrix = gl.getUniformLocation(program, 'u_matrix');
  const uSizeRatio = gl.getUniformLocation(program, 'u_sizeRatio');
  const uPixelRatio = gl.getUniformLocation(program, 'u_pixelRatio');
  const positions = gl.createBuffer()!;
  const colors = gl.createBuffer()!;
  const sizes = gl.createBuffer()!;

  let killed = false;
  return {
    draw(points, at, restyled) {
      if (killed) return;
      gl.bindBuffer(gl.ARRAY_BUFFER, positions);
      gl.bufferData(gl.ARRAY_BUFFER, points.positions, gl.DYNAMIC_DRAW);
      // colours and sizes change with the view, not with each frame
      if (restyled) {
        gl.bindBuffer(gl.ARRAY_BUFFER, colors);
        gl.bufferData(gl.ARRAY_BUFFER, points.colors, gl.STATIC_DRAW);
        gl.bindBuffer(gl.ARRAY_BUFFER, sizes);
        gl.bufferData(gl.ARRAY_BUFFER, points.sizes, gl.STATIC_DRAW);
      }
      count = points.count;
      extent = at;
      layer.schedule();
    },
    clear() {
      if (killed) return;
      count = 0;
      layer.schedule();
    },
    kill() {
      if (killed) return;
      killed = true;
      for (const b of [positions, colors, sizes]) gl.deleteBuffer(b);
      layer.kill();
    },
  };
}

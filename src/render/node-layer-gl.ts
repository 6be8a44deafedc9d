// Draws layout-points.ts's actors with WebGL in a layer of our own (gl-layer.ts), under sigma's
// node layer (which is hidden while they are drawn): round points sized like sigma's discs
// (diameter 2 × size / sizeRatio pixels), mapped with sigma's camera. Sigma's normalisation is the
// one of its last processed frame while the layout moves the actors: each frame's extent is mapped
// onto that frame's, as sigma would rescale it (uniformly, centred).
import { colorFragmentShader, createGlLayer, type LayerRenderer } from './gl-layer';
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

/** A map of `from`'s box onto `to`'s: uniform scale by the larger side, centres matched. */
export function rescaleOnto(
  from: Extent,
  to: Extent,
): (p: { x: number; y: number }) => {
  x: number;
  y: number;
} {
  const side = (e: Extent) => Math.max(e.maxX - e.minX, e.maxY - e.minY) || 1;
  const k = side(to) / side(from);
  const fx = (from.minX + from.maxX) / 2;
  const fy = (from.minY + from.maxY) / 2;
  const tx = (to.minX + to.maxX) / 2;
  const ty = (to.minY + to.maxY) / 2;
  return (p) => ({ x: tx + (p.x - fx) * k, y: ty + (p.y - fy) * k });
}

export function createNodeLayerGL(sigma: LayerRenderer): PointDrawer {
  let count = 0;
  let extent: Extent | null = null;
  const layer = createGlLayer(sigma, 'alignmapPoints', {
    before: 'nodes',
    vertexShader: VERTEX_SHADER,
    fragmentShader: FRAGMENT_SHADER,
    hideOnMove: false,
    hasData: () => count > 0,
    toSigmaGraph: (p) => {
      if (!extent) return p;
      const box = sigma.getCustomBBox() ?? sigma.getBBox();
      return rescaleOnto(extent, {
        minX: box.x[0],
        maxX: box.x[1],
        minY: box.y[0],
        maxY: box.y[1],
      })(p);
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

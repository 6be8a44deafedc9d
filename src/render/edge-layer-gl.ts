// Draws edge-layer.ts's relations with WebGL in a layer of our own under sigma's nodes
// (gl-layer.ts): one-pixel lines, each vertex with its graph position and colour, mapped with
// sigma's camera; the focus's relations drawn a second time on top; nothing while the camera moves.
import type { EdgeLayerDrawer, EdgeVertices } from './edge-layer';
import { colorFragmentShader, createGlLayer, type LayerRenderer } from './gl-layer';

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

interface Buffers {
  positions: WebGLBuffer;
  colors: WebGLBuffer;
  count: number;
}

export function createEdgeLayerGL(sigma: LayerRenderer): EdgeLayerDrawer {
  // the relations, then those drawn again on top (created with the context, below)
  const buffers: Buffers[] = [];
  const layer = createGlLayer(sigma, 'alignmapEdges', {
    before: 'nodes',
    vertexShader: VERTEX_SHADER,
    fragmentShader: colorFragmentShader(),
    hideOnMove: true,
    hasData: () => buffers.some((b) => b.count > 0),
    draw(gl, matrix) {
      gl.uniformMatrix3fv(uMatrix, false, matrix);
      for (const b of buffers) {
        if (b.count === 0) continue;
        gl.bindBuffer(gl.ARRAY_BUFFER, b.positions);
        gl.enableVertexAttribArray(aPosition);
        gl.vertexAttribPointer(aPosition, 2, gl.FLOAT, false, 0, 0);
        gl.bindBuffer(gl.ARRAY_BUFFER, b.colors);
        gl.enableVertexAttribArray(aColor);
        gl.vertexAttribPointer(aColor, 4, gl.UNSIGNED_BYTE, true, 0, 0);
        gl.drawArrays(gl.LINES, 0, b.count * 2);
      }
    },
  });
  const { gl, program } = layer;
  const aPosition = gl.getAttribLocation(program, 'a_position');
  const aColor = gl.getAttribLocation(program, 'a_color');
  const uMatrix = gl.getUniformLocation(program, 'u_matrix');
  const newBuffers = (): Buffers => ({
    positions: gl.createBuffer()!,
    colors: gl.createBuffer()!,
    count: 0,
  });
  const main = newBuffers();
  const top = newBuffers();
  buffers.push(main, top);

  function upload(to: Buffers, from: EdgeVertices): void {
    gl.bindBuffer(gl.ARRAY_BUFFER, to.positions);
    gl.bufferData(gl.ARRAY_BUFFER, from.positions.subarray(0, from.count * 4), gl.STATIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, to.colors);
    gl.bufferData(gl.ARRAY_BUFFER, from.colors.subarray(0, from.count * 8), gl.STATIC_DRAW);
    to.count = from.count;
  }

  let killed = false;
  return {
    draw(nextMain, nextTop) {
      if (killed) return;
      upload(main, nextMain);
      upload(top, nextTop);
      layer.schedule();
    },
    clear() {
      if (killed) return;
      main.count = 0;
      top.count = 0;
      layer.schedule();
    },
    kill() {
      if (killed) return;
      killed = true;
      for (const b of [main, top]) {
        gl.deleteBuffer(b.positions);
        gl.deleteBuffer(b.colors);
      }
      layer.kill();
    },
  };
}

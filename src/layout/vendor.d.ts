// Types for the iteration steps of graphology-layout-forceatlas2 and graphology-layout-noverlap,
// which the packages ship as plain CommonJS files without declarations (see layout-core.ts).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** One ForceAtlas2 iteration over the node (10 floats each) and edge (3 floats each) matrices. */
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): object;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

declare module 'graphology-layout-noverlap/iterate.js' {
  /** One noverlap iteration over a matrix of x, y, size per node; true once nothing overlaps. */
  export default function iterate(
    settings: { gridSize: number; margin: number; expansion: number; ratio: number; speed: number },
    nodes: Float32Array,
  ): { converged: boolean };
}

declare module 'graphology-layout-noverlap/defaults.js' {
  const defaults: {
    gridSize: number;
    margin: number;
    expansion: number;
    ratio: number;
    speed: number;
  };
  export default defaults;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type { AbstractGraph, Attributes } from 'graphology-types';
  /** Node (10 floats each: x, y, …, mass, …, size, fixed) and edge (source, target, weight) matrices. */
  export function graphToByteArrays(
    graph: AbstractGraph,
    getEdgeWeight: (edge: string, attributes: Attributes) => number,
  ): { nodes: Float32Array; edges: Float32Array };
}

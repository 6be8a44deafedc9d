// The layout's settings and its typed-array input, built from the graph on the page (or in Node for
// the headless layout): ForceAtlas2's node/edge matrices via the package's own helper, with our
// edge weights. The worker gets these arrays, never a graphology copy.
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import type { AbstractGraph } from 'graphology-types';
import type { ViewIndex } from '../graph/view-index';
import { seedPositions } from './prng';

/** Barnes-Hut (an approximate repulsion, n log n instead of n²) above this many actors. */
export const BARNES_HUT_ABOVE = 1000;

export function layoutSettings(order: number): ForceAtlas2Settings {
  return {
    ...forceAtlas2.inferSettings(order),
    // Multigraph with many parallel edges: dissuade hubs from swallowing their neighbours.
    outboundAttractionDistribution: true,
    linLogMode: false,
    adjustSizes: false,
    strongGravityMode: true,
    gravity: 0.6,
    scalingRatio: 18,
    // Weights count more than linearly: memberships (weight 0.12, see layoutWeight) pull about
    // 0.03 as hard as reported relations, so the membership web no longer swallows the actors the
    // sources talk about, and bodies spread apart. (linLogMode, tried on the seed data, packs the
    // hubs into the centre: a denser hairball.)
    edgeWeightInfluence: 1.6,
    barnesHutOptimize: order > BARNES_HUT_ABOVE,
    // Gephi's default, not graphology's 0.5: at 10,000 actors 100 iterations took 4.5 s instead of
    // 8.1 s (Node 20, this machine), and ended as close to a 300-iteration run at 0.5 (mean
    // distance 8.6% of the extent, against 8.3%)
    barnesHutTheta: 1.2,
  };
}

/**
 * Attraction of an edge in the layout. Memberships of large bodies (the UN has over a hundred
 * members here) would otherwise pull every state into one hub; they attract weakly, so that the
 * relations the sources report shape the picture. An office holder stays close to their state.
 */
export function layoutWeight(relation: unknown): number {
  if (relation === 'member_of') return 0.12;
  if (relation === 'represents') return 2;
  return 1;
}

/**
 * ForceAtlas2's matrices for the graph, in its node order: positions, masses (1 + weighted
 * degree), `fixed` flags; edges with their layout weight (see layoutWeight). `index`: the graph's
 * ViewIndex when the caller keeps one (the same arrays, without a call per relation).
 */
export function layoutMatrices(
  graph: AbstractGraph,
  index?: ViewIndex,
): { nodes: Float32Array; edges: Float32Array } {
  if (!index) return graphToByteArrays(graph, (_edge, attrs) => layoutWeight(attrs.relation));
  // The same arrays from the graph's ViewIndex (src/graph/view-index.ts): the nodes' positions,
  // sizes and pins read as graphToByteArrays reads them, the relations from the index's arrays
  // (no call per relation), their weights per relation type, masses summed in the same order.
  const nodes = new Float32Array(graph.order * PPN);
  let j = 0;
  graph.forEachNode((_id, attrs) => {
    nodes[j] = attrs.x;
    nodes[j + 1] = attrs.y;
    nodes[j + 6] = 1; // mass: 1 + weighted degree (below)
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = attrs.size || 1;
    nodes[j + 9] = attrs.fixed ? 1 : 0;
    j += PPN;
  });
  const { source, target } = index;
  const weightOf = index.relation.values.map(layoutWeight);
  const codes = index.relation.codes;
  const edges = new Float32Array(index.edgeIds.length * PPE);
  for (let e = 0, k = 0; e < index.edgeIds.length; e++, k += PPE) {
    const sj = source[e]! * PPN;
    const tj = target[e]! * PPN;
    const weight = weightOf[codes[e]!]!;
    nodes[sj + 6]! += weight;
    nodes[tj + 6]! += weight;
    edges[k] = sj;
    edges[k + 1] = tj;
    edges[k + 2] = weight;
  }
  return { nodes, edges };
}

/** Floats per node and per edge in ForceAtlas2's matrices (graphology-layout-forceatlas2's). */
const PPN = 10;
const PPE = 3;

/** Seeds positions (see prng.ts) unless every node already has numeric x and y. */
export function ensurePositions(graph: AbstractGraph, seed = 1): void {
  let complete = true;
  graph.forEachNode((_id, attrs) => {
    if (typeof attrs.x !== 'number' || typeof attrs.y !== 'number') complete = false;
  });
  if (!complete) seedPositions(graph, seed);
}

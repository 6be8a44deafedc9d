// The layout's settings and its typed-array input, built from the graph on the page (or in Node for
// the headless layout): ForceAtlas2's node/edge matrices via the package's own helper, with our
// edge weights. The worker gets these arrays, never a graphology copy.
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import type { AbstractGraph } from 'graphology-types';
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
 * degree), `fixed` flags; edges with their layout weight (see layoutWeight).
 */
export function layoutMatrices(graph: AbstractGraph): { nodes: Float32Array; edges: Float32Array } {
  return graphToByteArrays(graph, (_edge, attrs) => layoutWeight(attrs.relation));
}

/** Seeds positions (see prng.ts) unless every node already has numeric x and y. */
export function ensurePositions(graph: AbstractGraph, seed = 1): void {
  let complete = true;
  graph.forEachNode((_id, attrs) => {
    if (typeof attrs.x !== 'number' || typeof attrs.y !== 'number') complete = false;
  });
  if (!complete) seedPositions(graph, seed);
}

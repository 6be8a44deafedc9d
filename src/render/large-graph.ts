// Which graphs count as large: from this size on the graph is drawn in the lighter large-graph mode
// (sigma-host.ts), mounts in steps (src/ui/graph-attachment.svelte.ts) and shows its first frame
// without waiting for the label font. Kept apart from sigma-host so that Node code can ask it.

/** From this many actors or relations on, the large-graph drawing mode. */
export const LARGE_GRAPH = { nodes: 1000, edges: 5000 } as const;

export function isLargeGraph(graph: { order: number; size: number }): boolean {
  return graph.order >= LARGE_GRAPH.nodes || graph.size >= LARGE_GRAPH.edges;
}

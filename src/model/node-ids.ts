// Node ids graphology cannot hold safely. graphology keeps each node's neighbours in plain objects
// keyed by the neighbour's id (`out`, `in`, `undirected`), so an id that is a property name every
// object already has (`__proto__`, `constructor`, `toString`, … — the names of Object.prototype)
// re-parents those objects or reads an inherited function as an edge. Such ids are refused with a
// located message everywhere a graph is built (importers, the stored dataset, the dataset schema).

/** The own property names of Object.prototype, e.g. "__proto__", "constructor", "toString". */
export const RESERVED_NODE_IDS: ReadonlySet<string> = new Set(
  Object.getOwnPropertyNames(Object.prototype),
);

export function isReservedNodeId(id: string): boolean {
  return RESERVED_NODE_IDS.has(id);
}

/** The message for a reserved id (without the place; the caller names the file and element). */
export function reservedNodeIdMessage(id: string): string {
  return `node id "${id}" is a name every JavaScript object already has (Object.prototype), which the graph library cannot store safely; rename it in the file (for example to "node-${id}")`;
}

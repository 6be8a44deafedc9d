// The shape the app relies on in a serialized graph (graph.json, a stored import): node and edge
// keys, the attributes every view reads. Returns the first problem, naming the element, or null.
import { isReservedNodeId, reservedNodeIdMessage } from '../model/node-ids';
import { describeValue } from '../model/text-values';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with a graphology export the app would rely on, or null when nothing is. */
export function checkSerializedGraph(data: unknown): string | null {
  if (!isObject(data))
    return `expected a graphology export object ({ nodes, edges }), got ${describeValue(data)}`;
  if (!Array.isArray(data.nodes))
    return `expected "nodes" to be an array, got ${describeValue(data.nodes)}`;
  if (!Array.isArray(data.edges))
    return `expected "edges" to be an array, got ${describeValue(data.edges)}`;
  for (const [i, node] of data.nodes.entries()) {
    const where = `node #${i + 1}`;
    if (!isObject(node) || typeof node.key !== 'string')
      return `${where}: expected a string "key", got ${describeValue(isObject(node) ? node.key : node)}`;
    if (isReservedNodeId(node.key)) return `${where}: ${reservedNodeIdMessage(node.key)}`;
    const a = node.attributes;
    const named = `${where} ("${node.key}")`;
    if (!isObject(a)) return `${named}: expected "attributes", got ${describeValue(a)}`;
    for (const field of ['label', 'labelJa', 'kind'])
      if (typeof a[field] !== 'string')
        return `${named}: expected attributes.${field} to be a string, got ${describeValue(a[field])}`;
    if (!Array.isArray(a.aliases))
      return `${named}: expected attributes.aliases to be an array, got ${describeValue(a.aliases)}`;
  }
  for (const [i, edge] of data.edges.entries()) {
    const where = `edge #${i + 1}`;
    if (!isObject(edge) || typeof edge.key !== 'string')
      return `${where}: expected a string "key", got ${describeValue(isObject(edge) ? edge.key : edge)}`;
    const named = `${where} ("${edge.key}")`;
    if (typeof edge.source !== 'string' || typeof edge.target !== 'string')
      return `${named}: expected string "source" and "target", got ${describeValue(edge.source)} and ${describeValue(edge.target)}`;
    const reserved = [edge.source, edge.target].find(isReservedNodeId);
    if (reserved !== undefined) return `${named}: ${reservedNodeIdMessage(reserved)}`;
    const a = edge.attributes;
    if (!isObject(a)) return `${named}: expected "attributes", got ${describeValue(a)}`;
    for (const field of ['relation', 'status', 'certainty'])
      if (typeof a[field] !== 'string')
        return `${named}: expected attributes.${field} to be a string, got ${describeValue(a[field])}`;
    if (!Array.isArray(a.evidence))
      return `${named}: expected attributes.evidence to be an array, got ${describeValue(a.evidence)}`;
  }
  return null;
}

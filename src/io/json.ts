// graphology JSON (the `graph.export()` shape): writer of the visible subgraph and a reader that
// checks every node and edge and says which one is wrong.
import type { SerializedAlignmapGraph } from '../model/graph-types';
import type { AlignmapGraph } from '../model/build';
import { GraphBuilder, defaultDirected, type Attrs } from './builder';
import { Slicer } from './slicer';
import { selectSubgraph } from './subgraph';
import type { ImportOptions, ImportResult, VisibleSet } from './types';

/** The visible subgraph in graphology's serialisation format (what `graph.export()` returns). */
export function exportSubgraph(
  graph: AlignmapGraph,
  visible?: VisibleSet,
): SerializedAlignmapGraph {
  const sub = selectSubgraph(graph, visible);
  return {
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    attributes: { ...sub.attributes },
    nodes: sub.nodes.map((n) => ({ key: n.id, attributes: n.attributes as never })),
    edges: sub.edges.map((e) => ({
      key: e.id,
      source: e.source,
      target: e.target,
      attributes: e.attributes as never,
      ...(e.directed ? {} : { undirected: true }),
    })),
  };
}

export function toGraphologyJson(graph: AlignmapGraph, visible?: VisibleSet): string {
  return JSON.stringify(exportSubgraph(graph, visible), null, 2) + '\n';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line of a character offset in a JSON.parse error message ("at position 42", "line 3 column 5"). */
export function jsonErrorWhere(text: string, message: string): string {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `line ${lc[1]}`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const offset = Number(pos[1]);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    return `line ${line}`;
  }
  return 'file';
}

export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; where: string; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const message = (e as Error).message;
    return {
      ok: false,
      where: jsonErrorWhere(text, message),
      message: `not valid JSON: ${message}`,
    };
  }
}

const keyOf = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

/** Reads an already parsed graphology export object. */
export async function importGraphologyObject(
  data: unknown,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const slicer = new Slicer(options);
  return GraphBuilder.run('graphology-json', async (b) => {
    if (!isObject(data) || !Array.isArray(data.nodes)) {
      b.error(
        'file',
        'expected a graphology export: an object with a "nodes" list (and an "edges" list)',
      );
      return;
    }
    if (data.edges !== undefined && !Array.isArray(data.edges)) {
      b.error('edges', 'expected "edges" to be a list');
      return;
    }
    const hasOptions = isObject(data.options);
    const opts = isObject(data.options) ? data.options : {};
    const graphType = opts.type === 'undirected' || opts.type === 'directed' ? opts.type : 'mixed';
    if (isObject(data.attributes)) Object.assign(b.graphAttributes, data.attributes);
    const nodes = data.nodes as unknown[];
    const edges = (data.edges ?? []) as unknown[];
    const total = nodes.length + edges.length || 1;
    for (let i = 0; i < nodes.length; i++) {
      await slicer.tick('build', i / total);
      const n = nodes[i];
      const key = isObject(n) ? keyOf(n.key) : undefined;
      const where = key === undefined ? `nodes[${i}]` : `nodes[${i}] (key "${key}")`;
      if (!isObject(n) || key === undefined) {
        b.error(where, 'expected an object with a string "key"');
        continue;
      }
      if (n.attributes !== undefined && !isObject(n.attributes)) {
        b.error(where, 'expected "attributes" to be an object');
        continue;
      }
      b.addNode(key, { ...(n.attributes as Attrs | undefined) }, where);
    }
    for (let i = 0; i < edges.length; i++) {
      await slicer.tick('build', (nodes.length + i) / total);
      const e = edges[i];
      const key = isObject(e) ? keyOf(e.key) : undefined;
      const where = key === undefined ? `edges[${i}]` : `edges[${i}] (key "${key}")`;
      if (!isObject(e)) {
        b.error(where, 'expected an object with "source" and "target"');
        continue;
      }
      const source = keyOf(e.source);
      const target = keyOf(e.target);
      if (source === undefined || target === undefined) {
        b.error(where, `expected string "source" and "target" node keys`);
        continue;
      }
      if (e.attributes !== undefined && !isObject(e.attributes)) {
        b.error(where, 'expected "attributes" to be an object');
        continue;
      }
      const attrs = { ...(e.attributes as Attrs | undefined) };
      const directed =
        e.undirected === true
          ? false
          : graphType === 'undirected'
            ? false
            : hasOptions || e.undirected === false
              ? true
              : defaultDirected(attrs.relation);
      b.addEdge(key, source, target, directed, attrs, where);
    }
  });
}

// GraphML: writer of the visible subgraph with <key> declarations and typed <data>, and a tolerant
// reader for files by NetworkX, yEd (labels and geometry from yfiles graphics), Gephi and others.
import type { AlignmapGraph } from '../model/build';
import { defaultDirected, type GraphBuilder } from './builder';
import { collectColumns, formatValue, type Column } from './columns';
import { EDGE_PREFERRED, NODE_PREFERRED } from './gexf';
import { portableSubgraph, type PortableOptions } from './portable';
import type { ImportOptions, ImportResult, VisibleSet } from './types';
import { escapeAttr, escapeText } from './xml';
import {
  addElement,
  applyDefaults,
  describeElement,
  readXmlGraph,
  storeValue,
  where,
  type DeclaredAttribute,
  type PendingElement,
  type XmlGraphHandler,
} from './xml-graph';

const GRAPHML_TYPE: Record<Column['type'], string> = {
  boolean: 'boolean',
  integer: 'int',
  double: 'double',
  string: 'string',
  json: 'string',
};

const PREFIX = { graph: 'g', node: 'n', edge: 'e' } as const;
/**
 * Key ids are XML NMTOKENs (the GraphML schema): other characters (spaces in Gephi's "Modularity
 * Class") become "_"; the name itself stays in attr.name, which is what readers use.
 */
const keyId = (scope: keyof typeof PREFIX, c: Column) =>
  `${PREFIX[scope]}.${c.key.replace(/[^\p{L}\p{N}._:-]/gu, '_')}${c.type === 'json' ? '.json' : ''}`;

/**
 * GraphML with edgedefault="directed" and no per-edge `directed` (NetworkX refuses
 * directed="false" in a directed graph): a mixed graph's undirected edges carry `undirected`
 * = true (see portable.ts). Graph attributes are <data for="graph"> (igraph and NetworkX read them).
 */
export function toGraphml(
  graph: AlignmapGraph,
  visible?: VisibleSet,
  options: PortableOptions = {},
): string {
  const sub = portableSubgraph(graph, visible, options);
  const graphCols = collectColumns([sub.attributes as Record<string, unknown>], ['name']);
  const nodeCols = collectColumns(
    sub.nodes.map((n) => n.attributes),
    ['label', ...NODE_PREFERRED],
  );
  const edgeCols = collectColumns(
    sub.edges.map((e) => e.attributes),
    EDGE_PREFERRED,
  );
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const [scope, cols] of [
    ['graph', graphCols],
    ['node', nodeCols],
    ['edge', edgeCols],
  ] as const) {
    for (const c of cols) {
      out.push(
        `  <key id="${escapeAttr(keyId(scope, c))}" for="${scope}" attr.name="${escapeAttr(c.key)}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
      );
    }
  }
  out.push(`  <graph id="G" edgedefault="${sub.edgeDefault}">`);
  data(out, '    ', sub.attributes as Record<string, unknown>, graphCols, 'graph');
  for (const n of sub.nodes) {
    out.push(`    <node id="${escapeAttr(n.id)}">`);
    data(out, '      ', n.attributes, nodeCols, 'node');
    out.push('    </node>');
  }
  for (const e of sub.edges) {
    out.push(
      `    <edge id="${escapeAttr(e.id)}" source="${escapeAttr(e.source)}" target="${escapeAttr(e.target)}">`,
    );
    data(out, '      ', e.attributes, edgeCols, 'edge');
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}

function data(
  out: string[],
  indent: string,
  a: Record<string, unknown>,
  cols: Column[],
  scope: keyof typeof PREFIX,
): void {
  for (const c of cols) {
    const v = a[c.key];
    if (v === undefined) continue;
    out.push(
      `${indent}<data key="${escapeAttr(keyId(scope, c))}">${escapeText(formatValue(v, c.type))}</data>`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Reader

interface Key extends DeclaredAttribute {
  /** node, edge, graph or all (GraphML's `for`). */
  scope: string;
  /** yEd's graphics keys (yfiles.type): read for labels and geometry, not as values. */
  yfiles?: string;
}

/** Reads GraphML (NetworkX, igraph, yEd, Gephi, ours) on the shared XML loop. */
export function parseGraphml(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  return readXmlGraph(text, options, 'graphml', 'graphml', graphmlHandler);
}

function graphmlHandler(b: GraphBuilder): XmlGraphHandler {
  const keys = new Map<string, Key>();
  let currentKey: Key | null = null;
  let edgeDefault: string | null = null;
  let graphDepth = 0;
  const stack: PendingElement[] = [];
  const top = () => stack[stack.length - 1];
  let dataKey: { key: Key | undefined; id: string; line: number } | null = null;
  let dataDepth = 0;
  // GraphML gathers its own text: inside <data> only at its own level (yEd nests graphics there).
  let text = '';
  let graphicsLabel: string | null = null;
  let labelDepth = -1;
  return {
    text(t) {
      if (dataKey && dataDepth === 0) text += t;
      else if (dataKey && dataDepth === labelDepth) graphicsLabel = (graphicsLabel ?? '') + t;
      else if (currentKey) text += t;
      return false;
    },
    close(ev) {
      if (dataKey && dataDepth > 0) {
        if (dataDepth === labelDepth) labelDepth = -1;
        dataDepth--;
        return;
      }
      const p = top();
      switch (ev.local) {
        case 'data':
          if (dataKey) {
            const target = p ? p.attrs : b.graphAttributes;
            if (dataKey.key?.yfiles) {
              if (
                graphicsLabel !== null &&
                graphicsLabel.trim() !== '' &&
                target.label === undefined
              )
                target.label = graphicsLabel.trim();
            } else {
              const owner = p ? describeElement(p.kind, p.xml) : '<graph>';
              storeValue(
                b,
                target,
                dataKey.id,
                text,
                dataKey.key,
                where(dataKey.line, `${owner} <data key="${dataKey.id}">`),
                `key "${dataKey.id}" is not declared with <key>; read as text`,
              );
            }
            dataKey = null;
            graphicsLabel = null;
          }
          break;
        case 'default':
          if (currentKey) currentKey.defaultValue = text;
          break;
        case 'key':
          currentKey = null;
          break;
        case 'graph':
          graphDepth--;
          break;
        case 'node':
        case 'edge':
          if (p?.kind === ev.local) {
            stack.pop();
            finishElement(b, p, keys, edgeDefault ?? 'directed');
          }
          break;
      }
      text = '';
    },
    open(ev) {
      const a = ev.attrs;
      const p = top();
      if (dataKey) {
        dataDepth++;
        // yEd: <y:ShapeNode><y:Geometry x y width height/><y:NodeLabel>text</y:NodeLabel>
        if ((ev.local === 'NodeLabel' || ev.local === 'EdgeLabel') && graphicsLabel === null)
          labelDepth = dataDepth;
        if (ev.local === 'Geometry' && p?.kind === 'node' && p.attrs.x === undefined) {
          const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(a.get(k) ?? 0));
          if ([x, y, w, h].every((v) => Number.isFinite(v))) {
            // yEd's y axis points down, the app's up: centre of the box, y flipped.
            p.attrs.x = (x as number) + (w as number) / 2;
            p.attrs.y = -((y as number) + (h as number) / 2);
          }
        }
        return;
      }
      text = '';
      switch (ev.local) {
        case 'key': {
          const id = a.get('id');
          if (id === undefined) {
            b.error(where(ev.line, '<key>'), 'expected an "id" attribute');
            break;
          }
          const name = a.get('attr.name') ?? id;
          const isJson = /^[gne]\./.test(id) && id === `${id[0]}.${name}.json`;
          currentKey = {
            name,
            type: isJson ? 'json' : (a.get('attr.type') ?? 'string'),
            scope: a.get('for') ?? 'all',
            yfiles: a.get('yfiles.type'),
          };
          keys.set(id, currentKey);
          break;
        }
        case 'graph':
          graphDepth++;
          if (graphDepth === 1) edgeDefault = a.get('edgedefault') ?? null;
          else
            b.warnOnce(
              'nested',
              where(ev.line, describeElement('graph', a)),
              'nested graphs are flattened: their nodes and edges join the main graph (the parent is kept in "parent")',
            );
          if (graphDepth > 1 && p?.kind === 'node') p.attrs.isGroup = true;
          break;
        case 'node':
          stack.push({
            kind: 'node',
            line: ev.line,
            xml: a,
            attrs: p?.kind === 'node' ? { parent: p.xml.get('id') } : {},
          });
          break;
        case 'edge':
          stack.push({ kind: 'edge', line: ev.line, xml: a, attrs: {} });
          break;
        case 'hyperedge':
          b.warnOnce(
            'hyperedge',
            where(ev.line, '<hyperedge>'),
            'hyperedges are not supported and were skipped',
          );
          break;
        case 'data': {
          const id = a.get('key') ?? '';
          dataKey = { key: keys.get(id), id, line: ev.line };
          dataDepth = 0;
          labelDepth = -1;
          graphicsLabel = null;
          break;
        }
      }
    },
  };
}

/** Completes a <node> or <edge> with its keys' defaults and adds it. */
function finishElement(
  b: GraphBuilder,
  p: PendingElement,
  keys: Map<string, Key>,
  edgeDefault: string,
): void {
  applyDefaults(
    p,
    [...keys.values()].filter((k) => !k.yfiles && (k.scope === p.kind || k.scope === 'all')),
  );
  addElement(b, p, (place) => {
    const dir = p.xml.get('directed');
    if (dir === 'true') return true;
    if (dir === 'false') return false;
    if (dir !== undefined)
      b.warn(place, `directed="${dir}" is not true or false; the graph default is used`);
    return edgeDefault === 'undirected'
      ? false
      : edgeDefault === 'directed'
        ? true
        : defaultDirected(p.attrs.relation);
  });
}

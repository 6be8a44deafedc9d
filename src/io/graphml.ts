// GraphML: writer of the visible subgraph with <key> declarations and typed <data>, and a tolerant
// reader for files by NetworkX, yEd (labels and geometry from yfiles graphics), Gephi and others.
import type { AlignmapGraph } from '../model/build';
import { GraphBuilder, defaultDirected, type Attrs } from './builder';
import { collectColumns, formatValue, parseTyped, type Column } from './columns';
import { EDGE_PREFERRED, NODE_PREFERRED, truncate } from './gexf';
import { Slicer } from './slicer';
import { portableSubgraph, type PortableOptions } from './portable';
import type { ImportOptions, ImportResult, VisibleSet } from './types';
import { XmlReader, XmlSyntaxError, escapeAttr, escapeText, type XmlEvent } from './xml';

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

interface Key {
  name: string;
  type: string;
  scope: string;
  yfiles?: string;
  defaultValue?: string;
}

interface Pending {
  kind: 'node' | 'edge';
  line: number;
  xml: Map<string, string>;
  attrs: Attrs;
}

const describe = (local: string, attrs: Map<string, string>) => {
  const id = attrs.get('id');
  return id !== undefined ? `<${local} id="${id}">` : `<${local}>`;
};

export async function parseGraphml(
  text: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const slicer = new Slicer(options);
  const reader = new XmlReader(text);
  return GraphBuilder.run('graphml', async (b) => {
    const keys = new Map<string, Key>();
    let currentKey: Key | null = null;
    let edgeDefault: string | null = null;
    let graphDepth = 0;
    const stack: Pending[] = [];
    let dataKey: { key: Key | undefined; id: string; line: number } | null = null;
    let dataDepth = 0;
    let text = '';
    let graphicsLabel: string | null = null;
    let labelDepth = -1;
    let first = true;
    let ev: XmlEvent | null;
    const where = (line: number, what: string) => `line ${line}, ${what}`;
    try {
      while ((ev = reader.next())) {
        await slicer.tick('parse', reader.position / reader.length);
        if (first && ev.type === 'open') {
          first = false;
          if (ev.local !== 'graphml') {
            b.error(
              where(ev.line, `<${ev.name}>`),
              `expected a <graphml> root element, found <${ev.name}>`,
            );
            return;
          }
          continue;
        }
        const top = stack[stack.length - 1];
        if (ev.type === 'text') {
          if (dataKey && dataDepth === 0) text += ev.text;
          else if (dataKey && dataDepth === labelDepth)
            graphicsLabel = (graphicsLabel ?? '') + ev.text;
          else if (currentKey) text += ev.text;
          continue;
        }
        if (ev.type === 'close') {
          if (dataKey && dataDepth > 0) {
            if (dataDepth === labelDepth) labelDepth = -1;
            dataDepth--;
            continue;
          }
          switch (ev.local) {
            case 'data':
              if (dataKey) {
                const target = top ? top.attrs : b.graphAttributes;
                if (dataKey.key?.yfiles) {
                  if (
                    graphicsLabel !== null &&
                    graphicsLabel.trim() !== '' &&
                    target.label === undefined
                  )
                    target.label = graphicsLabel.trim();
                } else storeData(b, target, dataKey, text, top);
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
              if (top?.kind === ev.local) {
                stack.pop();
                finishElement(b, top, keys, edgeDefault ?? 'directed');
              }
              break;
          }
          text = '';
          continue;
        }
        // open
        const a = ev.attrs;
        if (dataKey) {
          dataDepth++;
          // yEd: <y:ShapeNode><y:Geometry x y width height/><y:NodeLabel>text</y:NodeLabel>
          if ((ev.local === 'NodeLabel' || ev.local === 'EdgeLabel') && graphicsLabel === null)
            labelDepth = dataDepth;
          if (ev.local === 'Geometry' && top?.kind === 'node' && top.attrs.x === undefined) {
            const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(a.get(k) ?? 0));
            if ([x, y, w, h].every((v) => Number.isFinite(v))) {
              // yEd's y axis points down, the app's up: centre of the box, y flipped.
              top.attrs.x = (x as number) + (w as number) / 2;
              top.attrs.y = -((y as number) + (h as number) / 2);
            }
          }
          continue;
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
                where(ev.line, describe('graph', a)),
                'nested graphs are flattened: their nodes and edges join the main graph (the parent is kept in "parent")',
              );
            if (graphDepth > 1 && top?.kind === 'node') top.attrs.isGroup = true;
            break;
          case 'node':
            stack.push({
              kind: 'node',
              line: ev.line,
              xml: a,
              attrs: top?.kind === 'node' ? { parent: top.xml.get('id') } : {},
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
      }
    } catch (e) {
      if (e instanceof XmlSyntaxError) {
        b.error(`line ${e.line}`, `not well-formed XML: ${e.message}`);
        return;
      }
      throw e;
    }
  });
}

function storeData(
  b: GraphBuilder,
  target: Attrs,
  d: { key: Key | undefined; id: string; line: number },
  text: string,
  top: Pending | undefined,
): void {
  const owner = top ? describe(top.kind, top.xml) : '<graph>';
  const where = `line ${d.line}, ${owner} <data key="${d.id}">`;
  if (!d.key) {
    b.warnOnce(
      `undeclared-${d.id}`,
      where,
      `key "${d.id}" is not declared with <key>; read as text`,
    );
    target[d.id] = text;
    return;
  }
  const parsed = parseTyped(text, d.key.type);
  if (parsed.ok) target[d.key.name] = parsed.value;
  else {
    b.warn(
      where,
      `"${truncate(text)}" is not ${parsed.expected} as declared for "${d.key.name}"; kept as text`,
    );
    target[d.key.name] = text;
  }
}

function finishElement(
  b: GraphBuilder,
  p: Pending,
  keys: Map<string, Key>,
  edgeDefault: string,
): void {
  for (const k of keys.values()) {
    if (k.defaultValue === undefined || k.yfiles || p.attrs[k.name] !== undefined) continue;
    if (k.scope !== p.kind && k.scope !== 'all') continue;
    const parsed = parseTyped(k.defaultValue, k.type);
    if (parsed.ok) p.attrs[k.name] = parsed.value;
  }
  const id = p.xml.get('id');
  const where = `line ${p.line}, ${describe(p.kind, p.xml)}`;
  if (p.kind === 'node') {
    if (id === undefined) {
      b.error(where, 'expected an "id" attribute on <node>');
      return;
    }
    b.addNode(id, p.attrs, where);
    return;
  }
  const source = p.xml.get('source');
  const target = p.xml.get('target');
  if (source === undefined || target === undefined) {
    b.error(where, 'expected "source" and "target" attributes on <edge>');
    return;
  }
  const dir = p.xml.get('directed');
  let directed: boolean;
  if (dir === 'true') directed = true;
  else if (dir === 'false') directed = false;
  else {
    if (dir !== undefined)
      b.warn(where, `directed="${dir}" is not true or false; the graph default is used`);
    directed =
      edgeDefault === 'undirected'
        ? false
        : edgeDefault === 'directed'
          ? true
          : defaultDirected(p.attrs.relation);
  }
  b.addEdge(id, source, target, directed, p.attrs, where);
}

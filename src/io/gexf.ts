// GEXF (Gephi's format): writer of the visible subgraph as GEXF 1.2draft (the version NetworkX
// 2.8 and 3.x, Gephi 0.10 and graphology-gexf all read) with declared, typed attributes and
// viz:position/size/color; tolerant reader of GEXF 1.1–1.3 files by Gephi and others.
import type { AlignmapGraph } from '../model/build';
import { defaultDirected, type Attrs, type GraphBuilder } from './builder';
import { collectColumns, formatValue, type Column } from './columns';
import { portableSubgraph, type ExportLanguage } from './portable';
import type { ImportOptions, ImportResult, VisibleSet } from './types';
import { escapeAttr, escapeText } from './xml';
import {
  addElement,
  applyDefaults,
  describeElement,
  readXmlGraph,
  storeValue,
  truncate,
  where,
  type DeclaredAttribute,
  type PendingElement,
  type XmlGraphHandler,
} from './xml-graph';

export interface GexfOptions {
  /**
   * Colour per node / edge as "#rrggbb", "#rrggbbaa" or "rgba(r, g, b, a)" (for example from the
   * style module); none when absent.
   */
  nodeColor?: (id: string, attributes: Record<string, unknown>) => string | undefined;
  edgeColor?: (id: string, attributes: Record<string, unknown>) => string | undefined;
  /** meta lastmodifieddate (YYYY-MM-DD); default: the graph's "generated" attribute, else none. */
  date?: string;
  creator?: string;
  /** 'ja': Japanese names in `label`, English ones in `labelEn`. */
  language?: ExportLanguage;
}

export const NODE_PREFERRED = ['labelJa', 'kind', 'aliases', 'role', 'iso', 'description'];
export const EDGE_PREFERRED = [
  'relation',
  'status',
  'certainty',
  'start',
  'end',
  'role',
  'note',
  'evidence',
];

const JSON_SUFFIX = '.json';

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const hasPosition = (a: Record<string, unknown>) => num(a.x) && num(a.y);

function nodeSkip(a: Record<string, unknown>, key: string): boolean {
  if (key === 'label') return typeof a.label === 'string';
  if (key === 'x' || key === 'y') return hasPosition(a);
  if (key === 'size') return num(a.size);
  return false;
}

function edgeSkip(a: Record<string, unknown>, key: string): boolean {
  if (key === 'label') return typeof a.label === 'string';
  if (key === 'weight') return num(a.weight);
  if (key === 'thickness') return num(a.thickness);
  return false;
}

const GEXF_TYPE: Record<Column['type'], string> = {
  boolean: 'boolean',
  integer: 'integer',
  double: 'double',
  string: 'string',
  json: 'string',
};

const columnId = (c: Column) => (c.type === 'json' ? `${c.key}${JSON_SUFFIX}` : c.key);

export function toGexf(
  graph: AlignmapGraph,
  visible?: VisibleSet,
  options: GexfOptions = {},
): string {
  const sub = portableSubgraph(graph, visible, { language: options.language });
  const nodeCols = collectColumns(
    sub.nodes.map((n) => n.attributes),
    NODE_PREFERRED,
    nodeSkip,
  );
  const edgeCols = collectColumns(
    sub.edges.map((e) => e.attributes),
    EDGE_PREFERRED,
    edgeSkip,
  );
  const generated = sub.attributes.generated;
  const date =
    options.date ??
    (typeof generated === 'string' && /^\d{4}-\d{2}-\d{2}/.test(generated)
      ? generated.slice(0, 10)
      : undefined);
  const out: string[] = [];
  out.push("<?xml version='1.0' encoding='UTF-8'?>");
  out.push(
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd">',
  );
  out.push(`  <meta${date ? ` lastmodifieddate="${escapeAttr(date)}"` : ''}>`);
  out.push(`    <creator>${escapeText(options.creator ?? 'Alignmap')}</creator>`);
  // GEXF 1.2 has no <title>: the graph's name goes into <description> (read back as the name).
  const name = sub.attributes.name;
  if (typeof name === 'string') out.push(`    <description>${escapeText(name)}</description>`);
  out.push('  </meta>');
  out.push(`  <graph defaultedgetype="${sub.edgeDefault}" mode="static">`);
  for (const [cls, cols] of [
    ['node', nodeCols],
    ['edge', edgeCols],
  ] as const) {
    if (cols.length === 0) continue;
    out.push(`    <attributes class="${cls}" mode="static">`);
    for (const c of cols) {
      out.push(
        `      <attribute id="${escapeAttr(columnId(c))}" title="${escapeAttr(c.key)}" type="${GEXF_TYPE[c.type]}"/>`,
      );
    }
    out.push('    </attributes>');
  }
  out.push('    <nodes>');
  for (const { id, attributes: a } of sub.nodes) {
    const label = typeof a.label === 'string' ? ` label="${escapeAttr(a.label)}"` : '';
    out.push(`      <node id="${escapeAttr(id)}"${label}>`);
    attvalues(out, a, nodeCols);
    color(out, options.nodeColor?.(id, a));
    if (hasPosition(a))
      out.push(`        <viz:position x="${a.x as number}" y="${a.y as number}" z="0.0"/>`);
    if (num(a.size)) out.push(`        <viz:size value="${a.size}"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  for (const e of sub.edges) {
    const a = e.attributes;
    let attrs = `id="${escapeAttr(e.id)}" source="${escapeAttr(e.source)}" target="${escapeAttr(e.target)}"`;
    if (typeof a.label === 'string') attrs += ` label="${escapeAttr(a.label)}"`;
    // Gephi merges parallel edges of the same kind; one kind per relation type keeps them apart.
    if (typeof a.relation === 'string') attrs += ` kind="${escapeAttr(a.relation)}"`;
    if (num(a.weight)) attrs += ` weight="${a.weight}"`;
    out.push(`      <edge ${attrs}>`);
    attvalues(out, a, edgeCols);
    color(out, options.edgeColor?.(e.id, a));
    if (num(a.thickness)) out.push(`        <viz:thickness value="${a.thickness}"/>`);
    out.push('      </edge>');
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}

function attvalues(out: string[], a: Record<string, unknown>, cols: Column[]): void {
  const values: string[] = [];
  for (const c of cols) {
    const v = a[c.key];
    if (v === undefined) continue;
    if (c.key === 'label' && typeof v === 'string') continue;
    values.push(
      `          <attvalue for="${escapeAttr(columnId(c))}" value="${escapeAttr(formatValue(v, c.type))}"/>`,
    );
  }
  if (values.length === 0) return;
  out.push('        <attvalues>', ...values, '        </attvalues>');
}

function color(out: string[], css: string | undefined): void {
  const rgba = css === undefined ? null : parseCssColor(css);
  if (!rgba) return;
  const [r, g, b, a] = rgba;
  out.push(`        <viz:color r="${r}" g="${g}" b="${b}"${a < 1 ? ` a="${a}"` : ''}/>`);
}

/** "#rgb", "#rrggbb", "#rrggbbaa", "rgb(r, g, b)" or "rgba(r, g, b, a)" → [r, g, b, a]; else null. */
export function parseCssColor(css: string): [number, number, number, number] | null {
  const s = css.trim().toLowerCase();
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (m) return [m[1], m[2], m[3]].map((h) => parseInt(`${h}${h}`, 16)).concat(1) as never;
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/.exec(s);
  if (m) {
    const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? '0', 16));
    const a = m[4] === undefined ? 1 : Math.round((parseInt(m[4], 16) / 255) * 1000) / 1000;
    return [r as number, g as number, b as number, a];
  }
  m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(s);
  if (m) {
    const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
    const a = m[4] === undefined ? 1 : Number(m[4]);
    if ([r, g, b].every((v) => v <= 255) && a >= 0 && a <= 1) return [r, g, b, a];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Reader

interface Declared extends DeclaredAttribute {
  /** The GEXF attribute id that <attvalue for="…"> refers to. */
  id: string;
}

/** Reads GEXF 1.1–1.3 (Gephi, NetworkX, graphology-gexf, ours) on the shared XML loop. */
export function parseGexf(text: string, options: ImportOptions = {}): Promise<ImportResult> {
  return readXmlGraph(text, options, 'gexf', 'gexf', gexfHandler);
}

function gexfHandler(b: GraphBuilder): XmlGraphHandler {
  const declared = { node: new Map<string, Declared>(), edge: new Map<string, Declared>() };
  let attrClass: 'node' | 'edge' | null = null;
  let currentDecl: Declared | null = null;
  let defaultEdgeType = 'undirected';
  let inMeta = false;
  const graphAttrs: Attrs = {};
  const stack: PendingElement[] = [];
  const top = () => stack[stack.length - 1];
  return {
    close(ev, text) {
      const p = top();
      if ((ev.local === 'node' || ev.local === 'edge') && p?.kind === ev.local) {
        stack.pop();
        finishElement(b, p, declared[p.kind], defaultEdgeType, top());
      } else if (ev.local === 'default' && currentDecl) currentDecl.defaultValue = text;
      else if (ev.local === 'attributes') attrClass = null;
      else if (ev.local === 'attribute') currentDecl = null;
      else if (ev.local === 'title' || ev.local === 'description' || ev.local === 'creator') {
        if (inMeta && text.trim() !== '')
          graphAttrs[ev.local === 'title' ? 'name' : ev.local] = text.trim();
      } else if (ev.local === 'meta') inMeta = false;
    },
    open(ev) {
      const a = ev.attrs;
      const p = top();
      switch (ev.local) {
        case 'meta':
          inMeta = true;
          break;
        case 'graph':
          defaultEdgeType = (a.get('defaultedgetype') ?? 'undirected').toLowerCase();
          if (a.get('mode') === 'dynamic') {
            b.warnOnce(
              'dynamic',
              where(ev.line, '<graph>'),
              'a dynamic graph: time intervals are kept as start/end attributes where given; dynamic attribute values keep their last value',
            );
          }
          break;
        case 'attributes': {
          const cls = a.get('class');
          attrClass = cls === 'node' || cls === 'edge' ? cls : null;
          if (!attrClass)
            b.warn(
              where(ev.line, '<attributes>'),
              `class "${cls ?? ''}" ignored; expected node or edge`,
            );
          break;
        }
        case 'attribute': {
          if (!attrClass) break;
          const id = a.get('id');
          if (id === undefined) {
            b.error(where(ev.line, '<attribute>'), 'expected an id');
            break;
          }
          const title = a.get('title') ?? id;
          const isJson = id === `${title}${JSON_SUFFIX}`;
          currentDecl = { id, name: title, type: isJson ? 'json' : (a.get('type') ?? 'string') };
          declared[attrClass].set(id, currentDecl);
          break;
        }
        case 'node':
        case 'edge':
          if (ev.local === 'edge' || stack.every((q) => q.kind === 'node'))
            stack.push({ kind: ev.local, line: ev.line, xml: a, attrs: {} });
          break;
        case 'attvalue': {
          if (!p) break;
          const ref = a.get('for') ?? a.get('id');
          const value = a.get('value');
          const place = where(
            ev.line,
            `${describeElement(p.kind, p.xml)} <attvalue for="${ref ?? ''}">`,
          );
          if (ref === undefined || value === undefined) {
            b.error(place, 'expected "for" and "value" attributes');
            break;
          }
          if (a.has('start') || a.has('end') || a.has('timestamp')) {
            b.warnOnce(
              'dynamic-values',
              place,
              'dynamic attribute values are flattened: the last value is kept',
            );
          }
          storeValue(
            b,
            p.attrs,
            ref,
            value,
            declared[p.kind].get(ref),
            place,
            `attribute "${ref}" is not declared in <attributes class="${p.kind}">; read as text`,
          );
          break;
        }
        case 'position':
          if (p?.kind === 'node') {
            const x = Number(a.get('x'));
            const y = Number(a.get('y'));
            if (Number.isFinite(x) && Number.isFinite(y)) {
              p.attrs.x = x;
              p.attrs.y = y;
            } else
              b.warn(
                where(ev.line, `${describeElement('node', p.xml)} <viz:position>`),
                'expected numeric x and y; position ignored',
              );
          }
          break;
        case 'size':
        case 'thickness':
          if (p) {
            const v = Number(a.get('value'));
            if (Number.isFinite(v)) p.attrs[p.kind === 'node' ? 'size' : 'thickness'] = v;
          }
          break;
        case 'color':
          if (p) {
            const c = readColor(a);
            if (c) p.attrs.color = c;
          }
          break;
        case 'spells':
          b.warnOnce(
            'spells',
            where(ev.line, '<spells>'),
            'spells (several time intervals) are not kept',
          );
          break;
        case 'parents':
          b.warnOnce('parents', where(ev.line, '<parents>'), 'multiple parents are not kept');
          break;
      }
    },
    end() {
      Object.assign(b.graphAttributes, graphAttrs);
    },
  };
}

/** Completes a <node> or <edge> from its XML attributes and adds it. */
function finishElement(
  b: GraphBuilder,
  p: PendingElement,
  declared: Map<string, Declared>,
  defaultEdgeType: string,
  parent: PendingElement | undefined,
): void {
  applyDefaults(p, declared.values());
  const label = p.xml.get('label');
  if (label !== undefined && p.attrs.label === undefined) p.attrs.label = label;
  for (const k of ['start', 'end'] as const) {
    const v = p.xml.get(k);
    if (v !== undefined && p.attrs[k] === undefined) p.attrs[k] = v;
  }
  if (p.kind === 'node') {
    const pid = p.xml.get('pid') ?? parent?.xml.get('id');
    if (pid !== undefined && p.attrs.parent === undefined) p.attrs.parent = pid;
  }
  addElement(b, p, (place) => {
    const weight = p.xml.get('weight');
    if (weight !== undefined && p.attrs.weight === undefined) {
      const w = Number(weight);
      if (Number.isFinite(w)) p.attrs.weight = w;
      else b.warn(place, `weight "${truncate(weight)}" is not a number; ignored`);
    }
    // Gephi's edge "kind" (one per edge type) names the relation of foreign files.
    const kind = p.xml.get('kind');
    if (kind !== undefined && p.attrs.relation === undefined) p.attrs.relation = kind;
    const type = (p.xml.get('type') ?? '').toLowerCase();
    if (type === 'directed') return true;
    if (type === 'undirected' || type === 'mutual') return false;
    if (type !== '')
      b.warn(
        place,
        `edge type "${type}" is not directed, undirected or mutual; read as the graph default`,
      );
    else if (defaultEdgeType === 'mixed') return defaultDirected(p.attrs.relation);
    return defaultEdgeType === 'directed';
  });
}

function readColor(a: Map<string, string>): string | undefined {
  const hex = a.get('hex');
  if (hex && /^#?[0-9a-f]{6}$/i.test(hex)) return `#${hex.replace('#', '').toLowerCase()}`;
  const [r, g, b] = ['r', 'g', 'b'].map((k) => Number(a.get(k)));
  if (![r, g, b].every((v) => v !== undefined && Number.isInteger(v) && v >= 0 && v <= 255))
    return undefined;
  const rgb = `#${[r, g, b].map((v) => (v as number).toString(16).padStart(2, '0')).join('')}`;
  // viz:color a="0.5" (GEXF 1.2+): kept as #rrggbbaa
  const alpha = a.has('a') ? Number(a.get('a')) : 1;
  if (!Number.isFinite(alpha) || alpha >= 1 || alpha < 0) return rgb;
  return `${rgb}${Math.round(alpha * 255)
    .toString(16)
    .padStart(2, '0')}`;
}

// CSV: nodes.csv + edges.csv of the visible subgraph (UTF-8 without BOM, RFC 4180 quoting, one
// column per attribute, lists and objects as JSON), a zip of both, and a reader for edge lists
// (with an optional node list) that detects the header and the delimiter (",", ";" or tab).
import { strToU8, zipSync } from 'fflate';
import type { AlignmapGraph } from '../model/build';
import { GraphBuilder, defaultDirected, type Attrs } from './builder';
import { collectColumns, formatValue, type Column } from './columns';
import { EDGE_PREFERRED, NODE_PREFERRED } from './gexf';
import { Slicer } from './slicer';
import { japaneseLabels, type PortableOptions } from './portable';
import { selectSubgraph } from './subgraph';
import type { ImportOptions, ImportResult, VisibleSet } from './types';
import { replaceForbidden } from './xml';

// ---------------------------------------------------------------------------------------------
// Writer

const NODE_FIXED = ['id'];
const EDGE_FIXED = ['id', 'source', 'target', 'directed'];
/** An attribute whose name is a structural column is written as "attr.<name>". */
const RENAMED = 'attr.';

/**
 * One RFC 4180 cell. Characters XML 1.0 cannot carry (C0 controls except tab/LF/CR, NUL, lone
 * surrogates) become U+FFFD, as in the XML writers: our importer refuses NUL, spreadsheets garble
 * the others.
 */
export function csvCell(value: string): string {
  const safe = guardFormula(replaceForbidden(value));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab/CR) as a formula: such a cell is
 * written with a leading "'", which spreadsheets show as text. The full-width forms (＝＋－＠)
 * are guarded too, as a precaution for input methods that convert them. Plain numbers ("-12.5")
 * are left alone. The reader drops the "'" again (`unguardFormula`), so our own CSV files
 * round-trip exactly.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Inverse of `guardFormula` for a cell read back: "'=x" → "=x"; other cells unchanged. */
export function unguardFormula(value: string): string {
  return value.startsWith("'") &&
    FORMULA_START.test(value.slice(1)) &&
    !PLAIN_NUMBER.test(value.slice(1))
    ? value.slice(1)
    : value;
}

function row(cells: string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

function cell(v: unknown, c: Column): string {
  if (v === undefined || v === null) return '';
  if (c.type === 'json' && typeof v === 'string') return v;
  return formatValue(v, c.type);
}

export function toCsv(
  graph: AlignmapGraph,
  visible?: VisibleSet,
  options: PortableOptions = {},
): { nodes: string; edges: string } {
  const sub = selectSubgraph(graph, visible);
  if (options.language === 'ja')
    sub.nodes = sub.nodes.map((n) => ({ id: n.id, attributes: japaneseLabels(n.attributes) }));
  const nodeCols = collectColumns(
    sub.nodes.map((n) => n.attributes),
    ['label', ...NODE_PREFERRED, 'x', 'y'],
  );
  const edgeCols = collectColumns(
    sub.edges.map((e) => e.attributes),
    EDGE_PREFERRED,
  );
  const header = (fixed: string[], cols: Column[]) =>
    row([
      ...fixed,
      ...cols.map((c) =>
        fixed.includes(c.key) || c.key.startsWith(RENAMED) ? `${RENAMED}${c.key}` : c.key,
      ),
    ]);
  let nodes = header(NODE_FIXED, nodeCols);
  for (const n of sub.nodes)
    nodes += row([n.id, ...nodeCols.map((c) => cell(n.attributes[c.key], c))]);
  let edges = header(EDGE_FIXED, edgeCols);
  for (const e of sub.edges) {
    edges += row([
      e.id,
      e.source,
      e.target,
      String(e.directed),
      ...edgeCols.map((c) => cell(e.attributes[c.key], c)),
    ]);
  }
  return { nodes, edges };
}

/** nodes.csv and edges.csv in one zip (fixed timestamps, so the same graph gives the same bytes). */
export function toCsvZip(
  graph: AlignmapGraph,
  visible?: VisibleSet,
  options: PortableOptions = {},
): Uint8Array {
  const { nodes, edges } = toCsv(graph, visible, options);
  const mtime = new Date(2000, 0, 1);
  return zipSync(
    { 'nodes.csv': [strToU8(nodes), { mtime }], 'edges.csv': [strToU8(edges), { mtime }] },
    { level: 6 },
  );
}

// ---------------------------------------------------------------------------------------------
// Reader

export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** The delimiter of the first line: the most frequent of , ; and tab outside quotes. */
export function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  let best = ',';
  for (const d of [';', '\t']) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
  return best;
}

/** RFC 4180 records, one at a time, with their row number (1 = header) and first line. */
export class CsvReader {
  private pos = 0;
  private lineNo = 1;
  private rowNo = 0;

  constructor(
    private readonly text: string,
    readonly delimiter: string,
  ) {}

  get position(): number {
    return this.pos;
  }

  next(): { fields: string[]; row: number; line: number } | null {
    const text = this.text;
    const d = this.delimiter;
    if (this.pos >= text.length) return null;
    const startLine = this.lineNo;
    const row = ++this.rowNo;
    const fields: string[] = [];
    let i = this.pos;
    for (;;) {
      if (text[i] === '"') {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            throw new CsvSyntaxError(
              row,
              startLine,
              `a quoted field (column ${fields.length + 1}) is not closed; expected a closing "`,
            );
          }
          const chunk = text.slice(j, q);
          value += chunk;
          this.lineNo += countNewlines(chunk);
          if (text[q + 1] === '"') {
            value += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        fields.push(value);
        const c = text[i];
        if (c === undefined || c === '\n' || c === '\r' || c === d) {
          // fall through to the separator handling below
        } else {
          throw new CsvSyntaxError(
            row,
            startLine,
            `unexpected ${JSON.stringify(c)} after the closing quote of column ${fields.length}; expected "${d === '\t' ? '\\t' : d}" or the end of the line`,
          );
        }
      } else {
        let j = i;
        while (j < text.length) {
          const c = text[j];
          if (c === d || c === '\n' || c === '\r') break;
          j++;
        }
        fields.push(text.slice(i, j));
        i = j;
      }
      const c = text[i];
      if (c === d) {
        i++;
        continue;
      }
      if (c === '\r') i += text[i + 1] === '\n' ? 2 : 1;
      else if (c === '\n') i++;
      if (c !== undefined) this.lineNo++;
      this.pos = i;
      return { fields, row, line: startLine };
    }
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
const SOURCE_NAMES = ['source', 'from', 'src', 'sourceid', 'node1'];
const TARGET_NAMES = ['target', 'to', 'dst', 'targetid', 'node2'];
const NODE_ID_NAMES = ['id', 'key', 'nodeid', 'node', 'name'];
/** Header spellings of the app's attributes (compared without case, spaces, "_" and "-"). */
const CANONICAL: Record<string, string> = {
  label: 'label',
  labelja: 'labelJa',
  nameja: 'labelJa',
  kind: 'kind',
  aliases: 'aliases',
  role: 'role',
  iso: 'iso',
  description: 'description',
  x: 'x',
  y: 'y',
  size: 'size',
  color: 'color',
  relation: 'relation',
  status: 'status',
  certainty: 'certainty',
  start: 'start',
  end: 'end',
  note: 'note',
  evidence: 'evidence',
  weight: 'weight',
};
const NUMBER_KEYS = new Set(['x', 'y', 'size', 'weight']);
const STRING_KEYS = new Set([
  'label',
  'labelJa',
  'kind',
  'role',
  'iso',
  'description',
  'color',
  'relation',
  'status',
  'certainty',
  'start',
  'end',
  'note',
]);
const DIRECTIONS = new Set(['directed', 'undirected', 'mutual']);

interface Table {
  file: string;
  header: string[] | null;
  rows: { fields: string[]; row: number; line: number }[];
}

function locate(file: string, r: { row: number; line: number }): string {
  return `${file ? `${file} ` : ''}row ${r.row}${r.line !== r.row ? ` (line ${r.line})` : ''}`;
}

async function readTable(
  file: string,
  text: string,
  b: GraphBuilder,
  slicer: Slicer,
  isHeader: (cells: string[]) => boolean,
): Promise<Table | null> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const reader = new CsvReader(body, sniffDelimiter(body));
  const rows: Table['rows'] = [];
  try {
    for (let r = reader.next(); r; r = reader.next()) {
      await slicer.tick('parse', reader.position / (body.length || 1));
      if (r.fields.length === 1 && r.fields[0]?.trim() === '') continue; // blank line
      r.fields = r.fields.map(unguardFormula);
      rows.push(r);
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      b.error(locate(file, e), e.message);
      return null;
    }
    throw e;
  }
  const first = rows[0];
  if (first && isHeader(first.fields)) {
    rows.shift();
    return { file, header: first.fields.map((h, i) => h.trim() || `column ${i + 1}`), rows };
  }
  return { file, header: null, rows };
}

const hasName = (cells: string[], names: string[]) => cells.some((c) => names.includes(norm(c)));
const isEdgeHeader = (cells: string[]) =>
  hasName(cells, SOURCE_NAMES) && hasName(cells, TARGET_NAMES);
const isNodeHeader = (cells: string[]) => hasName(cells, NODE_ID_NAMES) && !isEdgeHeader(cells);

function findColumn(header: string[], names: string[]): number {
  for (const name of names) {
    const i = header.findIndex((h) => norm(h) === name);
    if (i >= 0) return i;
  }
  return -1;
}

/** Attribute key of a header cell: the app's spelling for known names, the header text otherwise. */
function attributeKey(h: string): string {
  if (h.startsWith(RENAMED)) return h.slice(RENAMED.length);
  return CANONICAL[norm(h)] ?? h.trim();
}

type Converter = (raw: string) => unknown;

/** How each extra column is read: numbers, booleans or JSON when every non-empty cell is one. */
function converters(keys: string[], rows: Table['rows'], skip: Set<number>): Converter[] {
  return keys.map((key, col) => {
    if (skip.has(col) || STRING_KEYS.has(key)) return (s) => s;
    if (NUMBER_KEYS.has(key))
      return (s) => (s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : s);
    if (key === 'aliases' || key === 'evidence') return (s) => tryJson(s) ?? s;
    let allNum = true;
    let allBool = true;
    let allJson = true;
    let any = false;
    for (const r of rows) {
      const v = r.fields[col];
      if (v === undefined || v === '') continue;
      any = true;
      if (allNum && !(v.trim() !== '' && Number.isFinite(Number(v)))) allNum = false;
      if (allBool && v !== 'true' && v !== 'false') allBool = false;
      if (allJson && !((v.startsWith('[') || v.startsWith('{')) && tryJson(v) !== undefined))
        allJson = false;
      if (!allNum && !allBool && !allJson) break;
    }
    if (!any) return (s) => s;
    if (allNum) return (s) => Number(s);
    if (allBool) return (s) => s === 'true';
    if (allJson) return (s) => tryJson(s);
    return (s) => s;
  });
}

function tryJson(s: string): unknown {
  const t = s.trim();
  if (!(t.startsWith('[') || t.startsWith('{'))) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

function parseDirected(v: string): boolean | undefined {
  const s = v.trim().toLowerCase();
  if (['true', 'yes', '1', 'directed'].includes(s)) return true;
  if (['false', 'no', '0', 'undirected', 'mutual'].includes(s)) return false;
  return undefined;
}

export interface CsvInput {
  edges?: { name: string; text: string };
  nodes?: { name: string; text: string };
}

/** Imports an edge list and/or a node list. A single file is recognised by its header. */
export async function parseCsv(
  input: CsvInput,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const slicer = new Slicer(options);
  return GraphBuilder.run('csv', async (b) => {
    if (input.nodes) {
      const table = await readTable(input.nodes.name, input.nodes.text, b, slicer, isNodeHeader);
      if (!table) return;
      if (!table.header) {
        b.error(
          locate(table.file, { row: 1, line: 1 }),
          `expected a header naming an id column (one of: ${NODE_ID_NAMES.join(', ')})`,
        );
        return;
      }
      await readNodes(b, table, slicer);
    }
    if (input.edges) {
      b.nodesDeclared = !!input.nodes;
      const table = await readTable(
        input.edges.name,
        input.edges.text,
        b,
        slicer,
        (cells) => isEdgeHeader(cells) || (!input.nodes && isNodeHeader(cells)),
      );
      if (!table) return;
      if (table.header && !isEdgeHeader(table.header) && isNodeHeader(table.header)) {
        await readNodes(b, table, slicer); // a node list on its own
        return;
      }
      await readEdges(b, table, slicer);
    }
  });
}

async function readNodes(b: GraphBuilder, table: Table, slicer: Slicer): Promise<void> {
  const header = table.header as string[];
  const idCol = findColumn(header, NODE_ID_NAMES);
  const keys = header.map(attributeKey);
  const conv = converters(keys, table.rows, new Set([idCol]));
  const nameCol = header.findIndex((h) => norm(h) === 'name');
  const hasLabel = keys.includes('label');
  for (let i = 0; i < table.rows.length; i++) {
    await slicer.tick('build', i / table.rows.length);
    const r = table.rows[i] as Table['rows'][number];
    const where = locate(table.file, r);
    if (!checkWidth(b, r, header.length, where)) continue;
    const id = (r.fields[idCol] ?? '').trim();
    if (id === '') {
      b.error(where, `expected a node id in column "${header[idCol]}"`);
      continue;
    }
    const attrs: Attrs = {};
    r.fields.forEach((v, col) => {
      if (col === idCol || v === '') return;
      attrs[keys[col] as string] = (conv[col] as Converter)(v);
    });
    if (!hasLabel && nameCol >= 0 && nameCol !== idCol && attrs.name !== undefined)
      attrs.label = attrs.name;
    b.addNode(id, attrs, where);
  }
}

async function readEdges(b: GraphBuilder, table: Table, slicer: Slicer): Promise<void> {
  let header = table.header;
  if (!header) {
    const width = Math.max(0, ...table.rows.map((r) => r.fields.length));
    if (width < 2) {
      b.error(
        locate(table.file, { row: 1, line: 1 }),
        `expected a header with source and target columns (for example "source,target,relation"), or at least two columns`,
      );
      return;
    }
    header = [
      'source',
      'target',
      'relation',
      ...Array.from({ length: Math.max(0, width - 3) }, (_, i) => `column ${i + 4}`),
    ].slice(0, width);
    b.warn(
      locate(table.file, { row: 1, line: 1 }),
      `no header row: read column 1 as source, 2 as target${width > 2 ? ', 3 as relation' : ''}`,
    );
  }
  const src = findColumn(header, SOURCE_NAMES);
  const tgt = findColumn(header, TARGET_NAMES);
  const idCol = findColumn(header, ['id', 'key', 'edgeid']);
  const dirCol = findColumn(header, ['directed']);
  const typeCol = findColumn(header, ['type']);
  const typeIsDirection =
    typeCol >= 0 &&
    table.rows.every(
      (r) =>
        (r.fields[typeCol] ?? '') === '' ||
        DIRECTIONS.has((r.fields[typeCol] ?? '').trim().toLowerCase()),
    );
  const keys = header.map(attributeKey);
  const hasRelation = keys.includes('relation');
  if (typeCol >= 0 && !typeIsDirection && !hasRelation) keys[typeCol] = 'relation';
  const structural = new Set(
    [src, tgt, idCol, dirCol, typeIsDirection ? typeCol : -1].filter((c) => c >= 0),
  );
  const conv = converters(keys, table.rows, structural);
  for (let i = 0; i < table.rows.length; i++) {
    await slicer.tick('build', i / table.rows.length);
    const r = table.rows[i] as Table['rows'][number];
    const where = locate(table.file, r);
    if (!checkWidth(b, r, header.length, where)) continue;
    const source = (r.fields[src] ?? '').trim();
    const target = (r.fields[tgt] ?? '').trim();
    if (source === '' || target === '') {
      b.error(where, `expected node ids in the "${header[src]}" and "${header[tgt]}" columns`);
      continue;
    }
    const attrs: Attrs = {};
    r.fields.forEach((v, col) => {
      if (structural.has(col) || v === '') return;
      attrs[keys[col] as string] = (conv[col] as Converter)(v);
    });
    let directed: boolean | undefined;
    const dirText =
      dirCol >= 0 ? (r.fields[dirCol] ?? '') : typeIsDirection ? (r.fields[typeCol] ?? '') : '';
    if (dirText !== '') {
      directed = parseDirected(dirText);
      if (directed === undefined)
        b.warn(
          where,
          `"${dirText}" is not a direction (expected true/false or directed/undirected); the relation's default is used`,
        );
    }
    const id = idCol >= 0 ? (r.fields[idCol] ?? '').trim() || undefined : undefined;
    b.addEdge(id, source, target, directed ?? defaultDirected(attrs.relation), attrs, where);
  }
}

function checkWidth(
  b: GraphBuilder,
  r: Table['rows'][number],
  width: number,
  where: string,
): boolean {
  if (r.fields.length <= width) return true;
  if (r.fields.slice(width).every((f) => f.trim() === '')) return true;
  b.error(
    where,
    `${r.fields.length} fields, but the header has ${width} columns; expected at most ${width} (quote fields that contain the delimiter)`,
  );
  return false;
}

/** Whether the first line of a CSV text is an edge list header (source and target columns). */
export function isEdgeHeaderLine(text: string): boolean {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const first = new CsvReader(body, sniffDelimiter(body)).next();
    return !!first && isEdgeHeader(first.fields);
  } catch {
    return false;
  }
}

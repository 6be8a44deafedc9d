// Builds an imported graph off to the side (the graph on screen is never touched): adds nodes and
// edges with located problems, creates missing end nodes, and normalises foreign attributes into
// the app's shape (label, labelJa, kind, aliases, relation, status, certainty, evidence).
import { createEmptyGraph, type AlignmapGraph } from '../model/build';
import type { EdgeAttributes, NodeAttributes } from '../model/graph-types';
import { isReservedNodeId, reservedNodeIdMessage } from '../model/node-ids';
import { RELATION_INFO, type RelationType } from '../model/vocabulary';
import { recoverForeignGraph } from './recover';
import type { ImportFormat, ImportProblem, ImportResult } from './types';

/** Values given to attributes that a foreign file does not have (documented in src/io/README.md). */
export const FOREIGN_DEFAULTS = {
  kind: 'unknown',
  relation: 'related',
  status: 'active',
  certainty: 'unverified',
} as const;

const MAX_ERRORS = 50;

/**
 * Lists and objects inside one attribute value nest at most this deep. Deeper values cannot be
 * copied to the page (structured clone runs out of stack near a few thousand levels) or stored.
 */
export const MAX_VALUE_DEPTH = 100;

export type Attrs = Record<string, unknown>;

/** Thrown to stop parsing once there are too many errors; caught by `finish`. */
class TooManyErrors extends Error {}

export class GraphBuilder {
  readonly graph: AlignmapGraph = createEmptyGraph();
  readonly errors: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];
  /** Graph attributes read from the file (title, description, ...). */
  readonly graphAttributes: Attrs = {};
  private readonly warnedOnce = new Set<string>();
  private autoNodes = 0;
  private selfLoops = 0;
  private generatedKey = 0;
  private readonly autoCreated = new Set<string>();

  /** False for a bare edge list, whose nodes are expected to come from the edges. */
  nodesDeclared = true;

  constructor(readonly format: ImportFormat) {}

  error(where: string, message: string): void {
    this.errors.push({ where, message });
    if (this.errors.length >= MAX_ERRORS) throw new TooManyErrors();
  }

  warn(where: string, message: string): void {
    if (this.warnings.length < 200) this.warnings.push({ where, message });
  }

  /** A warning given once per file for a kind of thing (e.g. "dynamic values flattened"). */
  warnOnce(kind: string, where: string, message: string): void {
    if (this.warnedOnce.has(kind)) return;
    this.warnedOnce.add(kind);
    this.warn(where, message);
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  addNode(id: string, attrs: Attrs, where: string): void {
    if (id === '') {
      this.error(where, 'expected a non-empty node id');
      return;
    }
    if (isReservedNodeId(id)) {
      this.error(where, reservedNodeIdMessage(id));
      return;
    }
    if (!this.checkDepth(attrs, where)) return;
    if (this.graph.hasNode(id)) {
      if (this.autoCreated.has(id)) {
        this.autoCreated.delete(id);
        this.autoNodes--;
        this.graph.replaceNodeAttributes(id, cleanKeys(attrs) as NodeAttributes);
        return;
      }
      this.error(where, `node id "${id}" is defined twice`);
      return;
    }
    this.graph.addNode(id, cleanKeys(attrs) as NodeAttributes);
  }

  /**
   * Adds an edge; an end that names no node creates that node (as Gephi does) with a warning;
   * self-loops are skipped with a warning (the app's graph has none).
   */
  addEdge(
    key: string | undefined,
    source: string,
    target: string,
    directed: boolean,
    attrs: Attrs,
    where: string,
  ): void {
    if (source === '' || target === '') {
      this.error(where, `expected a non-empty ${source === '' ? 'source' : 'target'} node id`);
      return;
    }
    const reserved = [source, target].find(isReservedNodeId);
    if (reserved !== undefined) {
      this.error(where, reservedNodeIdMessage(reserved));
      return;
    }
    if (!this.checkDepth(attrs, where)) return;
    if (source === target) {
      this.selfLoops++;
      if (this.selfLoops <= 5)
        this.warn(where, `edge from "${source}" to itself skipped (self-loops are not shown)`);
      return;
    }
    for (const end of [source, target]) {
      if (!this.graph.hasNode(end)) {
        this.graph.addNode(end, {} as NodeAttributes);
        this.autoCreated.add(end);
        this.autoNodes++;
      }
    }
    let edgeKey = key;
    if (edgeKey === undefined || edgeKey === '') {
      do edgeKey = `e${++this.generatedKey}`;
      while (this.graph.hasEdge(edgeKey));
    } else if (this.graph.hasEdge(edgeKey)) {
      // NetworkX writes per-pair keys of multigraphs as edge ids, so ids repeat: keep the edge.
      const original = edgeKey;
      do edgeKey = `${original}~${++this.generatedKey}`;
      while (this.graph.hasEdge(edgeKey));
      this.warnOnce(
        'duplicate-edge-id',
        where,
        `edge id "${original}" is used twice; the later edge is kept as "${edgeKey}" (further repeats renamed alike)`,
      );
    }
    const clean = cleanKeys(attrs) as EdgeAttributes;
    if (directed) this.graph.addDirectedEdgeWithKey(edgeKey, source, target, clean);
    else this.graph.addUndirectedEdgeWithKey(edgeKey, source, target, clean);
  }

  /** False (with an error) when an attribute value nests deeper than MAX_VALUE_DEPTH. */
  checkDepth(attrs: Attrs, where: string): boolean {
    for (const [key, value] of Object.entries(attrs)) {
      if (typeof value !== 'object' || value === null) continue;
      if (nestingDepth(value, MAX_VALUE_DEPTH) > MAX_VALUE_DEPTH) {
        this.error(
          where,
          `attribute "${key}" nests lists or objects more than ${MAX_VALUE_DEPTH} levels deep; expected at most ${MAX_VALUE_DEPTH} (got ${preview(value)})`,
        );
        return false;
      }
    }
    return true;
  }

  /** Runs `parse`, then normalises and returns the result; never throws. */
  static async run(
    format: ImportFormat,
    parse: (b: GraphBuilder) => Promise<void> | void,
    options: { origin?: Attrs } = {},
  ): Promise<ImportResult> {
    const b = new GraphBuilder(format);
    try {
      await parse(b);
    } catch (e) {
      if (!(e instanceof TooManyErrors)) throw e;
      b.errors.push({ where: 'file', message: `stopped after ${MAX_ERRORS} errors` });
    }
    return b.finish({ ...b.graphAttributes, ...options.origin });
  }

  finish(graphAttrs: Attrs): ImportResult {
    if (!this.failed) this.checkDepth(graphAttrs, 'graph attributes');
    if (this.failed)
      return { ok: false, errors: this.errors, warnings: this.warnings, format: this.format };
    if (this.graph.order === 0) {
      return {
        ok: false,
        errors: [{ where: 'file', message: 'no nodes found; expected at least one node or edge' }],
        warnings: this.warnings,
        format: this.format,
      };
    }
    if (this.autoNodes > 0 && this.nodesDeclared) {
      const some = [...this.autoCreated]
        .slice(0, 5)
        .map((id) => `"${id}"`)
        .join(', ');
      this.warn(
        'file',
        `${this.autoNodes} node${this.autoNodes > 1 ? 's' : ''} named only by edges ${this.autoNodes > 1 ? 'were' : 'was'} created: ${some}${this.autoNodes > 5 ? ', …' : ''}`,
      );
    }
    if (this.selfLoops > 5) this.warn('file', `${this.selfLoops} self-loops skipped in all`);
    this.graph.mergeAttributes(cleanKeys(graphAttrs));
    // The one hook of attribute recovery (recover.ts, export side): ids, lists, directions that
    // NetworkX/igraph/our portable writers changed, before normalisation fills in defaults.
    const graph = recoverForeignGraph(this.graph);
    normalizeGraph(graph, this);
    graph.mergeAttributes({ origin: 'import', importFormat: this.format });
    return { ok: true, graph, warnings: this.warnings, format: this.format };
  }
}

/** How deep lists and objects nest in a value (a scalar is 0), without recursion; stops past `limit`. */
export function nestingDepth(value: unknown, limit = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [v, depth] = top;
    if (typeof v !== 'object' || v === null) continue;
    if (depth + 1 > max) {
      max = depth + 1;
      if (max > limit) return max;
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return max;
}

/** The start of a deep value as JSON-like text, for messages (built without recursion). */
function preview(value: unknown): string {
  let out = '';
  let v = value;
  while (out.length < 40 && typeof v === 'object' && v !== null) {
    if (Array.isArray(v)) {
      out += '[';
      v = v[0];
      continue;
    }
    const key = Object.keys(v)[0];
    if (key === undefined) break;
    out += `{${JSON.stringify(key)}:`;
    v = (v as Attrs)[key];
  }
  return `${out.slice(0, 40)}…`;
}

/** Drops "__proto__" keys (they would re-parent the attribute object instead of adding a value). */
export function cleanKeys(attrs: Attrs): Attrs {
  if (!Object.prototype.hasOwnProperty.call(attrs, '__proto__')) return attrs;
  const out: Attrs = {};
  for (const [k, v] of Object.entries(attrs)) if (k !== '__proto__') out[k] = v;
  return out;
}

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Fills in the attributes the app relies on; values a file does give are kept as they are. */
export function normalizeGraph(graph: AlignmapGraph, b: Pick<GraphBuilder, 'warnOnce'>): void {
  // Attribute objects are fresh (built by the importer), so they are completed in place.
  graph.forEachNode((id, a) => {
    const attrs = a as Attrs;
    const label = nonEmpty(attrs.label)
      ? attrs.label
      : nonEmpty(attrs.name)
        ? attrs.name
        : scalarText(attrs.label) || id;
    attrs.label = label;
    if (!nonEmpty(attrs.labelJa)) attrs.labelJa = label;
    if (!nonEmpty(attrs.kind)) attrs.kind = FOREIGN_DEFAULTS.kind;
    if (!isStringList(attrs.aliases)) attrs.aliases = toStringList(attrs.aliases);
    const x = attrs.x;
    const y = attrs.y;
    if ((x !== undefined || y !== undefined) && !(isFiniteNumber(x) && isFiniteNumber(y))) {
      b.warnOnce(
        'position',
        `node "${id}"`,
        'positions that are not a pair of numbers x, y are ignored; the app lays those nodes out',
      );
      delete attrs.x;
      delete attrs.y;
    }
  });
  graph.forEachEdge((id, a) => {
    const attrs = a as Attrs;
    // A foreign edge "type" (NetworkX, Kumu, CSV) becomes its own relation category.
    if (!nonEmpty(attrs.relation))
      attrs.relation = nonEmpty(attrs.type) ? attrs.type : FOREIGN_DEFAULTS.relation;
    if (!nonEmpty(attrs.status)) attrs.status = FOREIGN_DEFAULTS.status;
    if (!nonEmpty(attrs.certainty)) attrs.certainty = FOREIGN_DEFAULTS.certainty;
    for (const k of ['start', 'end'] as const) {
      if (typeof attrs[k] === 'number') attrs[k] = String(attrs[k]);
    }
    const ev = attrs.evidence;
    if (
      Array.isArray(ev) &&
      ev.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
    )
      return;
    if (ev !== undefined && ev !== null && ev !== '') {
      attrs.evidenceRaw = ev;
      b.warnOnce(
        'evidence',
        `edge "${id}"`,
        'evidence that is not a list of objects is kept as "evidenceRaw" and not shown as evidence',
      );
    }
    attrs.evidence = [];
  });
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function scalarText(v: unknown): string {
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** aliases: a list of strings; a single string is split on "|" or ";". */
export function toStringList(v: unknown): string[] {
  if (Array.isArray(v))
    return v
      .filter((x) => x !== null && x !== undefined)
      .map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
  if (typeof v === 'string')
    return v
      .split(/[|;]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  return [];
}

/** Direction of an edge whose file says nothing about it: our relation types know; others are directed. */
export function defaultDirected(relation: unknown): boolean {
  return typeof relation === 'string' &&
    Object.prototype.hasOwnProperty.call(RELATION_INFO, relation)
    ? RELATION_INFO[relation as RelationType].directed
    : true;
}

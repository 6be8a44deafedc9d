// Writes the workspace back as graph-data/ files: only the files whose items changed, each re-rendered
// from its own YAML document so that comments and unchanged items stay as they were; new items in the
// house style (names and aliases in flow style, dates and quotes double-quoted). Validation runs the
// project's validator over exactly these files, so the messages are those of `npm run validate`.
import { zipSync, strToU8 } from 'fflate';
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Node as YamlNode,
} from 'yaml';
import { articleTextPath, validateFileSet, type FileSetResult } from '../model/file-set';
import type { Section } from '../model/documents';
import { listItems } from '../model/documents';
import type { Problem } from '../model/problems';
import { validateItems } from '../model/validate';
import { sectionOf, type Entry, type Workspace } from './workspace';

const FLOW_KEYS = new Set(['name', 'aliases', 'added']);
const QUOTED_KEYS = new Set(['start', 'end', 'date', 'at', 'quote', 'note', 'title']);
const HEADER: Record<Section, string> = {
  sources: ' Sources of the Alignmap dataset.',
  actors: ' Actors added in the curation mode of the app (see README, "Curating the data").',
  relations:
    ' Relations added in the curation mode of the app, each with a verbatim quote from its source\n (see README, "Curating the data").',
};

export const NO_FILES: ReadonlyMap<string, string> = new Map();

/** The files that differ from the loaded ones: path inside graph-data/ → new text. */
export function changedFiles(ws: Workspace): Map<string, string> {
  const out = new Map<string, string>();
  const paths = new Set<string>();
  for (const section of ['sources', 'actors', 'relations'] as const) {
    for (const e of ws[section] as Entry<unknown>[]) paths.add(e.file);
  }
  for (const path of ws.base.keys()) if (sectionOf(path)) paths.add(path);
  for (const path of [...paths].sort()) {
    const section = sectionOf(path);
    if (!section) continue;
    const values = (ws[section] as Entry<unknown>[])
      .filter((e) => e.file === path)
      .map((e) => e.value);
    const base = ws.base.get(path);
    if (base !== undefined && JSON.stringify(baseValues(base)) === JSON.stringify(values)) continue;
    out.set(path, renderYamlFile(base, values, section));
  }
  for (const [id, text] of [...ws.texts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const path = articleTextPath(id);
    if (ws.base.get(path) !== text) out.set(path, text);
  }
  return out;
}

/** Every file of the workspace as it would be written (loaded files overlaid with the changed ones). */
export function workspaceFiles(ws: Workspace): Map<string, string> {
  const files = new Map(ws.base);
  for (const [path, text] of changedFiles(ws)) files.set(path, text);
  return files;
}

/** The validator over the files as they would be written: file:line messages as npm run validate. */
export function validateWorkspace(
  ws: Workspace,
  seedTexts?: ReadonlyMap<string, string>,
): FileSetResult {
  return validateFileSet(workspaceFiles(ws), { seedTexts, prefix: 'graph-data/' });
}

export interface FieldProblem {
  section: Section;
  id: string;
  /** Field path inside the item, e.g. "evidence[0].quote"; "" for the item as a whole. */
  field: string;
  message: string;
  severity: Problem['severity'];
}

/**
 * The same validator over the workspace's items in memory, each problem tied to its item and field,
 * for messages next to the fields of the edit forms.
 */
export function fieldProblems(
  ws: Workspace,
  seedTexts?: ReadonlyMap<string, string>,
): FieldProblem[] {
  const items = (['sources', 'actors', 'relations'] as const).flatMap(
    (section) =>
      listItems(
        'graph-data',
        section,
        (ws[section] as Entry<unknown>[]).map((e) => e.value),
      ).items,
  );
  const result = validateItems(items, { seedTexts, articleTexts: ws.texts });
  return result.problems.flatMap((p) => {
    const m = /^(sources|actors|relations)\[(\d+)\]\.?(.*)$/.exec(p.path ?? '');
    if (!m) return [];
    const section = m[1] as Section;
    const entry = (ws[section] as Entry<{ id?: unknown }>[])[Number(m[2])];
    const id = typeof entry?.value.id === 'string' ? entry.value.id : '';
    return [{ section, id, field: m[3] ?? '', message: p.message, severity: p.severity }];
  });
}

/** A zip of the changed files under graph-data/, ready to unpack over a checkout. */
export function exportZip(ws: Workspace): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of changedFiles(ws)) entries[`graph-data/${path}`] = strToU8(text);
  return zipSync(entries, { level: 6, mtime: new Date('2025-01-01T00:00:00Z') });
}

function baseValues(text: string): unknown[] {
  const doc = parseDocument(text);
  return isSeq(doc.contents)
    ? doc.contents.items.map((n) => (n as { toJSON(): unknown }).toJSON())
    : [];
}

/**
 * The file's text with only the changed items replaced: unchanged items, comments and blank lines are
 * copied from the loaded text byte for byte; deleted items are cut out; new items are appended.
 */
function renderYamlFile(base: string | undefined, values: unknown[], section: Section): string {
  const wanted = new Map<string, unknown>();
  for (const v of values) {
    const id = (v as { id?: unknown }).id;
    if (typeof id === 'string') wanted.set(id, v);
  }
  let out = '';
  let cursor = 0;
  const written = new Set<string>();
  const doc = base !== undefined ? parseDocument(base) : undefined;
  if (base === undefined) out = `#${HEADER[section].replace(/\n/g, '\n#')}\n\n`;
  if (base !== undefined && doc && isSeq(doc.contents)) {
    for (const node of doc.contents.items) {
      const range = (node as YamlNode).range;
      const json = (node as { toJSON(): unknown }).toJSON() as { id?: unknown };
      if (!range || typeof json?.id !== 'string') continue;
      const start = base.lastIndexOf('\n', range[0] - 1) + 1;
      const nl = base.indexOf('\n', Math.max(range[1] - 1, start));
      const end = nl < 0 ? base.length : nl + 1;
      out += base.slice(cursor, start);
      cursor = end;
      const value = wanted.get(json.id);
      if (value === undefined) continue; // deleted
      written.add(json.id);
      out +=
        JSON.stringify(value) === JSON.stringify(json) ? base.slice(start, end) : renderItem(value);
    }
    out += base.slice(cursor);
  } else if (base !== undefined && base.trim() !== '' && !/^\s*(#.*)?$/s.test(base)) {
    out = base.endsWith('\n') ? base : `${base}\n`;
  } else if (base !== undefined) out = base;
  const added = values.filter((v) => !written.has(String((v as { id?: unknown }).id)));
  if (added.length > 0 && out !== '' && !out.endsWith('\n')) out += '\n';
  for (const v of added) out += renderItem(v);
  return out;
}

function renderItem(value: unknown): string {
  const doc = new Document([value]);
  styled(doc.contents as YamlNode, undefined);
  // The house style pads flow maps ({ en: …, ja: … }) but not flow lists ([a, b]).
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: true })
    .replace(/^(\s*(?:- )?aliases: )\[ (.*) \]$/gm, '$1[$2]');
}

/** House style for a new node: flow-style names and aliases, double-quoted dates and quotes. */
function styled(node: YamlNode, key: string | undefined): YamlNode {
  if (isMap(node)) {
    if (key && FLOW_KEYS.has(key)) node.flow = true;
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (pair.value) styled(pair.value as YamlNode, k);
    }
  } else if (isSeq(node)) {
    if (key && FLOW_KEYS.has(key)) node.flow = true;
    for (const item of node.items) styled(item as YamlNode, undefined);
  } else if (isScalar(node) && typeof node.value === 'string' && key && QUOTED_KEYS.has(key)) {
    node.type = Scalar.QUOTE_DOUBLE;
  }
  return node;
}

// Turns source text (YAML or JSON) into located items: each list element with its file and a
// function that maps a field path to a line number, so every later problem can say `file:line`.
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Problem } from './problems';

export type Section = 'sources' | 'actors' | 'relations';
export type FieldPath = readonly (string | number)[];

export interface LocatedItem {
  section: Section;
  file: string;
  index: number;
  value: unknown;
  /** Line of the item (or of one of its fields); 0 when the input has no lines. */
  lineOf(path?: FieldPath): number;
  /** Element path for inputs without lines, e.g. "actors[3].name.ja". */
  pathOf(path?: FieldPath): string;
}

export interface ParsedFile {
  items: LocatedItem[];
  problems: Problem[];
}

/** Parses one YAML file whose top level is a list of `section` items. */
export function parseYamlList(file: string, text: string, section: Section): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [];
  for (const err of doc.errors) {
    const line = lineCounter.linePos(err.pos[0]).line;
    const first = err.message.split('\n')[0] ?? err.message;
    problems.push({
      file,
      line,
      message: `YAML syntax error: ${first.replace(/ at line \d+, column \d+:?$/, '')}`,
      severity: 'error',
    });
  }
  if (problems.length > 0) return { items: [], problems };
  const root = doc.contents;
  if (root === null) return { items: [], problems };
  if (!isSeq(root)) {
    const line = root.range ? lineCounter.linePos(root.range[0]).line : 1;
    problems.push({
      file,
      line,
      message: `expected a YAML list of ${section} (each item starting with "- id: ..."), found ${describeNode(root)}`,
      severity: 'error',
    });
    return { items: [], problems };
  }
  const items: LocatedItem[] = root.items.map((node, index) => {
    const itemNode = node as YamlNode;
    const lineAt = (n: unknown): number => {
      const range = (n as YamlNode | undefined)?.range;
      return range ? lineCounter.linePos(range[0]).line : 0;
    };
    return {
      section,
      file,
      index,
      value: (itemNode as { toJSON(): unknown }).toJSON(),
      lineOf(path: FieldPath = []) {
        const itemLine = lineAt(itemNode);
        // Walk down as far as the path exists; a missing field reports its parent's line.
        let current: unknown = itemNode;
        let best = itemLine;
        for (const key of path) {
          if (isMap(current)) {
            const pair = current.items.find((p) => (p.key as { value?: unknown })?.value === key);
            if (!pair) break;
            best = lineAt(pair.key) || best;
            current = pair.value;
            if (!isMap(current) && !isSeq(current)) best = lineAt(current) || best;
          } else if (isSeq(current) && typeof key === 'number') {
            const child = current.items[key];
            if (child === undefined) break;
            best = lineAt(child) || best;
            current = child;
          } else break;
        }
        return best;
      },
      pathOf: (path: FieldPath = []) => formatPath(section, index, path),
    };
  });
  return { items, problems };
}

/** Wraps in-memory lists (e.g. an imported JSON document) as located items without lines. */
export function listItems(file: string, section: Section, list: unknown): ParsedFile {
  if (list === undefined) return { items: [], problems: [] };
  if (!Array.isArray(list)) {
    return {
      items: [],
      problems: [
        {
          file,
          line: 0,
          path: section,
          message: `expected "${section}" to be a list`,
          severity: 'error',
        },
      ],
    };
  }
  return {
    items: list.map((value, index) => ({
      section,
      file,
      index,
      value,
      lineOf: () => 0,
      pathOf: (path: FieldPath = []) => formatPath(section, index, path),
    })),
    problems: [],
  };
}

function formatPath(section: Section, index: number, path: FieldPath): string {
  let out = `${section}[${index}]`;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${key}`;
  return out;
}

function describeNode(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  const value = (node as { value?: unknown }).value;
  return `the scalar ${JSON.stringify(value)}`;
}

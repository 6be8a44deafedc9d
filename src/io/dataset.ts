// The project's own format as one document: { sources, actors, relations } in YAML or JSON, the
// shape of graph-data/. Validated by the model's validator (every rule of the dataset applies),
// then built with the model's buildGraph. Problems are located by line where the text has lines.
import { LineCounter, parseDocument, isCollection, type Document } from 'yaml';
import { buildGraph } from '../model/build';
import { validateDataset } from '../model/validate';
import type { Problem } from '../model/problems';
import type { ImportProblem, ImportResult } from './types';

export type DatasetSyntax = 'yaml' | 'json';

const isDatasetLike = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  ('actors' in v || 'relations' in v || 'sources' in v);

export { isDatasetLike };

/**
 * Imports an already parsed document. `text` (the file's text) is used to turn element paths
 * such as "relations[3].evidence[0].quote" into line numbers.
 */
export function importDataset(
  value: unknown,
  text: string,
  file: string,
  syntax: DatasetSyntax,
): ImportResult {
  const format = syntax === 'yaml' ? 'alignmap-yaml' : 'alignmap-json';
  const result = validateDataset(value, file);
  const locate = lineLocator(text);
  const toProblem = (p: Problem): ImportProblem => ({
    where: p.line > 0 ? `line ${p.line}` : p.path ? (locate(p.path) ?? p.path) : 'file',
    message: p.message,
  });
  const errors = result.problems.filter((p) => p.severity === 'error').map(toProblem);
  const warnings = result.problems.filter((p) => p.severity === 'warning').map(toProblem);
  if (!result.ok || !result.dataset) {
    return {
      ok: false,
      errors: errors.length ? errors : [{ where: 'file', message: 'the dataset is not valid' }],
      warnings,
      format,
    };
  }
  if (result.dataset.actors.length === 0) {
    return {
      ok: false,
      errors: [{ where: 'file', message: 'expected at least one actor in "actors"' }],
      warnings,
      format,
    };
  }
  const graph = buildGraph(result.dataset, file);
  graph.mergeAttributes({ origin: 'import', importFormat: format });
  return { ok: true, graph, warnings, format };
}

/** Parses YAML (or JSON, which is YAML) with line numbers; syntax errors name their line. */
export function parseYamlText(
  text: string,
): { ok: true; value: unknown } | { ok: false; errors: ImportProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.slice(0, 20).map((err) => ({
        where: `line ${lineCounter.linePos(err.pos[0]).line}`,
        message: `YAML syntax error: ${yamlMessage(err.message)}`,
      })),
    };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (e) {
    return { ok: false, errors: [{ where: 'file', message: `YAML: ${(e as Error).message}` }] };
  }
}

/** The first line of a YAML error without its position; a stack overflow said plainly. */
function yamlMessage(message: string): string {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  return /Maximum call stack size exceeded/.test(first)
    ? `nested too deeply for the YAML reader (${first}); expected lists and mappings a few levels deep`
    : first;
}

/** Maps "relations[3].evidence[0].quote" to "line N" by walking the YAML/JSON syntax tree. */
function lineLocator(text: string): (path: string) => string | undefined {
  let doc: Document | undefined;
  let counter: LineCounter | undefined;
  return (path) => {
    if (!doc) {
      counter = new LineCounter();
      doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
      if (doc.errors.length > 0) return undefined;
    }
    const keys: (string | number)[] = [];
    for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
      keys.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
    // Walk down as far as the path exists: a missing field reports its parent's line.
    for (let n = keys.length; n > 0; n--) {
      const node = doc.getIn(keys.slice(0, n), true) as
        { range?: [number, number, number] } | undefined;
      if (node && (isCollection(node) || node.range)) {
        const range = node.range;
        if (range && counter) return `line ${counter.linePos(range[0]).line}`;
      }
    }
    return undefined;
  };
}

// Validates a graph-data/ folder given as in-memory files (path relative to the folder → text):
// sources.yaml, actors/*.yaml, relations/*.yaml and texts/*.txt (the texts of `article` sources).
// The same checks and messages as `npm run validate`, usable in the browser; load-dir.ts reads the
// files from disk and calls this.
import { parseYamlList, type LocatedItem, type Section } from './documents';
import type { Problem } from './problems';
import { validateItems, type ValidationResult } from './validate';

export interface FileSetOptions {
  /** Seed texts by source id; when given, seed quotes must occur in them verbatim. */
  seedTexts?: ReadonlyMap<string, string>;
  /** Prefix of the file names in messages, e.g. "graph-data/". */
  prefix?: string;
}

export interface FileSetResult extends ValidationResult {
  filesRead: number;
}

/** Folder of the texts of `article` sources, inside graph-data/. */
export const TEXTS_DIR = 'texts';

export function articleTextPath(sourceId: string): string {
  return `${TEXTS_DIR}/${sourceId}.txt`;
}

export function validateFileSet(
  files: ReadonlyMap<string, string>,
  options: FileSetOptions = {},
): FileSetResult {
  const prefix = options.prefix ?? '';
  const problems: Problem[] = [];
  const items: LocatedItem[] = [];
  let filesRead = 0;
  let unreadableActorFiles = 0;
  const read = (path: string, section: Section) => {
    filesRead++;
    const parsed = parseYamlList(prefix + path, files.get(path) ?? '', section);
    if (section === 'actors' && parsed.problems.length > 0) unreadableActorFiles++;
    problems.push(...parsed.problems);
    items.push(...parsed.items);
  };
  if (files.has('sources.yaml')) read('sources.yaml', 'sources');
  else
    problems.push({
      file: `${prefix}sources.yaml`,
      line: 0,
      message: 'sources.yaml is missing',
      severity: 'error',
    });
  const paths = [...files.keys()].sort();
  for (const section of ['actors', 'relations'] as const) {
    const inSection = paths.filter((p) => new RegExp(`^${section}/[^/]+\\.ya?ml$`).test(p));
    if (inSection.length === 0) {
      problems.push({
        file: `${prefix}${section}`,
        line: 0,
        message: `no ${section}/*.yaml files`,
        severity: 'error',
      });
    }
    for (const p of inSection) read(p, section);
  }
  const articleTexts = new Map<string, string>();
  for (const p of paths) {
    const m = new RegExp(`^${TEXTS_DIR}/([^/]+)\\.txt$`).exec(p);
    if (m?.[1]) articleTexts.set(m[1], files.get(p) ?? '');
  }
  const result = validateItems(items, {
    seedTexts: options.seedTexts,
    articleTexts,
    unreadableActorFiles,
    bilingualNotes: true,
  });
  const ok = result.ok && !problems.some((p) => p.severity === 'error');
  return {
    ok,
    problems: [...problems, ...result.problems],
    dataset: ok ? result.dataset : undefined,
    filesRead,
  };
}

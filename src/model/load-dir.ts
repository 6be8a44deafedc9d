// Node-only: reads a graph-data/ folder (sources.yaml, actors/*.yaml, relations/*.yaml) and the seed
// texts, and validates them together. Used by the validate and build:data scripts and the tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseYamlList, type LocatedItem, type Section } from './documents';
import type { Problem } from './problems';
import { validateItems, type ValidationResult } from './validate';

export interface LoadOptions {
  /** Folder with the seed texts (<source id>.txt); quotes are checked only when it exists. */
  seedsDir?: string;
  /** Base for the file names in messages (default: the current directory). */
  relativeTo?: string;
}

export interface DirResult extends ValidationResult {
  filesRead: number;
  seedsChecked: boolean;
}

export function validateDir(dir: string, options: LoadOptions = {}): DirResult {
  const problems: Problem[] = [];
  const items: LocatedItem[] = [];
  const show = (path: string) => relative(options.relativeTo ?? process.cwd(), path) || path;
  let filesRead = 0;

  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      ok: false,
      problems: [{ file: show(dir), line: 0, message: 'data folder not found', severity: 'error' }],
      filesRead,
      seedsChecked: false,
    };
  }
  let unreadableActorFiles = 0;
  const read = (path: string, section: Section) => {
    filesRead++;
    const parsed = parseYamlList(show(path), readFileSync(path, 'utf8'), section);
    if (section === 'actors' && parsed.problems.length > 0) unreadableActorFiles++;
    problems.push(...parsed.problems);
    items.push(...parsed.items);
  };
  const sourcesFile = join(dir, 'sources.yaml');
  if (existsSync(sourcesFile)) read(sourcesFile, 'sources');
  else
    problems.push({
      file: show(sourcesFile),
      line: 0,
      message: 'sources.yaml is missing',
      severity: 'error',
    });
  for (const section of ['actors', 'relations'] as const) {
    const sub = join(dir, section);
    const files = existsSync(sub)
      ? readdirSync(sub)
          .filter((f) => /\.ya?ml$/.test(f))
          .sort()
      : [];
    if (files.length === 0) {
      problems.push({
        file: show(sub),
        line: 0,
        message: `no ${section}/*.yaml files`,
        severity: 'error',
      });
    }
    for (const f of files) read(join(sub, f), section);
  }

  const seedTexts = options.seedsDir ? readSeeds(options.seedsDir) : undefined;
  const result = validateItems(items, { seedTexts, unreadableActorFiles });
  const all = [...problems, ...result.problems];
  const ok = result.ok && !problems.some((p) => p.severity === 'error');
  return {
    ok,
    problems: all,
    dataset: ok ? result.dataset : undefined,
    filesRead,
    seedsChecked: !!seedTexts,
  };
}

function readSeeds(dir: string): Map<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  const texts = new Map<string, string>();
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.txt')) texts.set(basename(f, '.txt'), readFileSync(join(dir, f), 'utf8'));
  }
  return texts;
}

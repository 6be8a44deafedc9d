// Node-only: reads a graph-data/ folder (sources.yaml, actors/*.yaml, relations/*.yaml) and the seed
// texts (and graph-data/texts/*.txt, the texts of `article` sources), and validates them together. Used by the validate and build:data scripts and the tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { TEXTS_DIR, validateFileSet } from './file-set';
import type { ValidationResult } from './validate';

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
  const show = (path: string) => relative(options.relativeTo ?? process.cwd(), path) || path;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      ok: false,
      problems: [{ file: show(dir), line: 0, message: 'data folder not found', severity: 'error' }],
      filesRead: 0,
      seedsChecked: false,
    };
  }
  const files = new Map<string, string>();
  const sourcesFile = join(dir, 'sources.yaml');
  if (existsSync(sourcesFile)) files.set('sources.yaml', readFileSync(sourcesFile, 'utf8'));
  for (const [sub, pattern] of [
    ['actors', /\.ya?ml$/],
    ['relations', /\.ya?ml$/],
    [TEXTS_DIR, /\.txt$/],
  ] as const) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).filter((name) => pattern.test(name)))
      files.set(`${sub}/${f}`, readFileSync(join(folder, f), 'utf8'));
  }
  const prefix = show(dir);
  const seedTexts = options.seedsDir ? readSeeds(options.seedsDir) : undefined;
  const result = validateFileSet(files, { seedTexts, prefix: prefix ? `${prefix}/` : '' });
  return { ...result, seedsChecked: !!seedTexts };
}

function readSeeds(dir: string): Map<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  const texts = new Map<string, string>();
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.txt')) texts.set(basename(f, '.txt'), readFileSync(join(dir, f), 'utf8'));
  }
  return texts;
}

// Node-only: reads a graph-data/ folder (sources.yaml, actors/*.yaml, relations/*.yaml) and the seed
// texts (and graph-data/texts/*.txt, the texts of `article` sources), and validates them together. Used by the validate and build:data scripts and the tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { TEXTS_DIR, validateFileSet } from './file-set';
import type { Problem } from './problems';
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
  // Entries that cannot be read (a folder named x.yaml, no permission) are problems naming the path.
  const unreadable: Problem[] = [];
  const read = (path: string, expected: string): string | undefined => {
    try {
      if (statSync(path).isDirectory()) throw new Error(`expected ${expected}, found a folder`);
      return readFileSync(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const message = code
        ? `cannot be read (${code}); expected ${expected}`
        : (e as Error).message;
      unreadable.push({ file: show(path), line: 0, message, severity: 'error' });
      return undefined;
    }
  };
  const sourcesFile = join(dir, 'sources.yaml');
  if (existsSync(sourcesFile)) {
    const text = read(sourcesFile, 'a YAML file');
    if (text !== undefined) files.set('sources.yaml', text);
  }
  for (const [sub, pattern] of [
    ['actors', /\.ya?ml$/],
    ['relations', /\.ya?ml$/],
    [TEXTS_DIR, /\.txt$/],
  ] as const) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    if (!statSync(folder).isDirectory()) {
      unreadable.push({
        file: show(folder),
        line: 0,
        message: 'expected a folder, found a file',
        severity: 'error',
      });
      continue;
    }
    for (const f of readdirSync(folder).filter((name) => pattern.test(name))) {
      const text = read(join(folder, f), sub === TEXTS_DIR ? 'a text file' : 'a YAML file');
      if (text !== undefined) files.set(`${sub}/${f}`, text);
    }
  }
  const prefix = show(dir);
  const seedTexts = options.seedsDir ? readSeeds(options.seedsDir) : undefined;
  const result = validateFileSet(files, { seedTexts, prefix: prefix ? `${prefix}/` : '' });
  if (unreadable.length === 0) return { ...result, seedsChecked: !!seedTexts };
  return {
    ...result,
    ok: false,
    problems: [...unreadable, ...result.problems],
    seedsChecked: !!seedTexts,
  };
}

function readSeeds(dir: string): Map<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  const texts = new Map<string, string>();
  for (const f of readdirSync(dir)) {
    if (f.endsWith('.txt') && statSync(join(dir, f)).isFile())
      texts.set(basename(f, '.txt'), readFileSync(join(dir, f), 'utf8'));
  }
  return texts;
}

// Test helper: the repository's graph-data/ folder as a path → text map, and writing files into a copy.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const GRAPH_DATA = join(ROOT, 'graph-data');
const SEEDS = resolve(ROOT, '..', 'shared', 'seeds');
/** The seed texts folder when it is at hand (quotes of seed evidence are then checked too). */
export const SEEDS_DIR = existsSync(SEEDS) ? SEEDS : undefined;

export function readGraphData(dir = GRAPH_DATA): Map<string, string> {
  const files = new Map<string, string>();
  files.set('sources.yaml', readFileSync(join(dir, 'sources.yaml'), 'utf8'));
  for (const sub of ['actors', 'relations', 'texts']) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).sort())
      if (/\.(ya?ml|txt)$/.test(f)) files.set(`${sub}/${f}`, readFileSync(join(folder, f), 'utf8'));
  }
  return files;
}

/** A temporary copy of graph-data/ with `files` written over it; returns its path. */
export function copyWithChanges(files: ReadonlyMap<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'alignmap-curate-')), 'graph-data');
  cpSync(GRAPH_DATA, dir, { recursive: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

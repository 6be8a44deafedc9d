// Writes a CLI's output file safely: missing folders are created one level at a time (Node's
// recursive mkdir never returns for some paths, e.g. under /proc), the text goes to FILE.tmp and is
// renamed over FILE, and the .tmp file never stays behind. Every failure names the path.
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Creates `dir` and its missing parents, one non-recursive mkdir each. */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  while (!existsSync(at)) {
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  if (existsSync(at) && !statSync(at).isDirectory())
    throw new Error(`${at} is a file; expected a folder to write into`);
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      throw new Error(
        `cannot create the folder ${d} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        { cause: e },
      );
    }
  }
}

/** Writes `text` to `file` through `file.tmp`; throws an Error naming the path on failure. */
export function writeFileAtomically(file: string, text: string): void {
  if (existsSync(file) && statSync(file).isDirectory())
    throw new Error(`${file} is a folder; expected a file name such as ${file}/graph.json`);
  makeDirs(dirname(file));
  const tmp = `${file}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new Error(
      `cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      { cause: e },
    );
  }
}

// build:data's output file (issue 13 #4, #6): an impossible folder fails at once with its path
// (Node's recursive mkdir never returned for /proc/nope), a folder given as --out is refused
// before anything is written, and no FILE.tmp is ever left behind.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { writeDataDir } from './helpers/data-dir';
import { makeDirs, writeFileAtomically } from '../../scripts/write-output';

const scratch = () => mkdtempSync(join(tmpdir(), 'alignmap-out-'));

describe('writeFileAtomically', () => {
  it.runIf(existsSync('/proc/self'))('a folder under /proc fails at once, naming it', () => {
    expect(() => writeFileAtomically('/proc/nope/graph.json', '{}')).toThrow(
      'cannot create the folder /proc/nope (ENOENT)',
    );
  });

  it('--out naming a folder is refused and leaves no .tmp behind', () => {
    const dir = scratch();
    const out = join(dir, 'data');
    makeDirs(out);
    expect(() => writeFileAtomically(out, '{}')).toThrow(
      `${out} is a folder; expected a file name such as ${out}/graph.json`,
    );
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('a file where a folder should be is named', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'x'), '');
    expect(() => writeFileAtomically(join(dir, 'x', 'g.json'), '{}')).toThrow(
      `${join(dir, 'x')} is a file; expected a folder to write into`,
    );
    expect(readdirSync(dir)).toEqual(['x']);
  });

  it('creates missing folders and writes the file', () => {
    const dir = scratch();
    const out = join(dir, 'a', 'b', 'graph.json');
    writeFileAtomically(out, '{"ok":1}');
    expect(readFileSync(out, 'utf8')).toBe('{"ok":1}');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['graph.json']);
  });
});

describe('build:data --out', () => {
  const root = join(import.meta.dirname, '..', '..');
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const script = join(root, 'scripts', 'build-data.ts');

  it('a folder as --out exits 2 with its path and leaves no DIR.tmp (issue 13 #6)', () => {
    const { dataDir, seedsDir, root: tmp } = writeDataDir();
    const out = join(tmp, 'outdir');
    makeDirs(out);
    const run = spawnSync(
      tsx,
      [script, dataDir, '--seeds', seedsDir, '--out', out, '--no-layout'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`build:data: ${out} is a folder; expected a file name`);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  }, 60_000);
});

// validateDir on folders that cannot be read as expected (issue 13 #10): a folder named like a YAML
// file, a file where a folder should be. Each is an error naming the path, not "EISDIR: illegal
// operation on a directory, read" without one.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDir } from '../../src/model/load-dir';
import { writeDataDir } from './helpers/data-dir';

describe('validateDir with unreadable entries', () => {
  it('a folder named actors/x.yaml/ is an error naming it; the rest is still validated', () => {
    const { dataDir, seedsDir, root } = writeDataDir();
    mkdirSync(join(dataDir, 'actors', 'x.yaml'));
    const result = validateDir(dataDir, { seedsDir, relativeTo: root });
    expect(result.ok).toBe(false);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([
      {
        file: 'graph-data/actors/x.yaml',
        line: 0,
        message: 'expected a YAML file, found a folder',
        severity: 'error',
      },
    ]);
  });

  it('a file named relations where the folder should be is an error naming it', () => {
    const { dataDir, seedsDir, root } = writeDataDir();
    rmSync(join(dataDir, 'relations'), { recursive: true });
    writeFileSync(join(dataDir, 'relations'), '');
    const result = validateDir(dataDir, { seedsDir, relativeTo: root });
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toEqual({
      file: 'graph-data/relations',
      line: 0,
      message: 'expected a folder, found a file',
      severity: 'error',
    });
  });

  it('a folder named sources.yaml is an error naming it', () => {
    const { dataDir, seedsDir, root } = writeDataDir();
    rmSync(join(dataDir, 'sources.yaml'));
    mkdirSync(join(dataDir, 'sources.yaml'));
    const result = validateDir(dataDir, { seedsDir, relativeTo: root });
    expect(result.problems[0]).toMatchObject({
      file: 'graph-data/sources.yaml',
      message: 'expected a YAML file, found a folder',
    });
  });
});

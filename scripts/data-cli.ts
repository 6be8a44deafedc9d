// Shared command-line handling of the data scripts: which data folder and which seeds folder.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/model/problems';
import { validateDir, type DirResult } from '../src/model/load-dir';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface DataArgs {
  dataDir: string;
  seedsDir: string | undefined;
}

const USAGE = 'usage: [DIR] [--seeds DIR] (env ALIGNMAP_SEEDS also names the seeds folder)';

export function parseDataArgs(argv: string[]): DataArgs {
  let dataDir: string | undefined;
  let seedsDir = process.env.ALIGNMAP_SEEDS;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--seeds') {
      const next = argv[++i];
      if (!next) throw new Error(`--seeds needs a folder; ${USAGE}`);
      seedsDir = next;
    } else if (arg.startsWith('--seeds=')) seedsDir = arg.slice('--seeds='.length);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}; ${USAGE}`);
    else if (dataDir === undefined) dataDir = arg;
    else throw new Error(`only one data folder may be given; ${USAGE}`);
  }
  const defaultSeeds = resolve(ROOT, '..', 'shared', 'seeds');
  return {
    dataDir: resolve(dataDir ?? resolve(ROOT, 'graph-data')),
    seedsDir: seedsDir ? resolve(seedsDir) : existsSync(defaultSeeds) ? defaultSeeds : undefined,
  };
}

/** Validates and prints every problem; returns the result. */
export function validateAndReport(args: DataArgs): DirResult {
  if (args.seedsDir && !existsSync(args.seedsDir)) {
    console.error(`validate: seeds folder ${args.seedsDir} does not exist`);
  }
  const result = validateDir(args.dataDir, { seedsDir: args.seedsDir });
  for (const p of result.problems)
    (p.severity === 'error' ? console.error : console.warn)(formatProblem(p));
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const quotes = result.seedsChecked
    ? 'quotes checked against the seed texts'
    : 'seed texts not found: quotes NOT checked';
  if (result.ok && result.dataset) {
    const d = result.dataset;
    console.log(
      `validate: ${d.actors.length} actors, ${d.relations.length} relations, ${d.sources.length} sources in ${result.filesRead} files; ${warnings} warning(s); ${quotes}`,
    );
  } else {
    console.error(
      `validate: ${errors} error(s), ${warnings} warning(s) in ${result.filesRead} files; ${quotes}`,
    );
  }
  return result;
}

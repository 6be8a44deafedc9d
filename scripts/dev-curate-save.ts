// Dev-server endpoint of the curation mode (`npm run dev` only; the Vite plugin in
// scripts/vite-curate-plugin.js loads this module through Vite): POST /__alignmap/curate/save with
// { files: { "relations/curated.yaml": "...", "texts/x.txt": "..." } } writes a change set straight back
// to graph-data/. Only files inside graph-data/ of the known shapes; the whole folder as it would be is
// validated first (same validator as `npm run validate`, seed quotes included); every file is written
// to a temporary name first and renamed only when all were written, so nothing is half written.
import {
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import { TEXTS_DIR, validateFileSet } from '../src/model/file-set';
import type { Problem } from '../src/model/problems';

export const SAVE_PATH = '/__alignmap/curate/save';
/** Sent by the app; a cross-site form or image request cannot set it. */
export const SAVE_HEADER = 'x-alignmap-curate';
const MAX_BODY = 8 * 1024 * 1024;
const ALLOWED = new RegExp(
  `^(?:sources\\.yaml|(?:actors|relations)/[a-z0-9][a-z0-9-]*\\.yaml|${TEXTS_DIR}/[A-Za-z0-9][A-Za-z0-9_-]*\\.txt)$`,
);

export interface SaveOptions {
  dataDir: string;
  seedsDir?: string;
}

export type SaveResult =
  | { ok: true; written: string[] }
  | { ok: false; status: number; error: string; problems?: Problem[] };

/** Validates and writes `files` (paths inside dataDir) all or nothing. */
export function saveFiles(files: unknown, options: SaveOptions): SaveResult {
  if (typeof files !== 'object' || files === null || Array.isArray(files))
    return refuse(400, 'expected { "files": { "<path inside graph-data/>": "<text>" } }');
  const entries = Object.entries(files as Record<string, unknown>);
  if (entries.length === 0) return refuse(400, 'no files to write');
  const root = realpathSync(options.dataDir);
  for (const [path, text] of entries) {
    if (typeof text !== 'string') return refuse(400, `"${path}": expected the file's text`);
    if (!ALLOWED.test(path))
      return refuse(
        403,
        `"${path}": only sources.yaml, actors/*.yaml, relations/*.yaml and ${TEXTS_DIR}/*.txt inside graph-data/ can be written`,
      );
    const target = resolve(root, path);
    if (!target.startsWith(root + sep)) return refuse(403, `"${path}" is outside graph-data/`);
    const parent = dirname(target);
    if (existsSync(parent) && realpathSync(parent) !== parent)
      return refuse(403, `"${path}": its folder is a link out of graph-data/`);
    if (existsSync(target) && lstatSync(target).isSymbolicLink())
      return refuse(403, `"${path}" is a link; not written`);
  }
  const all = readDataFiles(root);
  for (const [path, text] of entries) all.set(path, text as string);
  const seedTexts = options.seedsDir ? readSeeds(options.seedsDir) : undefined;
  const result = validateFileSet(all, { seedTexts, prefix: 'graph-data/' });
  if (!result.ok)
    return {
      ok: false,
      status: 422,
      error: 'the data would not validate; nothing written',
      problems: result.problems.filter((p) => p.severity === 'error'),
    };
  const temps: [string, string][] = [];
  try {
    entries.forEach(([path, text], i) => {
      const target = resolve(root, path);
      const tmp = `${target}.curate-${process.pid}-${i}.tmp`;
      if (!existsSync(dirname(target))) throw new Error(`folder ${dirname(path)}/ is missing`);
      writeFileSync(tmp, text as string, { flag: 'wx' });
      temps.push([tmp, target]);
    });
  } catch (e) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    return refuse(500, `writing failed, nothing written: ${(e as Error).message}`);
  }
  for (const [tmp, target] of temps) renameSync(tmp, target);
  return { ok: true, written: entries.map(([p]) => p) };
}

function refuse(status: number, error: string): SaveResult {
  return { ok: false, status, error: `curate-save: ${error}` };
}

function readDataFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const sources = join(root, 'sources.yaml');
  if (existsSync(sources)) files.set('sources.yaml', readFileSync(sources, 'utf8'));
  for (const [sub, re] of [
    ['actors', /\.ya?ml$/],
    ['relations', /\.ya?ml$/],
    [TEXTS_DIR, /\.txt$/],
  ] as const) {
    const folder = join(root, sub);
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder))
      if (re.test(f)) files.set(`${sub}/${f}`, readFileSync(join(folder, f), 'utf8'));
  }
  return files;
}

function readSeeds(dir: string): Map<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  const texts = new Map<string, string>();
  for (const f of readdirSync(dir))
    if (f.endsWith('.txt')) texts.set(f.slice(0, -4), readFileSync(join(dir, f), 'utf8'));
  return texts;
}

/** The HTTP handler (also used by the tests with a plain node:http server). */
export function saveHandler(options: SaveOptions & { rebuild?: () => Promise<string> }) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const send = (status: number, body: unknown) => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST') return send(405, { ok: false, error: 'curate-save: POST only' });
    if (req.headers[SAVE_HEADER] !== '1')
      return send(403, { ok: false, error: `curate-save: missing header ${SAVE_HEADER}: 1` });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY)
        return send(413, { ok: false, error: 'curate-save: more than 8 MB; nothing written' });
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(400, { ok: false, error: 'curate-save: the body is not JSON' });
      }
      let result: SaveResult;
      try {
        result = saveFiles((body as { files?: unknown } | null)?.files, options);
      } catch (e) {
        return send(500, { ok: false, error: `curate-save: ${(e as Error).message}` });
      }
      if (!result.ok) return send(result.status, result);
      if (!options.rebuild) return send(200, result);
      options.rebuild().then(
        (log) => send(200, { ...result, rebuilt: true, log }),
        (e: Error) => send(200, { ...result, rebuilt: false, log: e.message }),
      );
    });
  };
}

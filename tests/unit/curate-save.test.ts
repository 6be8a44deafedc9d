// The dev-server endpoint that writes a change set back to graph-data/: only inside graph-data/,
// validated first, all or nothing; tested over HTTP with a plain node:http server on a copy.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVE_HEADER, saveHandler } from '../../scripts/dev-curate-save';
import { articleSourceChange } from '../../src/curate/accept';
import { applyChanges, type Change } from '../../src/curate/changes';
import { changedFiles } from '../../src/curate/export-files';
import { loadWorkspace } from '../../src/curate/workspace';
import { validateDir } from '../../src/model/load-dir';
import { copyWithChanges, readGraphData, SEEDS_DIR } from './helpers/graph-data-files';

let server: Server;
let url = '';
let dataDir = '';

beforeAll(async () => {
  dataDir = copyWithChanges(new Map());
  server = createServer(saveHandler({ dataDir, seedsDir: SEEDS_DIR }));
  // fetch reuses the connection: a request made just as the server's 5 s keep-alive ends would be reset
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(() => {
  server.close();
  rmSync(dirname(dataDir), { recursive: true, force: true });
});

const post = async (body: unknown, headers: Record<string, string> = { [SAVE_HEADER]: '1' }) => {
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return {
    status: res.status,
    body: (await res.json()) as {
      ok: boolean;
      error?: string;
      problems?: { message: string }[];
      written?: string[];
    },
  };
};
const snapshot = () =>
  new Map(
    [
      'sources.yaml',
      ...['actors', 'relations'].flatMap((d) =>
        readdirSync(join(dataDir, d)).map((f) => `${d}/${f}`),
      ),
    ].map((p) => [p, readFileSync(join(dataDir, p), 'utf8')]),
  );

const TEXT = 'ロシアの外相は中国の外相と会談した。';
const article = articleSourceChange(
  { id: 'save-test', title: 'Save test', publisher: 'Test', date: '2025-12-03', language: 'ja' },
  TEXT,
);
const relation = (quote: string): Change => ({
  op: 'add-relation',
  relation: {
    id: 'russia--negotiation--china-2025-12-03',
    source: 'russia',
    target: 'china',
    type: 'negotiation',
    status: 'active',
    certainty: 'reported',
    start: '2025-12-03',
    added: { by: 'test', at: '2026-11-30' },
    evidence: [{ source: 'save-test', quote }],
  },
});
const filesFor = (quote: string) =>
  Object.fromEntries(
    changedFiles(
      applyChanges(loadWorkspace(readGraphData()), [article, relation(quote)]).workspace,
    ),
  );

describe('dev-server save endpoint', { timeout: 60_000 }, () => {
  it(
    'refuses a change that would not validate and writes nothing',
    { timeout: 60_000 },
    async () => {
      const before = snapshot();
      const { status, body } = await post({ files: filesFor('中国とロシアは同盟を結んだ。') });
      expect(status).toBe(422);
      expect(body.error).toBe('the data would not validate; nothing written');
      expect(body.problems?.map((p) => p.message)).toEqual([
        'relation "russia--negotiation--china-2025-12-03": quote not found verbatim in source "save-test": "中国とロシアは同盟を結んだ。"',
      ]);
      expect(snapshot()).toEqual(before);
      expect(existsSync(join(dataDir, 'texts'))).toBe(false);
    },
  );

  it.each([
    ['../package.json', 403],
    ['/etc/passwd', 403],
    ['actors/../../evil.yaml', 403],
    ['public/data/graph.json', 403],
    ['relations/x.yml.tmp', 403],
    ['texts/../sources.yaml', 403],
  ])('refuses the path %s', async (path, code) => {
    const { status, body } = await post({ files: { [path]: '[]\n' } });
    expect(status).toBe(code);
    expect(body.error).toMatch(/^curate-save: "/);
  });

  it('refuses requests without the app header, other methods and non-JSON bodies', async () => {
    expect((await post({ files: {} }, {})).status).toBe(403);
    expect((await fetch(url)).status).toBe(405);
    const res = await fetch(url, { method: 'POST', headers: { [SAVE_HEADER]: '1' }, body: '{' });
    expect(res.status).toBe(400);
  });

  it('refuses to write through a link out of graph-data/', async () => {
    const outside = join(dirname(dataDir), 'outside');
    mkdirSync(outside);
    symlinkSync(outside, join(dataDir, 'texts'));
    const { status, body } = await post({
      files: filesFor('ロシアの外相は中国の外相と会談した。'),
    });
    expect(status).toBe(403);
    expect(body.error).toBe(
      'curate-save: "texts/save-test.txt": its folder is a link out of graph-data/',
    );
    expect(readdirSync(outside)).toEqual([]);
    rmSync(join(dataDir, 'texts'));
  });

  it(
    'writes a valid change set; the folder then validates, with no temporary files left',
    { timeout: 60_000 },
    async () => {
      mkdirSync(join(dataDir, 'texts'));
      const { status, body } = await post({
        files: filesFor('ロシアの外相は中国の外相と会談した。'),
      });
      expect(status).toBe(200);
      expect(body.written).toEqual([
        'relations/curated.yaml',
        'sources.yaml',
        'texts/save-test.txt',
      ]);
      expect(readFileSync(join(dataDir, 'texts', 'save-test.txt'), 'utf8')).toBe(TEXT);
      const result = validateDir(dataDir, { seedsDir: SEEDS_DIR });
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const all = ['', 'actors', 'relations', 'texts'].flatMap((d) =>
        readdirSync(join(dataDir, d)),
      );
      expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );
});

// The entry bundle the page loads before its first frame holds none of YAML, zod, the dataset
// validator or the curation mode: they are lazy chunks (the curation mode is loaded with import()
// after the first frame, src/ui/curate/curation-module.ts; the importer runs in its worker). Builds
// the app once (production mode, with source maps) and reads which modules the entry chunk holds.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';

let outDir = '';
let entrySources: string[] = [];
let lazySources: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'alignmap-entry-'));
  await build({
    configFile: join(process.cwd(), 'vite.config.ts'),
    logLevel: 'silent',
    publicDir: false,
    build: { outDir, emptyOutDir: true, sourcemap: true, manifest: true, write: true },
  });
  const manifest = JSON.parse(
    readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, { file: string; isEntry?: boolean }>;
  // (a chunk of bundler runtime alone has no source map)
  const sourcesOf = (file: string) =>
    existsSync(join(outDir, `${file}.map`))
      ? (JSON.parse(readFileSync(join(outDir, `${file}.map`), 'utf8')) as { sources: string[] })
          .sources
      : [];
  const chunks = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
  entrySources = chunks.filter((c) => c.isEntry).flatMap((c) => sourcesOf(c.file));
  lazySources = chunks.filter((c) => !c.isEntry).flatMap((c) => sourcesOf(c.file));
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('entry bundle', () => {
  it('holds the app shell, sigma and graphology', () => {
    expect(entrySources.some((s) => s.endsWith('src/App.svelte'))).toBe(true);
    expect(entrySources.some((s) => s.includes('node_modules/sigma/'))).toBe(true);
    expect(entrySources.some((s) => s.includes('node_modules/graphology/'))).toBe(true);
  });

  it('holds no YAML, zod, dataset validator or curation code (they are lazy chunks)', () => {
    const eager = entrySources.filter((s) =>
      /node_modules\/(yaml|zod)\/|src\/curate\/|src\/ui\/curate\/|src\/state\/curation|src\/model\/(schema|validate|documents)\.ts/.test(
        s,
      ),
    );
    expect(eager).toEqual([]);
    // …and the curation mode is still shipped, in lazy chunks
    expect(lazySources.some((s) => s.endsWith('src/state/curation.svelte.ts'))).toBe(true);
    expect(lazySources.some((s) => s.includes('node_modules/zod/'))).toBe(true);
  });

  it('holds no pdfkit, fontkit or PDF / outline export code (loaded when such a file is made)', () => {
    const eager = entrySources.filter((s) =>
      /node_modules\/(pdfkit|fontkit)\/|src\/export\/(vector|pdf|outline|sfnt|font-runs)\.ts/.test(
        s,
      ),
    );
    expect(eager).toEqual([]);
    expect(lazySources.some((s) => s.includes('node_modules/pdfkit/'))).toBe(true);
    expect(lazySources.some((s) => s.endsWith('src/export/vector.ts'))).toBe(true);
  });
});

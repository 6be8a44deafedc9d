// Vite plugin of the curation mode: in `vite` (dev) only, POST /__alignmap/curate/save writes a change
// set back to graph-data/ (scripts/dev-curate-save.ts, loaded through Vite so that its TypeScript and
// the model it validates with need no build step), then rebuilds public/data/graph.json.
// Plain JavaScript so that vite.config.ts can import it without a TypeScript loader.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SAVE_PATH = '/__alignmap/curate/save';

/** @returns {import('vite').Plugin} */
export function curateSavePlugin() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const seeds = process.env.ALIGNMAP_SEEDS ?? resolve(root, '..', 'shared', 'seeds');
  /** @returns {Promise<string>} */
  const rebuild = () =>
    new Promise((ok, fail) =>
      execFile(
        join(root, 'node_modules', '.bin', 'tsx'),
        [join(root, 'scripts', 'build-data.ts')],
        { cwd: root },
        (err, stdout, stderr) => (err ? fail(new Error(stderr || err.message)) : ok(stdout)),
      ),
    );
  return {
    name: 'alignmap-curate-save',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(SAVE_PATH, (req, res, next) => {
        server
          .ssrLoadModule('/scripts/dev-curate-save.ts')
          .then((mod) => {
            const options = {
              dataDir: join(root, 'graph-data'),
              seedsDir: existsSync(seeds) ? seeds : undefined,
              rebuild,
            };
            mod.saveHandler(options)(req, res);
          })
          .catch(next);
      });
    },
  };
}

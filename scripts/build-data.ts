// `npm run build:data -- [DIR] [--seeds DIR] [--out FILE]`: validates graph-data/ and writes
// public/data/graph.json (graphology serialization). Invalid data writes nothing and exits non-zero.
// The bundled dataset ships with a settled layout (headless ForceAtlas2, fixed seed, the app's
// settings and node sizes), so the app opens on a finished picture; `--no-layout` leaves positions out.
import { relative, resolve } from 'node:path';
import { buildGraph } from '../src/model/build';
import { centrality, normalise } from '../src/graph/centrality';
import { headlessLayout } from '../src/layout/headless';
import { nodeSize } from '../src/render/style';
import { parseDataArgs, ROOT, validateAndReport } from './data-cli';
import { writeFileAtomically } from './write-output';

try {
  const argv = process.argv.slice(2);
  let out = resolve(ROOT, 'public', 'data', 'graph.json');
  const outIndex = argv.indexOf('--out');
  if (outIndex >= 0) {
    const value = argv[outIndex + 1];
    if (!value) throw new Error('--out needs a file name');
    out = resolve(value);
    argv.splice(outIndex, 2);
  }
  const noLayout = argv.includes('--no-layout');
  if (noLayout) argv.splice(argv.indexOf('--no-layout'), 1);
  const result = validateAndReport(parseDataArgs(argv));
  if (!result.ok || !result.dataset) {
    console.error('build:data: invalid data, nothing written');
    process.exitCode = 1;
  } else {
    const graph = buildGraph(result.dataset);
    graph.setAttribute('generated', new Date().toISOString().slice(0, 10));
    if (!noLayout) {
      // the app's noverlap margin: node radius at the default size metric (degree) + 6 px
      const sizes = normalise(centrality(graph, 'degree'));
      const layout = headlessLayout(graph, { nodeRadiusPx: (id) => nodeSize(sizes.get(id)) + 6 });
      graph.setAttribute('layout', {
        method: 'forceatlas2',
        seed: 1,
        iterations: layout.iterations,
      });
    }
    writeFileAtomically(out, JSON.stringify(graph.export()));
    console.log(
      `build:data: wrote ${relative(process.cwd(), out)} (${graph.order} nodes, ${graph.size} edges)`,
    );
  }
} catch (e) {
  console.error(`build:data: ${(e as Error).message}`);
  process.exitCode = 2;
}

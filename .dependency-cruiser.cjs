// The layer rule of ARCHITECTURE.md, checked by `npm run lint` (dependency-cruiser reads .ts and
// .svelte imports, type-only imports included):
//   model ← graph ← view/render/layout/io/export/curate ← state ← ui ← App.svelte/main.ts
// i18n (the message catalog) sits beside model: it imports model only, every layer above may use it.
// A folder may import its own files and the layers to its left; in the middle ring view, render,
// layout, io and export may import one another but never in a circle; curate imports model only.
// sigma is imported by src/render/sigma-host.ts alone. No circular imports anywhere.

const layer = (name, from, allowed) => ({
  name,
  severity: 'error',
  comment: `${from} may import only ${allowed.join(', ')} (ARCHITECTURE.md, layers)`,
  from: { path: `^src/${from}/` },
  to: {
    path: '^src/',
    pathNot: [`^src/${from}/`, ...allowed.map((a) => `^src/${a}/`)],
  },
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    layer('model-is-the-base', 'model', []),
    layer('i18n-on-model', 'i18n', ['model']),
    layer('graph-on-model', 'graph', ['model', 'i18n']),
    layer('curate-on-model', 'curate', ['model']),
    layer('view-below-state', 'view', ['model', 'i18n', 'graph', 'render', 'layout']),
    layer('render-below-state', 'render', ['model', 'i18n', 'graph']),
    layer('layout-below-state', 'layout', ['model', 'i18n', 'graph']),
    layer('io-below-state', 'io', ['model', 'i18n', 'graph']),
    layer('export-below-state', 'export', [
      'model',
      'i18n',
      'graph',
      'view',
      'render',
      'layout',
      'io',
    ]),
    {
      name: 'state-below-ui',
      severity: 'error',
      comment: 'state may import every layer below it, never ui or the shell',
      from: { path: '^src/state/' },
      to: { path: '^src/(ui/|App\\.svelte|main\\.ts)' },
    },
    {
      name: 'ui-below-shell',
      severity: 'error',
      comment: 'ui may not import the shell (App.svelte, main.ts)',
      from: { path: '^src/ui/' },
      to: { path: '^src/(App\\.svelte|main\\.ts)' },
    },
    {
      name: 'sigma-only-in-the-host',
      severity: 'error',
      comment: 'sigma is constructed and imported by src/render/sigma-host.ts only',
      from: { path: '^src/', pathNot: '^src/render/sigma-host\\.ts$' },
      to: { path: 'node_modules/(sigma|@sigma/)' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'no import cycles (type-only ones included)',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: { path: '^src/' },
      // (svelte/* are the compiled components' own imports and type-only modules; pdfkit's export map
      // has no condition enhanced-resolve picks)
      to: { couldNotResolve: true, pathNot: '^(svelte/|pdfkit$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.js', '.svelte', '.svelte.ts'],
      conditionNames: ['import', 'svelte', 'types', 'node', 'default'],
    },
    exclude: { path: '\\.d\\.ts$' },
  },
};

// The graph-data/ files bundled with the app for the curation mode (as text; Vite loads them only
// when the curation mode first opens), as a path → text map with paths inside graph-data/.
const DATA_FILES = import.meta.glob('/graph-data/**/*.{yaml,txt}', {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

export async function loadBundledFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [path, load] of Object.entries(DATA_FILES).sort(([a], [b]) => (a < b ? -1 : 1)))
    files.set(path.replace(/^\/graph-data\//, ''), await load());
  return files;
}

// The curation workspace: the graph-data/ files as loaded (path → text) and, over them, the items
// each file holds, so that edits can be applied, validated with the project's validator and written
// back as the same files. Items keep the raw shape of the YAML (what the file says), not the
// validator's defaults.
import { parseYamlList, type Section } from '../model/documents';
import { articleTextPath, TEXTS_DIR } from '../model/file-set';
import type { Actor, Relation, Source } from '../model/schema';

export interface Entry<T> {
  /** File inside graph-data/, e.g. "relations/seed-003.yaml". */
  file: string;
  value: T;
}

export interface Workspace {
  /** The files as loaded, unchanged (path inside graph-data/ → text). */
  readonly base: ReadonlyMap<string, string>;
  sources: Entry<Source>[];
  actors: Entry<Actor>[];
  relations: Entry<Relation>[];
  /** Texts of `article` sources by source id (base and added). */
  texts: Map<string, string>;
}

/** Where new items go. */
export const NEW_FILES: Record<Section, string> = {
  sources: 'sources.yaml',
  actors: 'actors/curated.yaml',
  relations: 'relations/curated.yaml',
};

export function sectionOf(path: string): Section | undefined {
  if (path === 'sources.yaml') return 'sources';
  if (/^actors\/[^/]+\.ya?ml$/.test(path)) return 'actors';
  if (/^relations\/[^/]+\.ya?ml$/.test(path)) return 'relations';
  return undefined;
}

/** Reads the files of a graph-data/ folder; throws on a file that does not parse (fix it first). */
export function loadWorkspace(files: ReadonlyMap<string, string>): Workspace {
  const ws: Workspace = { base: files, sources: [], actors: [], relations: [], texts: new Map() };
  for (const path of [...files.keys()].sort()) {
    const text = files.get(path) ?? '';
    const section = sectionOf(path);
    if (section) {
      const parsed = parseYamlList(path, text, section);
      const error = parsed.problems[0];
      if (error)
        throw new Error(
          `curate: graph-data/${path}:${error.line}: ${error.message}; run npm run validate`,
        );
      for (const item of parsed.items)
        (ws[section] as Entry<unknown>[]).push({ file: path, value: item.value });
    }
    const m = new RegExp(`^${TEXTS_DIR}/([^/]+)\\.txt$`).exec(path);
    if (m?.[1]) ws.texts.set(m[1], text);
  }
  return ws;
}

export function cloneWorkspace(ws: Workspace): Workspace {
  return {
    base: ws.base,
    sources: ws.sources.map((e) => ({ ...e })),
    actors: ws.actors.map((e) => ({ ...e })),
    relations: ws.relations.map((e) => ({ ...e })),
    texts: new Map(ws.texts),
  };
}

export function findEntry<T extends { id: string }>(list: Entry<T>[], id: string): number {
  return list.findIndex((e) => e.value.id === id);
}

export { articleTextPath };

// Test helper: writes a small graph-data folder (and optional seed texts) to a temporary directory.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const SEED_ID = 'seed_a';
export const SEED_TEXT =
  'ロシアのラブロフ外相は新しい安全保障の枠組みを提案した。\n日本は米国との同盟を維持する(1960年から)。';

export const SOURCES = `- id: ${SEED_ID}
  kind: seed
  title: テスト記事
  publisher: Test
  date: "2025-11-13"
  language: ja
- id: ref-nato
  kind: reference
  title: NATO member countries
  publisher: NATO
  date: "2025"
  language: en
  url: https://www.nato.int/cps/en/natohq/nato_countries.htm
`;

export const ACTORS = `- id: russia
  kind: state
  name: { en: Russia, ja: ロシア }
  aliases: [露]
  iso: RUS
- id: japan
  kind: state
  name: { en: Japan, ja: 日本 }
  iso: JPN
- id: united-states
  kind: state
  name: { en: United States, ja: アメリカ合衆国 }
  aliases: [米国]
  iso: USA
- id: nato
  kind: organization
  name: { en: NATO, ja: 北大西洋条約機構 }
- id: sergey-lavrov
  kind: person
  name: { en: Sergey Lavrov, ja: セルゲイ・ラブロフ }
  aliases: [ラブロフ]
  role: Foreign Minister
- id: eurasian-framework
  kind: agreement
  name: { en: Eurasian security framework, ja: ユーラシア安全保障枠組み }
`;

export const RELATIONS = `- id: lavrov--represents--russia
  source: sergey-lavrov
  target: russia
  type: represents
  status: active
  certainty: confirmed
  role: Foreign Minister
  evidence:
    - source: ${SEED_ID}
      quote: ロシアのラブロフ外相
- id: russia--proposal--eurasian-framework
  source: russia
  target: eurasian-framework
  type: proposal
  status: proposed
  certainty: confirmed
  start: "2025-11-13"
  evidence:
    - source: ${SEED_ID}
      quote: 新しい安全保障の枠組みを提案した
- id: japan--alliance--united-states
  source: japan
  target: united-states
  type: alliance
  status: active
  certainty: confirmed
  start: 1960
  evidence:
    - source: ${SEED_ID}
      quote: 日本は米国との同盟を維持する
- id: united-states--member_of--nato
  source: united-states
  target: nato
  type: member_of
  status: active
  certainty: confirmed
  start: "1949-04-04"
  evidence:
    - source: ref-nato
`;

export interface DataFiles {
  sources?: string;
  actors?: string;
  relations?: string;
  extra?: Record<string, string>;
}

const created: string[] = [];

/** Removes every folder written by writeDataDir (call from afterAll). */
export function removeDataDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes the files to a fresh temp folder; returns { dataDir, seedsDir }. */
export function writeDataDir(
  files: DataFiles = {},
  seeds: Record<string, string> = { [SEED_ID]: SEED_TEXT },
) {
  const root = mkdtempSync(join(tmpdir(), 'alignmap-data-'));
  created.push(root);
  const dataDir = join(root, 'graph-data');
  const seedsDir = join(root, 'seeds');
  const all: Record<string, string> = {
    'sources.yaml': files.sources ?? SOURCES,
    'actors/actors.yaml': files.actors ?? ACTORS,
    'relations/relations.yaml': files.relations ?? RELATIONS,
    ...files.extra,
  };
  for (const [name, text] of Object.entries(all)) {
    const path = join(dataDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  mkdirSync(seedsDir, { recursive: true });
  for (const [id, text] of Object.entries(seeds)) writeFileSync(join(seedsDir, `${id}.txt`), text);
  return { root, dataDir, seedsDir };
}

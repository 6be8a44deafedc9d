// The validator on a small valid dataset and on many distinct bad inputs, each with its exact message.
import { afterAll, describe, expect, it } from 'vitest';
import { validateDir } from '../../src/model/load-dir';
import { formatProblem } from '../../src/model/problems';
import { validateDataset } from '../../src/model/validate';
import {
  ACTORS,
  RELATIONS,
  SOURCES,
  writeDataDir,
  removeDataDirs,
  type DataFiles,
} from './helpers/data-dir';

afterAll(removeDataDirs);

function run(files: DataFiles, seeds?: Record<string, string>) {
  const { dataDir, seedsDir, root } = writeDataDir(files, seeds);
  const result = validateDir(dataDir, { seedsDir, relativeTo: root });
  return { result, messages: result.problems.map(formatProblem) };
}

const replace = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`test setup: "${from}" not in fixture`);
  return text.replace(from, to);
};

describe('validate: the valid fixture', () => {
  it('passes with no problem and returns the dataset', () => {
    const { result, messages } = run({});
    expect(messages).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.dataset?.actors.map((a) => a.id)).toEqual([
      'russia',
      'japan',
      'united-states',
      'nato',
      'sergey-lavrov',
      'eurasian-framework',
    ]);
    expect(result.dataset?.relations).toHaveLength(4);
    expect(result.seedsChecked).toBe(true);
  });

  it('reads an unquoted year as the date string "1960"', () => {
    const { result } = run({});
    expect(result.dataset?.relations.find((r) => r.type === 'alliance')?.start).toBe('1960');
  });
});

// Each case: a mutation of the valid fixture and the exact problem line it must produce.
const R = 'graph-data/relations/relations.yaml';
const A = 'graph-data/actors/actors.yaml';
const S = 'graph-data/sources.yaml';
const cases: {
  name: string;
  files: DataFiles;
  seeds?: Record<string, string>;
  expected: string;
}[] = [
  {
    name: 'broken YAML',
    files: {
      actors: replace(ACTORS, '  name: { en: Japan, ja: 日本 }', '  name: { en: Japan, ja: 日本 '),
    },
    expected: `${A}:9: YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }`,
  },
  {
    name: 'top level is not a list',
    files: { actors: 'id: russia\nkind: state\n' },
    expected: `${A}:1: expected a YAML list of actors (each item starting with "- id: ..."), found a mapping`,
  },
  {
    name: 'unknown actor at a relation end',
    files: { relations: replace(RELATIONS, 'source: sergey-lavrov', 'source: sergey-lavrof') },
    expected: `${R}:2: relation "lavrov--represents--russia": source "sergey-lavrof" is not a known actor id (did you mean "sergey-lavrov"?)`,
  },
  {
    name: 'unknown relation type',
    files: { relations: replace(RELATIONS, 'type: alliance', 'type: friendship') },
    expected: `${R}:24: relation "japan--alliance--united-states": type: unknown value "friendship"; expected one of represents, member_of, alliance, partnership, cooperation, support, trade, negotiation, proposal, criticism, pressure, sanction, conflict, dispute`,
  },
  {
    name: 'bad date',
    files: { relations: replace(RELATIONS, 'start: "2025-11-13"', 'start: "2025-13-01"') },
    expected: `${R}:17: relation "russia--proposal--eurasian-framework": start: expected an ISO 8601 date: "2025", "2025-05" or "2025-05-08", got "2025-13-01"`,
  },
  {
    name: 'impossible day',
    files: { relations: replace(RELATIONS, 'start: "2025-11-13"', 'start: "2025-02-30"') },
    expected: `${R}:17: relation "russia--proposal--eurasian-framework": start: expected an ISO 8601 date: "2025", "2025-05" or "2025-05-08", got "2025-02-30"`,
  },
  {
    name: 'end before start',
    files: {
      relations: replace(
        RELATIONS,
        '  start: "1949-04-04"',
        '  start: "1949-04-04"\n  end: "1948"',
      ),
    },
    expected: `${R}:38: relation "united-states--member_of--nato": end "1948" is before start "1949-04-04"`,
  },
  {
    name: 'duplicate actor id',
    files: { actors: replace(ACTORS, '- id: japan', '- id: russia') },
    expected: `${A}:6: actor id "russia" is defined twice (first at ${A}:1)`,
  },
  {
    name: 'duplicate relation id across files',
    files: {
      extra: { 'relations/more.yaml': RELATIONS.split('- id: russia--proposal')[0] ?? '' },
    },
    expected: `${R}:1: relation id "lavrov--represents--russia" is defined twice (first at graph-data/relations/more.yaml:1)`,
  },
  {
    name: 'missing Japanese name',
    files: { actors: replace(ACTORS, '{ en: Japan, ja: 日本 }', '{ en: Japan }') },
    expected: `${A}:8: actor "japan": name.ja: missing (expected string)`,
  },
  {
    name: 'empty English name',
    files: { actors: replace(ACTORS, '{ en: Japan, ja: 日本 }', '{ en: "", ja: 日本 }') },
    expected: `${A}:8: actor "japan": name.en: name.en must not be empty`,
  },
  {
    name: 'quote not in source',
    files: {
      relations: replace(
        RELATIONS,
        'quote: 日本は米国との同盟を維持する',
        'quote: 日本は米国との同盟を破棄する',
      ),
    },
    expected: `${R}:30: relation "japan--alliance--united-states": quote not found verbatim in source "seed_a": "日本は米国との同盟を破棄する"`,
  },
  {
    name: 'represents from a state',
    files: { relations: replace(RELATIONS, 'source: sergey-lavrov', 'source: japan') },
    expected: `${R}:2: relation "lavrov--represents--russia": source "japan" is a state, but a represents source must be a person`,
  },
  {
    name: 'member_of a state',
    files: { relations: replace(RELATIONS, 'target: nato', 'target: japan') },
    expected: `${R}:33: relation "united-states--member_of--nato": target "japan" is a state, but a member_of target must be one of organization, agreement`,
  },
  {
    name: 'agreement as a source',
    files: {
      relations: replace(
        RELATIONS,
        'source: russia\n  target: eurasian-framework',
        'source: eurasian-framework\n  target: russia',
      ),
    },
    expected: `${R}:12: relation "russia--proposal--eurasian-framework": source "eurasian-framework" is an agreement, but a proposal source must be one of state, organization, person, group`,
  },
  {
    name: 'self-loop',
    files: {
      relations: replace(
        RELATIONS,
        'target: united-states\n  type: alliance',
        'target: japan\n  type: alliance',
      ),
    },
    expected: `${R}:23: relation "japan--alliance--united-states": source and target are the same actor "japan"`,
  },
  {
    name: 'unknown status',
    files: { relations: replace(RELATIONS, 'status: proposed', 'status: rumoured') },
    expected: `${R}:15: relation "russia--proposal--eurasian-framework": status: unknown value "rumoured"; expected one of active, ended, planned, proposed, threatened`,
  },
  {
    name: 'unknown certainty',
    files: {
      relations: replace(
        RELATIONS,
        'certainty: confirmed\n  role: Foreign',
        'certainty: sure\n  role: Foreign',
      ),
    },
    expected: `${R}:6: relation "lavrov--represents--russia": certainty: unknown value "sure"; expected one of confirmed, reported, speculative`,
  },
  {
    name: 'unknown actor kind',
    files: { actors: replace(ACTORS, 'kind: organization', 'kind: bloc') },
    expected: `${A}:16: actor "nato": kind: unknown value "bloc"; expected one of state, organization, person, agreement, group`,
  },
  {
    name: 'id not kebab-case',
    files: { actors: replace(ACTORS, '- id: japan', '- id: Japan_State') },
    expected: `${A}:6: actor "Japan_State": id: expected a kebab-case slug such as "north-korea", got "Japan_State"`,
  },
  {
    name: 'bad ISO code',
    files: { actors: replace(ACTORS, 'iso: JPN', 'iso: jp') },
    expected: `${A}:9: actor "japan": iso: expected an ISO 3166-1 alpha-3 code such as "JPN", got "jp"`,
  },
  {
    name: 'unknown field',
    files: { actors: replace(ACTORS, 'iso: JPN', 'iso: JPN\n  capital: Tokyo') },
    expected: `${A}:6: actor "japan": unknown field "capital"`,
  },
  {
    name: 'empty evidence',
    files: {
      relations: replace(RELATIONS, '  evidence:\n    - source: ref-nato\n', '  evidence: []\n'),
    },
    expected: `${R}:38: relation "united-states--member_of--nato": evidence: every relation needs at least one evidence item`,
  },
  {
    name: 'missing evidence',
    files: { relations: replace(RELATIONS, '  evidence:\n    - source: ref-nato\n', '') },
    expected: `${R}:31: relation "united-states--member_of--nato": evidence: missing (expected array)`,
  },
  {
    name: 'evidence source not in sources.yaml',
    files: { relations: replace(RELATIONS, '- source: ref-nato', '- source: ref-otan') },
    expected: `${R}:39: relation "united-states--member_of--nato": evidence source "ref-otan" is not listed in sources.yaml`,
  },
  {
    name: 'seed evidence without a quote',
    files: { relations: replace(RELATIONS, '      quote: 新しい安全保障の枠組みを提案した\n', '') },
    expected: `${R}:19: relation "russia--proposal--eurasian-framework": evidence from seed "seed_a" needs a verbatim quote`,
  },
  {
    name: 'quote longer than 300 characters',
    files: {
      relations: replace(RELATIONS, 'quote: ロシアのラブロフ外相', `quote: ${'あ'.repeat(301)}`),
    },
    expected: `${R}:10: relation "lavrov--represents--russia": evidence[0].quote: quote longer than 300 characters`,
  },
  {
    name: 'reference source without url',
    files: {
      sources: SOURCES.replace(
        '  url: https://www.nato.int/cps/en/natohq/nato_countries.htm\n',
        '',
      ),
    },
    expected: `${R}:39: relation "united-states--member_of--nato": evidence from reference "ref-nato" needs a quote or a url`,
  },
  {
    name: 'source with a non-http url',
    files: { sources: SOURCES.replace('https://www.nato.int', 'javascript://www.nato.int') },
    expected: `${S}:13: source "ref-nato": url: expected an http(s) URL, got "javascript://www.nato.int/cps/en/natohq/nato_countries.htm"`,
  },
  {
    name: 'source with unknown kind',
    files: { sources: SOURCES.replace('kind: reference', 'kind: blog') },
    expected: `${S}:8: source "ref-nato": kind: unknown value "blog"; expected one of seed, article, reference`,
  },
  {
    name: 'relation missing its target',
    files: {
      relations: replace(RELATIONS, '  target: russia\n  type: represents', '  type: represents'),
    },
    expected: `${R}:1: relation "lavrov--represents--russia": target: missing (expected string)`,
  },
  {
    name: 'duplicate YAML key',
    files: { actors: replace(ACTORS, '  iso: JPN', '  iso: JPN\n  iso: JPN') },
    expected: `${A}:10: YAML syntax error: Map keys must be unique`,
  },
];

describe('validate: bad inputs', () => {
  it.each(cases)('$name', ({ files, seeds, expected }) => {
    const { result, messages } = run(files, seeds);
    expect(result.ok).toBe(false);
    expect(result.dataset).toBeUndefined();
    if (!messages.some((m) => m.startsWith(expected))) console.log('GOT', JSON.stringify(messages));
    expect(messages.some((m) => m.startsWith(expected))).toBe(true);
  });

  it('reports every problem, not only the first', () => {
    let relations = replace(RELATIONS, 'type: alliance', 'type: friendship');
    relations = replace(relations, 'source: sergey-lavrov', 'source: nobody');
    const actors = replace(ACTORS, '{ en: Japan, ja: 日本 }', '{ en: Japan }');
    const { messages } = run({ relations, actors });
    expect(messages.filter((m) => !m.includes('warning'))).toHaveLength(3);
  });

  it('skips the verbatim check, and says so, when no seed texts are at hand', () => {
    const relations = replace(
      RELATIONS,
      'quote: 日本は米国との同盟を維持する',
      'quote: どこにもない文',
    );
    const { dataDir } = writeDataDir({ relations });
    const result = validateDir(dataDir, {});
    expect(result.ok).toBe(true);
    expect(result.seedsChecked).toBe(false);
  });

  it('warns when a person represents nobody', () => {
    const { result, messages } = run({
      relations: RELATIONS.split('- id: russia--proposal')[1]
        ? `- id: russia--proposal${RELATIONS.split('- id: russia--proposal')[1]}`
        : '',
    });
    expect(result.ok).toBe(true);
    expect(messages).toContain(
      `${A}:18: warning: actor "sergey-lavrov": person has no "represents" relation`,
    );
  });
});

describe('validateDataset (in-memory documents)', () => {
  it('names the element path when there are no lines', () => {
    const result = validateDataset(
      { sources: [], actors: [{ id: 'x', kind: 'state', name: { en: 'X' } }], relations: [] },
      'import.json',
    );
    expect(result.ok).toBe(false);
    expect(result.problems.map(formatProblem)).toEqual([
      'import.json (actors[0].name.ja): actor "x": name.ja: missing (expected string)',
    ]);
  });

  it('rejects a document that is not an object', () => {
    const result = validateDataset([1, 2], 'import.json');
    expect(result.problems.map(formatProblem)).toEqual([
      'import.json: expected an object with "sources", "actors" and "relations" lists',
    ]);
  });
});

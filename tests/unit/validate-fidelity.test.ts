// The validator's fidelity rules: each bad example and its exact `file:line` message, and the
// valid fixture staying clean.
import { afterAll, describe, expect, it } from 'vitest';
import { validateDir } from '../../src/model/load-dir';
import { formatProblem } from '../../src/model/problems';
import { dateStated } from '../../src/model/validate-fidelity';
import {
  ACTORS,
  RELATIONS,
  removeDataDirs,
  SOURCES,
  writeDataDir,
  type DataFiles,
} from './helpers/data-dir';

afterAll(removeDataDirs);

function messages(files: DataFiles, seeds?: Record<string, string>) {
  const { dataDir, seedsDir, root } = writeDataDir(files, seeds);
  return validateDir(dataDir, { seedsDir, relativeTo: root }).problems.map(formatProblem);
}

const replace = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`test setup: "${from}" not in fixture`);
  return text.replace(from, to);
};

const A = 'graph-data/actors/actors.yaml';

describe('validate: actor lifetimes', () => {
  it('accepts start/end with a reference dateSource', () => {
    const actors = replace(
      ACTORS,
      '  iso: RUS',
      '  iso: RUS\n  start: "1991-12-26"\n  dateSource: ref-nato',
    );
    expect(messages({ actors })).toEqual([]);
  });

  it('rejects an end without a dateSource', () => {
    const actors = replace(ACTORS, '  iso: RUS', '  iso: RUS\n  end: "1991-12-26"');
    expect(messages({ actors })).toEqual([
      `${A}:6: actor "russia": start/end need a reference source: add dateSource naming a reference in sources.yaml`,
      `${R}:17: relation "russia--proposal--eurasian-framework": starts "2025-11-13" after source "russia" ended ("1991-12-26")`,
    ]);
  });

  it('rejects a dateSource that is a seed, not a reference', () => {
    const actors = replace(
      ACTORS,
      '  iso: RUS',
      '  iso: RUS\n  end: "1991-12-26"\n  dateSource: seed_a',
    );
    expect(messages({ actors })).toEqual([
      `${A}:7: actor "russia": dateSource "seed_a" is not a reference source in sources.yaml`,
      `${R}:17: relation "russia--proposal--eurasian-framework": starts "2025-11-13" after source "russia" ended ("1991-12-26")`,
    ]);
  });

  it('rejects an end before the start', () => {
    const actors = replace(
      ACTORS,
      '  iso: RUS',
      '  iso: RUS\n  start: "1992"\n  end: "1991-12-26"\n  dateSource: ref-nato',
    );
    expect(messages({ actors })).toEqual([
      `${A}:7: actor "russia": end "1991-12-26" is before start "1992"`,
      `${R}:17: relation "russia--proposal--eurasian-framework": starts "2025-11-13" after source "russia" ended ("1991-12-26")`,
    ]);
  });
});

const R = 'graph-data/relations/relations.yaml';
const S = 'graph-data/sources.yaml';

describe('validate: dates from outside the articles need a reference source', () => {
  it('accepts a year the quoted paragraph states, and a date equal to the source date', () => {
    expect(messages({})).toEqual([]);
  });

  it('rejects a year the paragraph does not state', () => {
    const relations = replace(RELATIONS, 'start: 1960', 'start: 1961');
    expect(messages({ relations })).toEqual([
      `${R}:27: relation "japan--alliance--united-states": start "1961" is not stated in the paragraph of any of its quotes; name a reference source in dateSource (sources.yaml) or drop the date`,
    ]);
  });

  it('accepts the date with a reference dateSource, rejects a seed as dateSource', () => {
    const ok = replace(RELATIONS, 'start: 1960', 'start: 1961\n  dateSource: ref-nato');
    expect(messages({ relations: ok })).toEqual([]);
    const bad = replace(RELATIONS, 'start: 1960', 'start: 1961\n  dateSource: seed_a');
    expect(messages({ relations: bad })).toEqual([
      `${R}:28: relation "japan--alliance--united-states": dateSource "seed_a" is not a reference source in sources.yaml`,
    ]);
  });
});

describe('dateStated: Japanese date forms in a paragraph', () => {
  const cases: [string, string, string, boolean][] = [
    ['2025-12-02', '12月2日、モスクワで会談。', '2025-12-07', true],
    ['2025-12-02', '2日、モスクワで会談。', '2025-12-07', true],
    ['2025-12-02', '12日、モスクワで会談。', '2025-12-07', false],
    ['2025-12-02', '2日、モスクワで会談。', '2025-11', false],
    ['2025-10-24', '10月24~26日、マイアミで協議した。', '2025-12-07', true],
    ['2025-10-26', '10月24~26日、マイアミで協議した。', '2025-12-07', true],
    ['2025-10-25', '10月24~26日、マイアミで協議した。', '2025-12-07', false],
    ['2025-04-30', '2025年4月末、会談を行った。', '2025-05-10', false],
    ['2025-04', '2025年4月末、会談を行った。', '2025-05-10', true],
    ['2024-03', '3月に会談した。', '2025-05-10', false],
    ['2024-03', '2024年3月に会談した。', '2025-05-10', true],
    ['1944', 'ブレトン・ウッズ体制(1944)は', '2025-05-10', true],
    ['1944', 'ブレトン・ウッズ体制(19445)は', '2025-05-10', false],
    ['2025', '今年の発言', '2025-11', true],
    ['2025-11-13', '外相が発言した。', '2025-11-13', true],
    ['2025-11', '外相が発言した。', '2025-11', false],
  ];
  it.each(cases)('%s in 「%s」 (source %s): %s', (date, paragraph, sourceDate, expected) => {
    expect(dateStated(date, paragraph, sourceDate)).toBe(expected);
  });
});

describe('validate: one quote backs one fact per pair', () => {
  const criticism = `- id: japan--criticism--united-states
  source: japan
  target: united-states
  type: criticism
  status: active
  certainty: reported
  evidence:
    - source: seed_a
      quote: 日本は米国との同盟を維持する
`;
  it('rejects the same quote behind two relation types of one pair', () => {
    expect(messages({ relations: RELATIONS + criticism })).toEqual([
      `${R}:48: relation "japan--criticism--united-states": the same quote already backs relation "japan--alliance--united-states" (alliance) of the same actors (${R}:21); merge them, or give sharedReason saying why both types hold`,
    ]);
  });

  it('accepts it with a documented sharedReason', () => {
    const withReason = `${criticism}      sharedReason: the sentence states the alliance and a complaint\n`;
    expect(messages({ relations: RELATIONS + withReason })).toEqual([]);
  });

  it('rejects the same quote behind two relations of the same type, in either direction, even with a reason', () => {
    const again = `${criticism.replace('japan--criticism--united-states', 'united-states--alliance--japan-2').replace('source: japan\n  target: united-states', 'source: united-states\n  target: japan').replace('type: criticism', 'type: alliance')}      sharedReason: none\n`;
    expect(messages({ relations: RELATIONS + again })).toEqual([
      `${R}:48: relation "united-states--alliance--japan-2": the same quote already backs alliance relation "japan--alliance--united-states" of the same actors (${R}:21); one fact is one relation: merge them`,
    ]);
  });

  it('rejects an unknown participant', () => {
    const relations = replace(
      RELATIONS,
      'start: 1960',
      'start: 1960\n  participants: [sergey-lavrof]',
    );
    expect(messages({ relations })).toEqual([
      `${R}:28: relation "japan--alliance--united-states": participant "sergey-lavrof" is not a known actor id`,
    ]);
  });
});

describe('validate: confirmed relations resting only on an unverified seed', () => {
  const sources = replace(SOURCES, '  language: ja', '  language: ja\n  unverified: true');
  const msg = (line: number, id: string) =>
    `${R}:${line}: relation "${id}": confirmed, but its only sources (seed_a) are unverified seeds; mark it reported, or give its evidence an attributed, dated statement (statement: { by: <actor id>, date: <date> })`;

  it('needs an attributed, dated statement (or another source)', () => {
    expect(messages({ sources })).toEqual([
      msg(6, 'lavrov--represents--russia'),
      msg(16, 'russia--proposal--eurasian-framework'),
      msg(26, 'japan--alliance--united-states'),
    ]);
  });

  it('accepts the statement field, a reference source, or certainty reported', () => {
    let relations = replace(
      RELATIONS,
      '      quote: 新しい安全保障の枠組みを提案した',
      '      quote: 新しい安全保障の枠組みを提案した\n      statement: { by: sergey-lavrov, date: "2025-11-13" }',
    );
    relations = replace(
      relations,
      '      quote: ロシアのラブロフ外相',
      '      quote: ロシアのラブロフ外相\n    - source: ref-nato',
    );
    relations = replace(
      relations,
      'certainty: confirmed\n  start: 1960',
      'certainty: reported\n  start: 1960',
    );
    expect(messages({ sources, relations })).toEqual([]);
  });

  it('rejects a statement by an unknown actor', () => {
    const relations = replace(
      RELATIONS,
      '      quote: 新しい安全保障の枠組みを提案した',
      '      quote: 新しい安全保障の枠組みを提案した\n      statement: { by: lavrov, date: "2025-11-13" }',
    );
    expect(messages({ relations })).toEqual([
      `${R}:21: relation "russia--proposal--eurasian-framework": statement.by "lavrov" is not a known actor id`,
    ]);
  });
});

describe('validate: notes in both languages, actors in time', () => {
  it('warns about a plain-string note and accepts { en, ja }', () => {
    const plain = replace(RELATIONS, 'start: 1960', 'start: 1960\n  note: Security treaty.');
    expect(messages({ relations: plain })).toEqual([
      `${R}:28: warning: relation "japan--alliance--united-states": note has no Japanese text; write note: { en: ..., ja: ... }`,
    ]);
    const both = replace(
      RELATIONS,
      'start: 1960',
      'start: 1960\n  note: { en: Security treaty., ja: 安保条約。 }',
    );
    expect(messages({ relations: both })).toEqual([]);
    const src = replace(SOURCES, '  language: ja', '  language: ja\n  note: About it.');
    expect(messages({ sources: src })).toEqual([
      `${S}:7: warning: source "seed_a": note has no Japanese text; write note: { en: ..., ja: ... }`,
    ]);
  });

  it('rejects a relation that starts after one of its actors ended', () => {
    const actors = replace(
      ACTORS,
      '  iso: RUS',
      '  iso: RUS\n  end: "1991-12-26"\n  dateSource: ref-nato',
    );
    expect(messages({ actors })).toEqual([
      `${R}:17: relation "russia--proposal--eurasian-framework": starts "2025-11-13" after source "russia" ended ("1991-12-26")`,
    ]);
  });
});

// Actor finder and candidate generation: names in both scripts, longest first, never inside a longer
// word; the seed-003 paragraphs give the Shoigu–Wang Yi consultation of 2 Dec 2025 with its quote.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildActorIndex, findActors } from '../../src/curate/actor-finder';
import { generateCandidates } from '../../src/curate/candidates';
import type { Actor, Relation } from '../../src/model/schema';

const actor = (
  id: string,
  kind: Actor['kind'],
  en: string,
  ja: string,
  aliases: string[] = [],
): Actor => ({
  id,
  kind,
  name: { en, ja },
  aliases,
});
const ACTORS: Actor[] = [
  actor('russia', 'state', 'Russia', 'ロシア', ['Russian Federation', 'ロ', '露']),
  actor('china', 'state', 'China', '中国', ['中']),
  actor('united-states', 'state', 'United States', 'アメリカ合衆国', ['US', 'U.S.', '米国', '米']),
  actor('japan', 'state', 'Japan', '日本', ['日']),
  actor('india', 'state', 'India', 'インド'),
  actor('indonesia', 'state', 'Indonesia', 'インドネシア'),
  actor(
    'russia-security-council',
    'organization',
    'Security Council of Russia',
    'ロシア安全保障会議',
  ),
  actor('sergei-shoigu', 'person', 'Sergei Shoigu', 'セルゲイ・ショイグ', [
    'Shoigu',
    'ショイグ',
    'ショイグ氏',
  ]),
  actor('wang-yi', 'person', 'Wang Yi', '王毅', ['王毅外相', '王毅氏']),
  actor('new-start', 'agreement', 'New START', '新START'),
];
const index = buildActorIndex(ACTORS);
const found = (text: string) => findActors(text, index).map((m) => `${m.actorId}:${m.text}`);

describe('findActors', () => {
  it('finds names and aliases in both scripts, longest first', () => {
    expect(found('ロシア安全保障会議や中国外交部によれば')).toEqual([
      'russia-security-council:ロシア安全保障会議',
      'china:中国',
    ]);
    expect(found('Shoigu met Wang Yi; the Russian Federation and the U.S. disagree.')).toEqual([
      'sergei-shoigu:Shoigu',
      'wang-yi:Wang Yi',
      'russia:Russian Federation',
      'united-states:U.S.',
    ]);
  });
  it('never inside a longer word', () => {
    expect(found('インドネシアとインド')).toEqual(['indonesia:インドネシア', 'india:インド']);
    expect(found('USE the CHINAMAN, ChinaTown, Russians')).toEqual([]);
    expect(found('日本海で')).toEqual([]);
  });
  it('one-character abbreviations only in compounds, after a prefix or before a head word', () => {
    expect(found('日米同盟と中ロ接近')).toEqual([
      'japan:日',
      'united-states:米',
      'china:中',
      'russia:ロ',
    ]);
    expect(found('対ロ制裁と米政府')).toEqual(['russia:ロ', 'united-states:米']);
    expect(found('12月2日、本日中に参加した。その日は中心街のプロ')).toEqual([]);
  });
});

describe('generateCandidates', () => {
  const relations: Relation[] = [
    {
      id: 'sergei-shoigu--represents--russia',
      source: 'sergei-shoigu',
      target: 'russia',
      type: 'represents',
      status: 'active',
      certainty: 'confirmed',
      evidence: [{ source: 's', quote: 'q' }],
    },
  ];
  it('one candidate per pair with type, status, date and the sentence as quote', () => {
    const c = generateCandidates({
      text: 'ロシアは米国に制裁を科す構えだ。日本は晴れ。',
      articleDate: '2025-05-08',
      actors: ACTORS,
    });
    expect(c).toEqual([
      {
        key: '0:russia:united-states',
        sentenceIndex: 0,
        source: 'russia',
        target: 'united-states',
        type: 'sanction',
        typeCue: '制裁',
        status: 'threatened',
        statusCue: '構え',
        date: '2025-05-08',
        dateFromSentence: false,
        quote: 'ロシアは米国に制裁を科す構えだ。',
        id: 'russia--sanction--united-states-2025-05-08',
      },
    ]);
  });
  it('skips a person and the state they represent; puts an agreement at the target end', () => {
    const c = generateCandidates({
      text: 'Shoigu of Russia proposed talks on New START with China on 3 March 2025.',
      actors: ACTORS,
      relations,
    });
    expect(c.map((x) => `${x.source} ${x.type} ${x.target} ${x.date}`)).toEqual([
      'sergei-shoigu proposal new-start 2025-03-03',
      'sergei-shoigu proposal china 2025-03-03',
      'russia proposal new-start 2025-03-03',
      'russia proposal china 2025-03-03',
      'china proposal new-start 2025-03-03',
    ]);
  });
  it('no cue word: the type is left to the user', () => {
    const [c] = generateCandidates({ text: 'ロシアと中国。', actors: ACTORS });
    expect(c?.type).toBeUndefined();
    expect(c?.id).toBe('russia--related--china');
  });
  it('seed 003: the Shoigu–Wang Yi consultation of 2 December 2025 with its sentence; same text, same result', () => {
    const text = readFileSync(
      new URL('../fixtures/curate/seed-003-paragraphs.txt', import.meta.url),
      'utf8',
    );
    const run = () =>
      generateCandidates({ text, articleDate: '2025-12-02', actors: ACTORS, relations });
    const candidates = run();
    const hit = candidates.filter(
      (c) => c.source === 'sergei-shoigu' && c.target === 'wang-yi' && c.date === '2025-12-02',
    );
    expect(hit.map((c) => [c.type, c.status, c.quote])).toContainEqual([
      'negotiation',
      'active',
      'ロシアの安全保障政策を担うセルゲイ・ショイグ安全保障会議書記と、中国の王毅外相が12月2日、モスクワで戦略安全保障協議に臨む。',
    ]);
    for (const c of candidates) expect(text.includes(c.quote)).toBe(true);
    expect(run()).toEqual(candidates);
  });
  it('quotes of long sentences are cut at clause boundaries to at most 300 characters, verbatim', () => {
    const filler = 'あ'.repeat(200);
    const text = `${filler}、ロシアは中国と会談し、${filler}。`;
    const [c] = generateCandidates({ text, actors: ACTORS });
    expect(c?.quote).toBe('ロシアは中国と会談し、');
  });
});

describe('existing relations', () => {
  it('the talks of two officials match the relation between their states that lists them as participants', () => {
    const talks: Relation = {
      id: 'china--negotiation--russia-2025-12-02',
      source: 'china',
      target: 'russia',
      type: 'negotiation',
      status: 'ended',
      certainty: 'confirmed',
      start: '2025-12-02',
      participants: ['sergei-shoigu', 'wang-yi'],
      evidence: [{ source: 's', quote: 'q' }],
    };
    const c = generateCandidates({
      text: 'ショイグ氏と王毅外相が12月2日に会談した。',
      articleDate: '2025-12-05',
      actors: ACTORS,
      relations: [talks],
    });
    expect(c.map((x) => [x.source, x.target, x.type, x.date, x.existing])).toEqual([
      [
        'sergei-shoigu',
        'wang-yi',
        'negotiation',
        '2025-12-02',
        'china--negotiation--russia-2025-12-02',
      ],
    ]);
  });
});

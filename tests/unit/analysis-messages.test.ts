// The messages of the analyses and of the view as codes with parameters: every code rendered in
// English and Japanese (exact strings), actors named by their label in the language asked for, and
// the English text the analyses keep in `message` made by the same templates.
import { describe, expect, it } from 'vitest';
import {
  actorLabel,
  namerOf,
  NOTICE_CODES,
  renderNotice,
  renderViewNotice,
  type Notice,
} from '../../src/graph/analysis-messages';
import { shortestPaths } from '../../src/graph/paths';
import { egoNetwork } from '../../src/graph/ego';
import { noticeText } from '../../src/ui/messages';
import { TestGraph } from './helpers/analysis-graph';

function graph() {
  const t = new TestGraph().rel('e1', 'alliance', 'japan', 'usa').actor('kp');
  const g = t.graph;
  g.mergeNodeAttributes('japan', { label: 'Japan', labelJa: '日本' });
  g.mergeNodeAttributes('usa', { label: 'United States', labelJa: 'アメリカ合衆国' });
  g.mergeNodeAttributes('kp', { label: 'North Korea', labelJa: '北朝鮮' });
  g.addNode('p', { label: 'Person P', labelJa: '', kind: 'person', aliases: [] });
  g.addNode('q', { label: '', labelJa: '', kind: 'person', aliases: [] });
  return g;
}

const CASES: Array<[Notice, string, string]> = [
  [
    { module: 'paths', code: 'unknown-actor', params: { actor: 'atlantis' } },
    'paths: expected a known actor id, got "atlantis"',
    '経路: ID「atlantis」のアクターはデータにありません',
  ],
  [
    { module: 'ego', code: 'hidden-actor', params: { actor: 'japan' } },
    'ego: Japan is hidden by the current filters',
    '注目: 日本は現在のフィルターで非表示です',
  ],
  [
    { module: 'alignment', code: 'folded-actor', params: { actor: 'p', into: 'japan' } },
    'alignment: Person P is folded into Japan; turn person folding off to score them alone',
    '整合度: Person Pは日本に含められています。単独で評価するには「人物を代表する国・組織に含める」をオフにしてください',
  ],
  [
    { module: 'paths', code: 'same-actor', params: { actor: 'kp' } },
    'paths: choose two different actors (both are North Korea)',
    '経路: 異なる2つのアクターを選んでください（どちらも北朝鮮です）',
  ],
  [
    { module: 'alignment', code: 'same-actor', params: {} },
    'alignment: choose two different actors',
    '整合度: 異なる2つのアクターを選んでください',
  ],
  [
    { module: 'paths', code: 'no-path', params: { from: 'japan', to: 'kp' } },
    'paths: no chain of visible relations links Japan and North Korea',
    '経路: 日本と北朝鮮を結ぶ表示中の関係の連鎖はありません',
  ],
  [
    { module: 'paths', code: 'no-relations', params: {} },
    'paths: the current filters leave no relation to follow',
    '経路: 現在のフィルターでは辿れる関係がありません',
  ],
  [
    { module: 'balance', code: 'no-actors', params: {} },
    'balance: the current filters leave no actor',
    'バランス: 現在のフィルターではアクターが残りません',
  ],
  [
    { module: 'blocs', code: 'no-actors-to-group', params: {} },
    'blocs: the current filters leave no actor to group',
    'ブロック: 現在のフィルターではまとめるアクターが残りません',
  ],
  [
    { module: 'time', code: 'no-dated-relations', params: {} },
    'time: no visible relation has a start or end date',
    '時期: 表示中の関係には開始日も終了日もありません',
  ],
  [
    {
      module: 'ego',
      code: 'invalid-option',
      params: { option: 'depth', rule: { kind: 'one-of', values: ['1', '2', '3'] }, got: '4' },
    },
    'ego: expected depth to be 1, 2 or 3, got 4',
    '注目: depth は1、2、3のいずれかでなければなりません（指定値: 4）',
  ],
  [
    {
      module: 'paths',
      code: 'invalid-option',
      params: { option: 'maxPaths', rule: { kind: 'positive-integer' }, got: '0' },
    },
    'paths: expected maxPaths to be a positive integer, got 0',
    '経路: maxPaths は正の整数でなければなりません（指定値: 0）',
  ],
  [
    {
      module: 'balance',
      code: 'invalid-option',
      params: { option: 'limit', rule: { kind: 'whole-number' }, got: '-1' },
    },
    'balance: expected limit to be a whole number >= 0, got -1',
    'バランス: limit は0以上の整数でなければなりません（指定値: -1）',
  ],
  [
    {
      module: 'alignment',
      code: 'invalid-option',
      params: { option: 'directWeight', rule: { kind: 'unit-interval' }, got: '2' },
    },
    'alignment: expected directWeight within [0, 1], got 2',
    '整合度: directWeight は0〜1の数でなければなりません（指定値: 2）',
  ],
  [
    {
      module: 'blocs',
      code: 'invalid-option',
      params: { option: 'resolution', rule: { kind: 'positive-number' }, got: '0' },
    },
    'blocs: expected resolution to be a positive number, got 0',
    'ブロック: resolution は正の数でなければなりません（指定値: 0）',
  ],
  [
    {
      module: 'blocs',
      code: 'invalid-option',
      params: { option: 'seed', rule: { kind: 'number' }, got: 'NaN' },
    },
    'blocs: expected seed to be a number, got NaN',
    'ブロック: seed は数値でなければなりません（指定値: NaN）',
  ],
  [
    { module: 'time', code: 'invalid-date', params: { value: 'soon' } },
    'time: expected a partial ISO date like 2025, 2025-05 or 2025-05-08, got "soon"',
    '時期: 日付は 2025、2025-05、2025-05-08 のような形式で指定してください（指定値:「soon」）',
  ],
  [
    { module: 'time', code: 'reversed-range', params: { from: '2025-06', to: '2025-01' } },
    'time: the range starts (2025-06) after it ends (2025-01)',
    '時期: 期間の開始（2025-06）が終了（2025-01）より後です',
  ],
  [
    {
      module: 'time',
      code: 'outside-data',
      params: { from: '1900', to: '1900', min: '1960-01-01', max: '2026-12-31' },
    },
    "time: 1900 lies outside the data's dates (1960-01-01 – 2026-12-31)",
    '時期: 1900はデータの期間（1960-01-01〜2026-12-31）の範囲外です',
  ],
  [
    {
      module: 'time',
      code: 'outside-data',
      params: { from: '1900', to: '1901', min: '1960', max: '2026' },
    },
    "time: 1900 – 1901 lies outside the data's dates (1960 – 2026)",
    '時期: 1900〜1901はデータの期間（1960〜2026）の範囲外です',
  ],
  [
    {
      module: 'time',
      code: 'outside-data',
      params: { from: null, to: '1950', min: '1960', max: '2026' },
    },
    "time: up to 1950 lies outside the data's dates (1960 – 2026)",
    '時期: 1950まではデータの期間（1960〜2026）の範囲外です',
  ],
  [
    {
      module: 'time',
      code: 'outside-data',
      params: { from: '2030', to: null, min: '1960', max: '2026' },
    },
    "time: 2030 onward lies outside the data's dates (1960 – 2026)",
    '時期: 2030以降はデータの期間（1960〜2026）の範囲外です',
  ],
  [
    { module: 'worker', code: 'no-graph', params: {} },
    'analysis worker: expected a load message with the graph before any analysis',
    '分析ワーカー: 分析の前にグラフが読み込まれていません',
  ],
  [
    { module: 'worker', code: 'internal', params: { detail: 'boom' } },
    'analysis worker: boom',
    '分析ワーカー: 予期しないエラー（boom）',
  ],
];

describe('renderNotice', () => {
  const g = graph();
  it.each(CASES)('%j', (notice, en, ja) => {
    expect(renderNotice(notice, 'en', namerOf(g, 'en'))).toBe(en);
    expect(renderNotice(notice, 'ja', namerOf(g, 'ja'))).toBe(ja);
    expect(noticeText(g, 'en', notice)).toBe(en);
    expect(noticeText(g, 'ja', notice)).toBe(ja);
  });

  it('covers every code the module can render', () => {
    const codes = new Set(CASES.map(([n]) => n.code));
    expect([...codes].sort()).toEqual([...NOTICE_CODES].sort());
  });

  it('names actors by their label in the language, falling back to the other, then the id', () => {
    expect(actorLabel(g, 'kp', 'ja')).toBe('北朝鮮');
    expect(actorLabel(g, 'kp', 'en')).toBe('North Korea');
    expect(actorLabel(g, 'p', 'ja')).toBe('Person P');
    expect(actorLabel(g, 'q', 'ja')).toBe('q');
    expect(actorLabel(g, 'nobody', 'ja')).toBe('"nobody"');
    // without a graph (alignment scores of a bare projection): ids in quotes
    expect(namerOf(null, 'en')('kp')).toBe('"kp"');
  });
});

describe('view notices', () => {
  const g = graph();
  const time = {
    step: 'time',
    cause: {
      module: 'time',
      code: 'outside-data',
      params: { from: '1900', to: '1900', min: '2024-01-01', max: '2025-10-31' },
    },
  } as const;
  const focus = {
    step: 'focus',
    cause: { module: 'ego', code: 'hidden-actor', params: { actor: 'usa' } },
  } as const;

  it('say what the view did instead, in both languages', () => {
    expect(renderViewNotice(time, 'en', namerOf(g, 'en'))).toBe(
      "time: 1900 lies outside the data's dates (2024-01-01 – 2025-10-31); showing all dates",
    );
    expect(noticeText(g, 'ja', time)).toBe(
      '時期: 1900はデータの期間（2024-01-01〜2025-10-31）の範囲外です。全期間を表示しています',
    );
    expect(noticeText(g, 'en', focus)).toBe(
      'ego: United States is hidden by the current filters; focus not applied',
    );
    expect(noticeText(g, 'ja', focus)).toBe(
      '注目: アメリカ合衆国は現在のフィルターで非表示です。注目は適用されていません',
    );
  });
});

describe('failures of the analyses', () => {
  it('keep an English message made from their notice', () => {
    const g = graph();
    const r = shortestPaths(g, 'japan', 'kp');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.notice).toEqual({
      module: 'paths',
      code: 'no-path',
      params: { from: 'japan', to: 'kp' },
    });
    expect(r.message).toBe(renderNotice(r.notice, 'en', namerOf(g, 'en')));
    expect(noticeText(g, 'ja', r.notice)).toBe(
      '経路: 日本と北朝鮮を結ぶ表示中の関係の連鎖はありません',
    );
    const hidden = egoNetwork(g, 'japan', {
      depth: 1,
      direction: 'both',
      visibleNodes: new Set(['usa']),
    });
    expect(hidden).toMatchObject({
      reason: 'hidden-actor',
      message: 'ego: Japan is hidden by the current filters',
    });
  });
});

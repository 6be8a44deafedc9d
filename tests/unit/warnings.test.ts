// The page's warnings as codes: every code rendered in English and Japanese (exact strings), the
// English text that parseUrlState / checkExcluded keep for Node made by the same templates, and the
// page's renderer (src/ui/messages.ts) following the language.
import { describe, expect, it } from 'vitest';
import { checkExcluded, facetValues } from '../../src/view/reconcile';
import { parseUrlState } from '../../src/view/view-state';
import {
  englishWarning,
  renderWarning,
  warning,
  warningKey,
  WARNING_CODES,
  type AppWarning,
} from '../../src/view/warnings';
import { warningText } from '../../src/ui/messages';
import { TestGraph } from './helpers/analysis-graph';

const CASES: Array<[AppWarning, string, string]> = [
  [
    warning('unknown-param', { key: 'extra' }),
    'URL parameter "extra": unknown parameter ignored',
    'URL パラメーター「extra」は不明なパラメーターのため無視しました',
  ],
  [
    warning('repeated-param', { key: 'lang' }),
    'URL parameter "lang": given more than once; the first value is used',
    'URL パラメーター「lang」が複数回指定されています。最初の値を使います',
  ],
  [
    warning('not-allowed', { key: 'lang', allowed: ['en', 'ja'], got: 'xx', oneOf: false }),
    'URL parameter "lang": expected en or ja, got "xx"',
    'URL パラメーター「lang」には en、ja のいずれかを指定してください（指定値:「xx」）',
  ],
  [
    warning('not-allowed', { key: 'depth', allowed: ['1', '2', '3'], got: '4', oneOf: false }),
    'URL parameter "depth": expected 1, 2 or 3, got "4"',
    'URL パラメーター「depth」には 1、2、3 のいずれかを指定してください（指定値:「4」）',
  ],
  [
    warning('not-allowed', { key: 'size', allowed: ['degree', 'pagerank'], got: 'x', oneOf: true }),
    'URL parameter "size": expected one of degree, pagerank, got "x"',
    'URL パラメーター「size」には degree、pagerank のいずれかを指定してください（指定値:「x」）',
  ],
  [
    warning('malformed-hidden', {
      key: 'hide-status',
      facet: 'statuses',
      bad: ['a/b', '_y'],
      examples: ['active', 'ended'],
    }),
    'URL parameter "hide-status": malformed status "a/b", "_y" ignored (expected 1 to 1000 characters, such as active, ended)',
    'URL パラメーター「hide-status」: 状態の値「a/b」「_y」は形式が正しくないため無視しました（1〜1000 文字で指定します。例: active、ended）',
  ],
  [
    warning('unknown-hidden', {
      key: 'hide-rel',
      facet: 'relations',
      bad: ['nonsense'],
      expected: ['alliance', 'tariffs'],
    }),
    'URL parameter "hide-rel": unknown relation type "nonsense" ignored (expected any of alliance, tariffs)',
    'URL パラメーター「hide-rel」: 不明な関係の種類「nonsense」を無視しました（指定できる値: alliance、tariffs）',
  ],
  [
    warning('unknown-hidden', {
      key: 'hide-kind',
      facet: 'kinds',
      bad: ['x'.repeat(61), 'y'],
      expected: ['state'],
    }),
    `URL parameter "hide-kind": unknown actor kind "${'x'.repeat(60)}…", "y" ignored (expected any of state)`,
    `URL パラメーター「hide-kind」: 不明なアクターの種類「${'x'.repeat(60)}…」「y」を無視しました（指定できる値: state）`,
  ],
  [
    warning('invalid-id', { key: 'node', value: '<b>' }),
    'URL parameter "node": "<b>" is not a valid id (expected 1 to 1000 characters)',
    'URL パラメーター「node」:「<b>」は正しい ID ではありません（1〜1000 文字で指定します）',
  ],
  [
    warning('missing-actor', { key: 'align', id: 'zzz' }),
    'URL parameter "align": no actor "zzz" in the data; ignored',
    'URL パラメーター「align」: ID「zzz」のアクターはデータにないため、無視しました',
  ],
  [
    warning('two-selections', { key: 'edge', value: 'r1' }),
    'URL parameter "edge": only one of node/edge may be selected; "r1" ignored',
    'URL パラメーター「edge」: node と edge はどちらか一方しか選択できません。「r1」は無視しました',
  ],
  [
    warning('id-count', { key: 'path', count: 2, value: 'japan' }),
    'URL parameter "path": expected 2 actor ids separated by commas, got "japan"',
    'URL パラメーター「path」にはカンマ区切りで 2 つのアクター ID を指定してください（指定値:「japan」）',
  ],
  [
    warning('id-count', { key: 'link', count: 1, value: '' }),
    'URL parameter "link": expected 1 actor id, got ""',
    'URL パラメーター「link」にはカンマ区切りで 1 つのアクター ID を指定してください（指定値:「」）',
  ],
  [
    warning('same-ids', { key: 'triad', count: 3, value: 'a,b,a' }),
    'URL parameter "triad": expected 3 different actors, got "a,b,a"',
    'URL パラメーター「triad」には異なる 3 つのアクターを指定してください（指定値:「a,b,a」）',
  ],
  [
    warning('invalid-date', { key: 'from', value: '2025-13' }),
    'URL parameter "from": expected a date like 2025, 2025-05 or 2025-05-08, got "2025-13"',
    'URL パラメーター「from」の日付は 2025、2025-05、2025-05-08 のような形式で指定してください（指定値:「2025-13」）',
  ],
  [
    warning('invalid-camera', { value: '1,2' }),
    'URL parameter "cam": expected x,y,ratio[,angle] numbers with ratio > 0, got "1,2"',
    'URL パラメーター「cam」には x,y,ratio[,angle] の数値（ratio > 0）を指定してください（指定値:「1,2」）',
  ],
  [
    warning('unknown-focus-relation', { bad: ['nope'], expected: ['trade', 'alliance'] }),
    'URL parameter "focus-rel": unknown relation type "nope" ignored (expected any of trade, alliance)',
    'URL パラメーター「focus-rel」: 不明な関係の種類「nope」を無視しました（指定できる値: trade、alliance）',
  ],
  [
    warning('unknown-focus-relation', { bad: [], expected: ['trade'] }),
    'URL parameter "focus-rel": unknown relation type "" ignored (expected any of trade)',
    'URL パラメーター「focus-rel」: 不明な関係の種類「」を無視しました（指定できる値: trade）',
  ],
  [
    warning('at-and-range', {}),
    'URL parameter "at": a single date and a from/to range exclude each other; "at" is used',
    'URL パラメーター「at」: 単一の日付と from/to の期間は同時に指定できません。「at」を使います',
  ],
  [
    warning('reversed-range', { from: '2025-06', to: '2025-05-31' }),
    'URL parameter "from"/"to": the range starts (2025-06) after it ends (2025-05-31); time range ignored',
    'URL パラメーター「from」/「to」: 期間の開始（2025-06）が終了（2025-05-31）より後のため、期間の指定を無視しました',
  ],
  [
    warning('missing-selection', { kind: 'node', id: 'no-such-actor' }),
    'URL parameter "node": no actor "no-such-actor" in the data; selection ignored',
    'URL パラメーター「node」: ID「no-such-actor」のアクターはデータにないため、選択しませんでした',
  ],
  [
    warning('missing-selection', { kind: 'edge', id: 'r9' }),
    'URL parameter "edge": no relation "r9" in the data; selection ignored',
    'URL パラメーター「edge」: ID「r9」の関係はデータにないため、選択しませんでした',
  ],
  [
    warning('selection-gone', { kind: 'node', id: 'japan' }),
    'The selected actor "japan" is not in the new data; selection cleared',
    '選択中のアクター「japan」は新しいデータにないため、選択を解除しました',
  ],
  [
    warning('filter-reset', { facet: 'relations', value: 'sanction' }),
    'The relation type filter "Sanction" does not apply to the new data and was reset',
    '関係の種類のフィルター「制裁」は新しいデータに当てはまらないため、解除しました',
  ],
  [
    warning('filter-reset', { facet: 'kinds', value: 'state' }),
    'The actor kind filter "State" does not apply to the new data and was reset',
    'アクターの種類のフィルター「国家」は新しいデータに当てはまらないため、解除しました',
  ],
  [
    warning('filter-reset', { facet: 'certainties', value: 'hearsay' }),
    'The certainty filter "hearsay" does not apply to the new data and was reset',
    '確度のフィルター「hearsay」は新しいデータに当てはまらないため、解除しました',
  ],
];

describe('warnings', () => {
  it.each(CASES)('%j in English and Japanese', (w, en, ja) => {
    expect(renderWarning(w, 'en')).toBe(en);
    expect(englishWarning(w)).toBe(en);
    expect(renderWarning(w, 'ja')).toBe(ja);
    expect(warningText('ja', w)).toBe(ja);
    expect(warningText('en', w)).toBe(en);
  });

  it('covers every code the module can render', () => {
    const codes = new Set(CASES.map(([w]) => w.code));
    expect([...codes].sort()).toEqual([...WARNING_CODES].sort());
  });

  it('parseUrlState keeps codes for the page and the English text for Node', () => {
    const parsed = parseUrlState('?lang=xx&size=bogus&extra=1');
    expect(parsed.notices).toEqual([
      warning('not-allowed', { key: 'lang', allowed: ['en', 'ja'], got: 'xx', oneOf: false }),
      warning('not-allowed', {
        key: 'size',
        allowed: ['degree', 'pagerank', 'betweenness'],
        got: 'bogus',
        oneOf: true,
      }),
      warning('unknown-param', { key: 'extra' }),
    ]);
    expect(parsed.warnings).toEqual(parsed.notices.map(englishWarning));
    expect(parsed.notices.map((w) => warningText('ja', w))).toEqual([
      'URL パラメーター「lang」には en、ja のいずれかを指定してください（指定値:「xx」）',
      'URL パラメーター「size」には degree、pagerank、betweenness のいずれかを指定してください（指定値:「bogus」）',
      'URL パラメーター「extra」は不明なパラメーターのため無視しました',
    ]);
  });

  it('checkExcluded keeps codes and English text alike', () => {
    const graph = new TestGraph().rel('e1', 'alliance', 'a', 'b').graph;
    const checked = checkExcluded(
      parseUrlState('?hide-kind=unknown').state.exclude,
      facetValues(graph),
    );
    expect(checked.warnings).toEqual(checked.notices.map(englishWarning));
    expect(warningText('ja', checked.notices[0]!)).toBe(
      'URL パラメーター「hide-kind」: 不明なアクターの種類「unknown」を無視しました（指定できる値: state、organization、person、agreement、group）',
    );
  });

  it('equal warnings have equal keys, different ones different keys', () => {
    const a = warning('invalid-id', { key: 'node', value: 'x' });
    expect(warningKey(a)).toBe(warningKey(warning('invalid-id', { key: 'node', value: 'x' })));
    expect(warningKey(a)).not.toBe(warningKey(warning('invalid-id', { key: 'edge', value: 'x' })));
  });
});

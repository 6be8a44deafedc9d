// UI strings in English and Japanese, and helpers to name vocabulary values in the current language.
import type { Language } from '../render/style';

const STRINGS = {
  title: { en: 'Alignmap', ja: 'Alignmap' },
  search: { en: 'Search actors', ja: 'アクター検索' },
  searchPlaceholder: { en: 'Name, 名前 or alias', ja: '名前・英語名・別名' },
  noResults: { en: 'No actor matches', ja: '該当するアクターはありません' },
  relationTypes: { en: 'Relation types', ja: '関係の種類' },
  kinds: { en: 'Actor kinds', ja: 'アクターの種類' },
  statuses: { en: 'Status', ja: '状態' },
  certainties: { en: 'Certainty', ja: '確度' },
  only: { en: 'only', ja: 'のみ' },
  all: { en: 'all', ja: 'すべて' },
  none: { en: 'none', ja: 'なし' },
  language: { en: 'Labels', ja: 'ラベル' },
  sizeBy: { en: 'Size by', ja: 'サイズ' },
  edgeColors: { en: 'Edge colours', ja: '辺の色' },
  byRelation: { en: 'by relation type', ja: '関係の種類別' },
  bySign: { en: 'friendly / neutral / hostile', ja: '友好・中立・敵対' },
  layoutRun: { en: 'Run layout', ja: 'レイアウト実行' },
  layoutStop: { en: 'Stop layout', ja: 'レイアウト停止' },
  layoutReset: { en: 'Reset (un-pin)', ja: 'リセット（固定解除）' },
  graphView: { en: 'Graph', ja: 'グラフ' },
  tableView: { en: 'Table', ja: '表' },
  view: { en: 'View', ja: '表示' },
  actors: { en: 'actors', ja: 'アクター' },
  relations: { en: 'relations', ja: '関係' },
  relationsTitle: { en: 'Relations', ja: '関係' },
  layoutRunning: { en: 'layout running', ja: 'レイアウト計算中' },
  layoutStopped: { en: 'layout stopped', ja: 'レイアウト停止' },
  details: { en: 'Details', ja: '詳細' },
  nothingSelected: {
    en: 'Click an actor or a relation, or search, to see its details and evidence.',
    ja: 'アクターや関係をクリック、または検索すると詳細と根拠が表示されます。',
  },
  kind: { en: 'Kind', ja: '種類' },
  role: { en: 'Role', ja: '役割' },
  memberships: { en: 'Member of', ja: '加盟・所属' },
  hiddenByFilters: { en: 'Hidden by the current filters', ja: '現在のフィルターで非表示' },
  evidence: { en: 'Evidence', ja: '根拠' },
  noEvidence: { en: 'No evidence recorded', ja: '根拠の記録なし' },
  from: { en: 'From', ja: '起点' },
  to: { en: 'To', ja: '終点' },
  type: { en: 'Type', ja: '種類' },
  status: { en: 'Status', ja: '状態' },
  certainty: { en: 'Certainty', ja: '確度' },
  dates: { en: 'Dates', ja: '期間' },
  clear: { en: 'Clear selection', ja: '選択解除' },
  tableCaption: { en: 'Visible relations', ja: '表示中の関係' },
  warnings: { en: 'Warnings', ja: '警告' },
  dismiss: { en: 'Dismiss', ja: '閉じる' },
  loading: { en: 'Loading graph…', ja: 'グラフを読み込み中…' },
  dataError: { en: 'The graph could not be loaded', ja: 'グラフを読み込めませんでした' },
  display: { en: 'Display', ja: '表示' },
  hideIsolated: {
    en: 'Hide actors without visible relations',
    ja: '表示中の関係がないアクターを隠す',
  },
  isolatedHidden: { en: 'without visible relations hidden', ja: '件は関係がないため非表示' },
  noVisible: {
    en: 'No relation is visible with the current filters.',
    ja: '現在のフィルターでは表示される関係がありません。',
  },
} satisfies Record<string, { en: string; ja: string }>;

export type StringKey = keyof typeof STRINGS;

export function t(language: Language, key: StringKey): string {
  return STRINGS[key][language];
}

/** Name of a vocabulary value from one of the *_INFO tables, falling back to the raw value. */
export function nameOf(
  table: Record<string, { en: string; ja: string }>,
  value: string,
  language: Language,
): string {
  return table[value]?.[language] ?? value;
}

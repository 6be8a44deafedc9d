// Every text the app, the picture exports and the export CLI show, in English and Japanese: one
// catalog. Plain entries are { en, ja }; {name} marks a parameter (numbers are formatted for the
// language by t()); plural entries give English one/other and Japanese other forms, chosen by the
// `count` parameter through Intl.PluralRules. A missing language, a missing plural form or
// placeholders that differ between the languages are type errors (src/i18n/catalog.ts).
import type { Catalog } from './types';

export const MESSAGES = {
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
  fitView: { en: 'Fit', ja: '全体表示' },
  fitViewTitle: {
    en: 'Frame all visible actors, with room for their labels',
    ja: '表示中のアクターすべてをラベルごと画面に収める',
  },
  graphView: { en: 'Graph', ja: 'グラフ' },
  tableView: { en: 'Table', ja: '表' },
  view: { en: 'View', ja: '表示' },
  relationsTitle: { en: 'Relations', ja: '関係' },
  layoutRunning: { en: 'layout running', ja: 'レイアウト計算中' },
  layoutStopped: { en: 'layout stopped', ja: 'レイアウト停止' },
  layoutSaved: { en: 'positions as last left', ja: '前回の配置' },
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
  englishRendering: { en: 'English rendering', ja: '英語訳' },
  participants: { en: 'Participants', ja: '参加者' },
  from: { en: 'From', ja: '起点' },
  to: { en: 'To', ja: '終点' },
  type: { en: 'Type', ja: '種類' },
  status: { en: 'Status', ja: '状態' },
  certainty: { en: 'Certainty', ja: '確度' },
  dates: { en: 'Dates', ja: '期間' },
  clear: { en: 'Clear selection', ja: '選択解除' },
  warnings: { en: 'Warnings', ja: '警告' },
  dismiss: { en: 'Dismiss', ja: '閉じる' },
  loading: { en: 'Loading graph…', ja: 'グラフを読み込み中…' },
  dataError: { en: 'The graph could not be loaded', ja: 'グラフを読み込めませんでした' },
  display: { en: 'Display', ja: '表示' },
  hideIsolated: {
    en: 'Hide actors without visible relations',
    ja: '表示中の関係がないアクターを隠す',
  },
  importButton: { en: 'Import…', ja: 'インポート…' },
  exportButton: { en: 'Export…', ja: 'エクスポート…' },
  importTitle: { en: 'Import data', ja: 'データのインポート' },
  importHelp: {
    en: 'GEXF, GraphML, graphology JSON, CSV edge list (with an optional node list: pick both), Alignmap YAML/JSON, or a zip of these. Up to 50 MB. You can also drop files anywhere on the page.',
    ja: 'GEXF、GraphML、graphology JSON、CSV の辺リスト（ノード一覧も選べます：両方を選択）、Alignmap の YAML/JSON、またはそれらの zip。50 MB まで。ページのどこにでもドロップできます。',
  },
  chooseFiles: { en: 'Files', ja: 'ファイル' },
  dropHere: { en: 'Drop files to import them', ja: 'ドロップしてインポート' },
  importing: { en: 'Importing', ja: 'インポート中' },
  phase_read: { en: 'reading', ja: '読み込み' },
  phase_parse: { en: 'parsing', ja: '解析' },
  phase_build: { en: 'building the graph', ja: 'グラフ作成' },
  phase_validate: { en: 'checking', ja: '検証' },
  phase_show: { en: 'storing and drawing', ja: '保存と描画' },
  cancel: { en: 'Cancel', ja: 'キャンセル' },
  close: { en: 'Close', ja: '閉じる' },
  importFailed: {
    en: 'The import failed; the graph on screen is unchanged.',
    ja: 'インポートに失敗しました。表示中のグラフは変更されていません。',
  },
  importDone: { en: 'Imported', ja: 'インポートしました' },
  importWarnings: { en: 'Warnings', ja: '警告' },
  importedDataset: { en: 'Imported', ja: 'インポート' },
  storedDataset: { en: 'Stored import', ja: '保存済みインポート' },
  backToDefault: { en: 'Back to default dataset', ja: '既定のデータセットに戻る' },
  openStored: { en: 'Open', ja: '開く' },
  removeStored: { en: 'Remove', ja: '削除' },
  exportTitle: { en: 'Export the visible graph', ja: '表示中のグラフをエクスポート' },
  exportFormat: { en: 'Format', ja: '形式' },
  exportCrop: { en: 'Picture of', ja: '範囲' },
  cropVisible: { en: 'the whole visible subgraph', ja: '表示中のサブグラフ全体' },
  cropCamera: { en: 'the current view (camera)', ja: '現在の表示範囲（カメラ）' },
  exportWidth: { en: 'Width (px)', ja: '幅 (px)' },
  exportScale: { en: 'Scale', ja: '倍率' },
  exportImageTitle: { en: 'Title', ja: 'タイトル' },
  exportLegend: { en: 'Legend', ja: '凡例' },
  exportDateLine: { en: 'Date line', ja: '日付' },
  exportSourceLine: { en: 'Source line', ja: '出典' },
  exportContents: {
    en: 'Contains what is visible now (filters, focus, time)',
    ja: '現在表示中のもの（フィルター・フォーカス・期間）を含みます',
  },
  download: { en: 'Download', ja: 'ダウンロード' },
  exporting: { en: 'Exporting…', ja: 'エクスポート中…' },
  noVisible: {
    en: 'No relation is visible with the current filters.',
    ja: '現在のフィルターでは表示される関係がありません。',
  },
  // Alignment analyses (src/ui/analysis/)
  analysis: { en: 'Analysis', ja: '分析' },
  analysisBusy: { en: 'analysing…', ja: '分析中…' },
  focusTitle: { en: 'Focus on an actor', ja: 'アクターに注目' },
  focusActor: { en: 'Actor at the centre', ja: '中心のアクター' },
  focusOnActor: { en: 'Focus on this actor', ja: 'このアクターに注目' },
  depth: { en: 'Depth', ja: '深さ' },
  direction: { en: 'Direction', ja: '向き' },
  dirBoth: { en: 'both ways', ja: '双方向' },
  dirOut: { en: 'outgoing', ja: '発信のみ' },
  dirIn: { en: 'incoming', ja: '受信のみ' },
  outside: { en: 'Everything else', ja: 'それ以外' },
  outsideHide: { en: 'hidden', ja: '非表示' },
  outsideDim: { en: 'dimmed', ja: '薄く表示' },
  focusRelations: { en: 'Relation types followed', ja: '辿る関係の種類' },
  allVisibleTypes: { en: 'all', ja: 'すべて' },
  clearFocus: { en: 'Clear focus', ja: '注目を解除' },
  pathTitle: { en: 'Paths between two actors', ja: '2アクター間の経路' },
  pathFrom: { en: 'From', ja: '起点' },
  pathTo: { en: 'To', ja: '終点' },
  swap: { en: 'Swap', ja: '入れ替え' },
  clearPath: { en: 'Clear path', ja: '経路を解除' },
  pathChooseTwo: { en: 'Choose a second actor.', ja: 'もう一つのアクターを選んでください。' },
  path: { en: 'Path', ja: '経路' },
  computing: { en: 'Computing…', ja: '計算中…' },
  refining: { en: 'refining', ja: '調整中' },
  blocsTitle: { en: 'Blocs (signed)', ja: 'ブロック（符号付き）' },
  bloc: { en: 'Bloc', ja: 'ブロック' },
  colourByBloc: { en: 'Colour actors by bloc', ja: 'ブロックごとに色分け' },
  blocsMethod: {
    en: 'Signed Louvain (seed 1) over states, with persons counted as the state they represent: friendly ties pull actors into one bloc, hostile ties push them apart. Organizations and agreements are not partitioned; they are listed as what binds a bloc.',
    ja: '符号付きLouvain法（シード1）で国家を分けます（人物は代表する国に含める）。友好的な関係は同じブロックに、敵対的な関係は別のブロックに。機関・協定は分割の対象外で、ブロックを結びつけるものとして示します。',
  },
  frustrationIndex: { en: 'fit', ja: '適合度' },
  membershipOnly: {
    en: 'Held together only by shared memberships.',
    ja: '共通の加盟関係のみで結びついています。',
  },
  heldTogether: { en: 'Held together by', ja: '結びつける関係' },
  direct: { en: 'direct', ja: '直接' },
  balanceTitle: { en: 'Structural balance', ja: '構造バランス' },
  directOnly: {
    en: 'Direct ties only (no co-memberships)',
    ja: '直接の関係のみ（共通加盟を除く）',
  },
  weakBalance: {
    en: 'Weak balance (three mutual adversaries count as balanced)',
    ja: '弱いバランス（互いに敵対する3者をバランスとみなす）',
  },
  balanceIndex: { en: 'Balance index', ja: 'バランス指数' },
  noTriangles: {
    en: 'No three actors are tied pairwise in the current view.',
    ja: '現在の表示には互いに結びついた3者がありません。',
  },
  allBalanced: { en: 'Every triangle is balanced.', ja: 'すべての三角形がバランスしています。' },
  triadAllyOfAlly: {
    en: 'Two friendly ties and one hostile: an ally of an ally is an adversary.',
    ja: '友好2・敵対1：味方の味方が敵。',
  },
  triadAllHostile: {
    en: 'Three mutual adversaries (unbalanced in the strong sense).',
    ja: '互いに敵対する3者（強い意味で不均衡）。',
  },
  triadHidden: {
    en: 'The focused triad is not visible with the current filters, focus or date.',
    ja: '注目中の三者関係は現在のフィルター・注目・日付では表示されません。',
  },
  weight: { en: 'weight', ja: '重み' },
  showMore: { en: 'Show more', ja: 'さらに表示' },
  clearTriad: { en: 'Clear triad', ja: '三者関係を解除' },
  analysisOptions: { en: 'Analysis options', ja: '分析の設定' },
  foldPersons: {
    en: 'Count a person as the state or body they represent',
    ja: '人物を代表する国・組織に含める',
  },
  includeAgreements: { en: 'Include agreements as actors', ja: '協定もアクターとして含める' },
  countMemberships: {
    en: 'Count shared memberships as weak friendly ties',
    ja: '共通の加盟を弱い友好関係として数える',
  },
  optionsHint: {
    en: 'Used by blocs, balance and alignment scores, over the visible relations.',
    ja: 'ブロック・バランス・整合度に使われます（表示中の関係が対象）。',
  },
  time: { en: 'Time', ja: '時期' },
  noDates: { en: 'No relation has a date.', ja: '日付のある関係がありません。' },
  allDates: { en: 'All dates', ja: '全期間' },
  atDate: { en: 'At a date', ja: '特定の日' },
  dateRange: { en: 'Range', ja: '期間' },
  rangeFrom: { en: 'Range start', ja: '期間の開始' },
  rangeTo: { en: 'Range end', ja: '期間の終了' },
  play: { en: 'Play', ja: '再生' },
  pause: { en: 'Pause', ja: '一時停止' },
  timeSpan: { en: 'Slider span', ja: 'スライダーの範囲' },
  alignmentTitle: { en: 'Alignment', ja: '整合度' },
  mostAligned: { en: 'Most aligned', ja: '最も近い' },
  mostOpposed: { en: 'Most opposed', ja: '最も対立' },
  compareWith: { en: 'Compare with', ja: '比較対象' },
  alignmentHint: {
    en: 'Score in [−1, 1]: half the similarity of both actors’ friendly/hostile ties to third actors, half their direct tie.',
    ja: 'スコアは −1〜1：第三者への友好・敵対関係の類似度が半分、直接の関係が半分。',
  },
  sharedAllies: { en: 'Shared allies', ja: '共通の味方' },
  sharedAdversaries: { en: 'Shared adversaries', ja: '共通の敵' },
  opposedOn: { en: 'Opposed on', ja: '立場が逆' },
  profileSimilarity: { en: 'profile similarity', ja: '関係の類似度' },
  directTie: { en: 'direct tie', ja: '直接の関係' },
  unfoldPersons: { en: 'Score persons on their own', ja: '人物を単独で評価する' },
  blocColourNote: {
    en: 'Actors are coloured by bloc (Analysis › Blocs), not by kind.',
    ja: 'アクターは種類ではなくブロックごとに色分けされています（分析 › ブロック）。',
  },
  // blocs and analyses at a date (issue 10)
  blocMembershipShare: { en: 'rests on shared memberships:', ja: '共通加盟による部分：' },
  blocMembershipMembers: {
    en: 'in the bloc through shared memberships only:',
    ja: '共通加盟のみでブロックに属する：',
  },
  blocCaveat: {
    en: 'Shared memberships are weak evidence of alignment: the more of a bloc rests on them, the more it is a grouping by membership rather than a coalition.',
    ja: '共通の加盟は立場の一致を示す弱い根拠です。加盟に頼る部分が大きいほど、そのブロックは連携というより加盟による分類です。',
  },
  boundBy: { en: 'Bound by', ja: '結びつける機関・協定' },
  bodiesInBlocs: {
    en: 'Partition organizations and agreements too',
    ja: '機関・協定もブロック分けの対象にする',
  },
  includeHistory: {
    en: 'Include history (actors and relations that had ended)',
    ja: '過去も含める（消滅したアクター・終了した関係）',
  },
  tieFrom: { en: 'Relations behind the tie', ja: '結びつきの根拠となる関係' },
  sharedMembership: { en: 'shared membership', ja: '共通の加盟' },
  relationsByEvidence: {
    en: 'Relations whose evidence mentions it',
    ja: '根拠に含まれる関係',
  },
  isHidden: { en: 'is hidden in the current view', ja: 'は現在の表示では非表示です' },
  showIt: { en: 'Show it', ja: '表示する' },
  hiddenKind: { en: 'its kind is filtered out', ja: 'その種類がフィルターで除外' },
  hiddenFocus: { en: 'it is outside the focus', ja: '注目範囲の外' },
  hiddenTime: { en: 'none of its relations is in the time range', ja: '期間内の関係がない' },
  hiddenRelations: {
    en: 'the types of its relations are filtered out',
    ja: '関係の種類がフィルターで除外',
  },
  hiddenStatuses: {
    en: 'the statuses of its relations are filtered out',
    ja: '関係の状態がフィルターで除外',
  },
  hiddenCertainties: {
    en: 'the certainties of its relations are filtered out',
    ja: '関係の確度がフィルターで除外',
  },
  hiddenIsolated: {
    en: 'none of its relations is shown and actors without relations are hidden',
    ja: '表示中の関係がなく、関係のないアクターは非表示',
  },
  analysisDate: { en: 'Analyses describe', ja: '分析の基準日' },
  historyIncluded: { en: 'all dates (history included)', ja: '全期間（過去を含む）' },
  absentLeftOut: {
    en: 'Actors that did not exist then and relations not in force are left out.',
    ja: 'その時点で存在しないアクターと、効力のない関係は除いています。',
  },
  whenTitle: { en: 'Show relations', ja: '表示する関係' },
  whenActive: { en: 'in force', ja: '有効な関係' },
  whenActiveTitle: {
    en: 'Relations in force at some day of the chosen dates (alliances, memberships, sanctions, …)',
    ja: '選んだ期間のいずれかの日に有効な関係（同盟・加盟・制裁など）',
  },
  whenStarted: { en: 'begun then', ja: 'その期間に始まった関係' },
  whenStartedTitle: {
    en: 'Only the relations whose start date falls in the chosen dates: what happened then',
    ja: '開始日が選んだ期間に入る関係のみ（その期間の出来事）',
  },
  hideUndated: { en: 'hide undated', ja: '日付なしを隠す' },
  chronologyTitle: { en: 'Chronology', ja: '年表' },
  chronologyOpen: { en: 'List', ja: '一覧' },
  chronologyEmpty: {
    en: 'No dated relation is in view.',
    ja: '表示中の日付つき関係はありません。',
  },
  chronologyMore: { en: 'Show more', ja: 'さらに表示' },
  byPerson: { en: 'by {name}', ja: '{name}による' },
  listSeparator: { en: ', ', ja: '、' },
  clauseSeparator: { en: '; ', ja: '、' },
  // export dialog: font embedding and ego pictures (was src/ui/io/export-strings.ts)
  embedFont: {
    en: 'Embed font (self-contained SVG, larger file)',
    ja: 'フォントを埋め込む（単体で表示できるSVG、サイズ大）',
  },
  embedFontHint: {
    en: 'Without it, Japanese text needs Noto Sans JP (or another Japanese font) where the file is opened.',
    ja: '埋め込まない場合、日本語の表示には開く環境に Noto Sans JP などの日本語フォントが必要です。',
  },
  embedFontMeasuring: { en: 'measuring…', ja: '計算中…' },
  embedFontUnknown: { en: 'size unknown', ja: 'サイズ不明' },
  /** What the embedded font adds to the file ("640 KB"). */
  embedFontAdds: { en: '+ ≈ {size}', ja: '約 {size} 増' },
  cropRings: {
    en: 'the focus in the middle, its neighbours on rings',
    ja: '中心の主体を真ん中に、周囲を同心円に',
  },
  neighbourTies: {
    en: 'Also the ties among the neighbours (and their memberships)',
    ja: '周囲の主体どうしの関係（加盟を含む）も描く',
  },
  metric_degree: { en: 'Degree', ja: '次数' },
  metric_pagerank: { en: 'PageRank', ja: 'PageRank' },
  metric_betweenness: { en: 'Betweenness', ja: '媒介中心性' },
  // counts: plural entries (the `count` parameter picks the form and is formatted: 1,000)
  actorCount: {
    en: { one: '{count} actor', other: '{count} actors' },
    ja: { other: 'アクター {count}' },
  },
  relationCount: {
    en: { one: '{count} relation', other: '{count} relations' },
    ja: { other: '関係 {count}' },
  },
  /** "12/40 actors": visible of all. */
  actorsShown: {
    en: { one: '{shown}/{count} actor', other: '{shown}/{count} actors' },
    ja: { other: 'アクター {shown}/{count}' },
  },
  relationsShown: {
    en: { one: '{shown}/{count} relation', other: '{shown}/{count} relations' },
    ja: { other: '関係 {shown}/{count}' },
  },
  relationsDrawnOnly: {
    en: {
      one: '{drawn} of them drawn: too many to draw at once — filter, pick dates or select an actor',
      other:
        '{drawn} of them drawn: too many to draw at once — filter, pick dates or select an actor',
    },
    ja: {
      other:
        'うち {drawn} 件を描画（一度に描くには多すぎます。絞り込み、期間の指定、アクターの選択を）',
    },
  },
  isolatedHiddenCount: {
    en: {
      one: '{count} without visible relations hidden',
      other: '{count} without visible relations hidden',
    },
    ja: { other: '{count} 件は関係がないため非表示' },
  },
  shortestPaths: {
    en: { one: '{count} shortest path', other: '{count} shortest paths' },
    ja: { other: '{count} 本の最短経路' },
  },
  pathSteps: {
    en: { one: '{count} step', other: '{count} steps' },
    ja: { other: '{count} ステップ' },
  },
  pathsListed: { en: 'listed: {shown}', ja: '表示: {shown}' },
  blocCount: {
    en: { one: '{count} bloc', other: '{count} blocs' },
    ja: { other: '{count} ブロック' },
  },
  blocLevel: { en: 'level {level}', ja: '段階 {level}' },
  blocSinglesCount: {
    en: { one: '{count} actor in no bloc (grey)', other: '{count} actors in no bloc (grey)' },
    ja: { other: '{count} アクターはどのブロックにも属さない（灰色）' },
  },
  trianglesBalancedCount: {
    en: {
      one: '{balanced}/{count} triangle balanced',
      other: '{balanced}/{count} triangles balanced',
    },
    ja: { other: '{balanced}/{count} 個の三角形がバランス' },
  },
  unbalancedTriadCount: {
    en: {
      one: '{count} unbalanced triad, strongest first:',
      other: '{count} unbalanced triads, strongest first:',
    },
    ja: { other: '{count} 個の不均衡な三者関係（強い順）：' },
  },
  activeDatedCount: {
    en: { one: '{count} dated relation active', other: '{count} dated relations active' },
    ja: { other: '{count} 件の日付つき関係が有効' },
  },
  undatedKeptCount: {
    en: { one: '{count} undated kept', other: '{count} undated kept' },
    ja: { other: '{count} 件の日付なし関係を常時表示' },
  },
  begunInRangeCount: {
    en: { one: '{count} begun in these dates', other: '{count} begun in these dates' },
    ja: { other: '{count} 件がこの期間に開始' },
  },
  undatedHiddenCount: {
    en: { one: '{count} undated left out', other: '{count} undated left out' },
    ja: { other: '{count} 件の日付なし関係を除外' },
  },
  chronologyCountN: {
    en: {
      one: '{count} dated relation in view',
      other: '{count} dated relations in view, oldest first',
    },
    ja: { other: '{count} 件の日付つき関係（古い順）' },
  },
  nearZeroHiddenCount: {
    en: {
      one: '{count} third actor with a near-zero share not listed',
      other: '{count} third actors with a near-zero share not listed',
    },
    ja: { other: '{count} 件の寄与がほぼゼロの第三者は省略' },
  },
  panels: { en: 'Panels', ja: 'パネル' },
  filters: { en: 'Filters', ja: 'フィルター' },
  // picture titles, date and source lines (app export dialog and export CLI)
  egoTitle: { en: 'Relations of {name} (depth {depth})', ja: '{name}の関係(深さ{depth})' },
  reportedSpan: { en: 'Reported {range}', ja: '報道: {range}' },
  asOfDate: { en: 'As of {date}', ja: '{date} 時点' },
  fromDate: { en: 'From {date}', ja: '{date} 以降' },
  untilDate: { en: 'Until {date}', ja: '{date} まで' },
  dataAsOf: { en: 'Data as of {date}', ja: '{date} 時点のデータ' },
  sourcesUpTo: { en: 'Sources up to {date}', ja: '{date} までの資料による' },
  pictureAsOf: { en: 'as of {date}', ja: '{date} 時点' },
  pictureSince: { en: 'since {date}', ja: '{date} 以降' },
  pictureUntil: { en: 'until {date}', ja: '{date} まで' },
  relationsDated: { en: 'Relations dated {span}', ja: '関係の日付: {span}' },
  sourceLine: { en: 'Source: {name}', ja: '出典: {name}' },
  sourceLineCli: { en: 'Source: Alignmap — {name}', ja: '出典: Alignmap — {name}' },
  importedSource: { en: '{name} (imported)', ja: '{name}（インポート）' },
  /** " (…)" after a name: the half-width or full-width parentheses. */
  parenthetical: { en: '{text} ({detail})', ja: '{text}（{detail}）' },
  sourceCount: {
    en: { one: '{count} source', other: '{count} sources' },
    ja: { other: '資料 {count} 件' },
  },
  legendRelations: { en: 'Relations', ja: '関係' },
  legendActors: { en: 'Actors', ja: 'アクター' },
  legendBlocs: { en: 'Blocs', ja: 'ブロック' },
  legendFriendly: { en: 'Friendly relations', ja: '友好的な関係' },
  legendNeutral: { en: 'Neutral relations', ja: '中立的な関係' },
  legendHostile: { en: 'Hostile relations', ja: '敵対的な関係' },
  legendFileColours: { en: "the file's colours", ja: 'ファイルの色' },
  legendFileSizes: { en: "the file's sizes", ja: 'ファイルの値' },
  legendFileValue: { en: "the file's {key}", ja: 'ファイルの{key}' },
  legendActorSize: { en: 'Actor size: {what}', ja: 'アクターの大きさ：{what}' },
  legendRelationWidth: { en: 'Relation width: {what}', ja: '関係の太さ：{what}' },
  legendBloc: { en: 'Bloc {n}', ja: 'ブロック {n}' },
  legendNoBloc: { en: 'No bloc', ja: 'ブロックなし' },
  // relations table (was TABLE_STRINGS' counterparts in src/ui/relations-table.ts)
  tablePages: { en: 'Table pages', ja: '表のページ' },
  tableRowsPerPage: { en: 'Rows per page', ja: '1ページの行数' },
  tablePage: { en: 'Page', ja: 'ページ' },
  tableFirstPage: { en: 'First page', ja: '最初のページ' },
  tablePreviousPage: { en: 'Previous page', ja: '前のページ' },
  tableNextPage: { en: 'Next page', ja: '次のページ' },
  tableLastPage: { en: 'Last page', ja: '最後のページ' },
  tableNoRows: { en: 'No relations to show', ja: '表示する関係はありません' },
  tableRows: { en: 'Rows {first}–{last} of {total}', ja: '{total} 件中 {first}〜{last} 件目' },
  tablePageCount: { en: 'of {pages}', ja: '/ {pages} ページ' },
  tableCaptionCount: { en: 'Visible relations ({total})', ja: '表示中の関係（{total}）' },
  // analysis messages: the analysis a message comes from, and what the view did instead
  module_ego: { en: 'ego', ja: '注目' },
  module_paths: { en: 'paths', ja: '経路' },
  module_blocs: { en: 'blocs', ja: 'ブロック' },
  module_balance: { en: 'balance', ja: 'バランス' },
  module_alignment: { en: 'alignment', ja: '整合度' },
  module_time: { en: 'time', ja: '時期' },
  module_worker: { en: 'analysis worker', ja: '分析ワーカー' },
  /** An analysis notice: the analysis it comes from, then what happened. */
  noticeLine: { en: '{module}: {text}', ja: '{module}: {text}' },
  /** A view notice: an analysis failure, then what the view did instead. */
  viewNotice_time: { en: '{notice}; showing all dates', ja: '{notice}。全期間を表示しています' },
  viewNotice_focus: { en: '{notice}; focus not applied', ja: '{notice}。注目は適用されていません' },
  // analysis notices (src/graph/analysis-messages.ts): actors are named in the language asked for
  notice_unknownActor: {
    en: 'expected a known actor id, got "{actor}"',
    ja: 'ID「{actor}」のアクターはデータにありません',
  },
  notice_hiddenActor: {
    en: '{actor} is hidden by the current filters',
    ja: '{actor}は現在のフィルターで非表示です',
  },
  notice_foldedActor: {
    en: '{actor} is folded into {into}; turn person folding off to score them alone',
    ja: '{actor}は{into}に含められています。単独で評価するには「人物を代表する国・組織に含める」をオフにしてください',
  },
  notice_sameActor: {
    en: 'choose two different actors',
    ja: '異なる2つのアクターを選んでください',
  },
  notice_sameActorNamed: {
    en: 'choose two different actors (both are {actor})',
    ja: '異なる2つのアクターを選んでください（どちらも{actor}です）',
  },
  notice_noPath: {
    en: 'no chain of visible relations links {from} and {to}',
    ja: '{from}と{to}を結ぶ表示中の関係の連鎖はありません',
  },
  notice_noRelations: {
    en: 'the current filters leave no relation to follow',
    ja: '現在のフィルターでは辿れる関係がありません',
  },
  notice_noActors: {
    en: 'the current filters leave no actor',
    ja: '現在のフィルターではアクターが残りません',
  },
  notice_noActorsToGroup: {
    en: 'the current filters leave no actor to group',
    ja: '現在のフィルターではまとめるアクターが残りません',
  },
  notice_noDatedRelations: {
    en: 'no visible relation has a start or end date',
    ja: '表示中の関係には開始日も終了日もありません',
  },
  /** {values}: the allowed values as alternatives ("1, 2 or 3" / 「1、2、3」). */
  notice_invalidOption_oneOf: {
    en: 'expected {option} to be {values}, got {got}',
    ja: '{option} は{values}のいずれかでなければなりません（指定値: {got}）',
  },
  notice_invalidOption_positiveInteger: {
    en: 'expected {option} to be a positive integer, got {got}',
    ja: '{option} は正の整数でなければなりません（指定値: {got}）',
  },
  notice_invalidOption_wholeNumber: {
    en: 'expected {option} to be a whole number >= 0, got {got}',
    ja: '{option} は0以上の整数でなければなりません（指定値: {got}）',
  },
  notice_invalidOption_unitInterval: {
    en: 'expected {option} within [0, 1], got {got}',
    ja: '{option} は0〜1の数でなければなりません（指定値: {got}）',
  },
  notice_invalidOption_positiveNumber: {
    en: 'expected {option} to be a positive number, got {got}',
    ja: '{option} は正の数でなければなりません（指定値: {got}）',
  },
  notice_invalidOption_number: {
    en: 'expected {option} to be a number, got {got}',
    ja: '{option} は数値でなければなりません（指定値: {got}）',
  },
  notice_invalidDate: {
    en: 'expected a partial ISO date like 2025, 2025-05 or 2025-05-08, got "{value}"',
    ja: '日付は 2025、2025-05、2025-05-08 のような形式で指定してください（指定値:「{value}」）',
  },
  notice_reversedRange: {
    en: 'the range starts ({from}) after it ends ({to})',
    ja: '期間の開始（{from}）が終了（{to}）より後です',
  },
  /** {range}, {dataRange}: dateSpan / dateUpTo / dateOnward. */
  notice_outsideData: {
    en: "{range} lies outside the data's dates ({dataRange})",
    ja: '{range}はデータの期間（{dataRange}）の範囲外です',
  },
  notice_noGraph: {
    en: 'expected a load message with the graph before any analysis',
    ja: '分析の前にグラフが読み込まれていません',
  },
  /** {detail}: the text of an unexpected exception (not translated). */
  notice_internal: { en: '{detail}', ja: '予期しないエラー（{detail}）' },
  dateSpan: { en: '{from} – {to}', ja: '{from}〜{to}' },
  dateUpTo: { en: 'up to {to}', ja: '{to}まで' },
  dateOnward: { en: '{from} onward', ja: '{from}以降' },
  // URL and dataset warnings (src/view/warnings.ts); {key} is the URL parameter's name
  warn_unknownParam: {
    en: 'URL parameter "{key}": unknown parameter ignored',
    ja: 'URL パラメーター「{key}」は不明なパラメーターのため無視しました',
  },
  warn_repeatedParam: {
    en: 'URL parameter "{key}": given more than once; the first value is used',
    ja: 'URL パラメーター「{key}」が複数回指定されています。最初の値を使います',
  },
  /** {allowed}: the values as alternatives ("en or ja" / 「en、ja」). */
  warn_notAllowed: {
    en: 'URL parameter "{key}": expected {allowed}, got "{got}"',
    ja: 'URL パラメーター「{key}」には {allowed} のいずれかを指定してください（指定値:「{got}」）',
  },
  /** {allowed}: a long list of values (joinList). */
  warn_notAllowedOneOf: {
    en: 'URL parameter "{key}": expected one of {allowed}, got "{got}"',
    ja: 'URL パラメーター「{key}」には {allowed} のいずれかを指定してください（指定値:「{got}」）',
  },
  /** {facet}: warnFacet_*; {values}: quoted values; {examples}: joinList. */
  warn_malformedHidden: {
    en: 'URL parameter "{key}": malformed {facet} {values} ignored (expected 1 to 1000 characters, such as {examples})',
    ja: 'URL パラメーター「{key}」: {facet}の値{values}は形式が正しくないため無視しました（1〜1000 文字で指定します。例: {examples}）',
  },
  warn_unknownHidden: {
    en: 'URL parameter "{key}": unknown {facet} {values} ignored (expected any of {expected})',
    ja: 'URL パラメーター「{key}」: 不明な{facet}{values}を無視しました（指定できる値: {expected}）',
  },
  warn_invalidId: {
    en: 'URL parameter "{key}": "{value}" is not a valid id (expected 1 to 1000 characters)',
    ja: 'URL パラメーター「{key}」:「{value}」は正しい ID ではありません（1〜1000 文字で指定します）',
  },
  warn_twoSelections: {
    en: 'URL parameter "{key}": only one of node/edge may be selected; "{value}" ignored',
    ja: 'URL パラメーター「{key}」: node と edge はどちらか一方しか選択できません。「{value}」は無視しました',
  },
  warn_idCount: {
    en: {
      one: 'URL parameter "{key}": expected {count} actor id, got "{value}"',
      other: 'URL parameter "{key}": expected {count} actor ids separated by commas, got "{value}"',
    },
    ja: {
      other:
        'URL パラメーター「{key}」にはカンマ区切りで {count} つのアクター ID を指定してください（指定値:「{value}」）',
    },
  },
  warn_sameIds: {
    en: {
      one: 'URL parameter "{key}": expected {count} actor, got "{value}"',
      other: 'URL parameter "{key}": expected {count} different actors, got "{value}"',
    },
    ja: {
      other:
        'URL パラメーター「{key}」には異なる {count} つのアクターを指定してください（指定値:「{value}」）',
    },
  },
  warn_invalidDate: {
    en: 'URL parameter "{key}": expected a date like 2025, 2025-05 or 2025-05-08, got "{value}"',
    ja: 'URL パラメーター「{key}」の日付は 2025、2025-05、2025-05-08 のような形式で指定してください（指定値:「{value}」）',
  },
  warn_invalidCamera: {
    en: 'URL parameter "cam": expected x,y,ratio[,angle] numbers with ratio > 0, got "{value}"',
    ja: 'URL パラメーター「cam」には x,y,ratio[,angle] の数値（ratio > 0）を指定してください（指定値:「{value}」）',
  },
  warn_unknownFocusRelation: {
    en: 'URL parameter "focus-rel": unknown relation type {values} ignored (expected any of {expected})',
    ja: 'URL パラメーター「focus-rel」: 不明な関係の種類{values}を無視しました（指定できる値: {expected}）',
  },
  warn_atAndRange: {
    en: 'URL parameter "at": a single date and a from/to range exclude each other; "at" is used',
    ja: 'URL パラメーター「at」: 単一の日付と from/to の期間は同時に指定できません。「at」を使います',
  },
  warn_reversedRange: {
    en: 'URL parameter "from"/"to": the range starts ({from}) after it ends ({to}); time range ignored',
    ja: 'URL パラメーター「from」/「to」: 期間の開始（{from}）が終了（{to}）より後のため、期間の指定を無視しました',
  },
  warn_missingNode: {
    en: 'URL parameter "node": no actor "{id}" in the data; selection ignored',
    ja: 'URL パラメーター「node」: ID「{id}」のアクターはデータにないため、選択しませんでした',
  },
  warn_missingEdge: {
    en: 'URL parameter "edge": no relation "{id}" in the data; selection ignored',
    ja: 'URL パラメーター「edge」: ID「{id}」の関係はデータにないため、選択しませんでした',
  },
  warn_missingActor: {
    en: 'URL parameter "{key}": no actor "{id}" in the data; ignored',
    ja: 'URL パラメーター「{key}」: ID「{id}」のアクターはデータにないため、無視しました',
  },
  warn_nodeGone: {
    en: 'The selected actor "{id}" is not in the new data; selection cleared',
    ja: '選択中のアクター「{id}」は新しいデータにないため、選択を解除しました',
  },
  warn_edgeGone: {
    en: 'The selected relation "{id}" is not in the new data; selection cleared',
    ja: '選択中の関係「{id}」は新しいデータにないため、選択を解除しました',
  },
  /** {value}: the filter value's name in the language. */
  warn_filterReset: {
    en: 'The {facet} filter "{value}" does not apply to the new data and was reset',
    ja: '{facet}のフィルター「{value}」は新しいデータに当てはまらないため、解除しました',
  },
  warnFacet_relations: { en: 'relation type', ja: '関係の種類' },
  warnFacet_kinds: { en: 'actor kind', ja: 'アクターの種類' },
  warnFacet_statuses: { en: 'status', ja: '状態' },
  warnFacet_certainties: { en: 'certainty', ja: '確度' },
  /** A value quoted in a message; quotedMore adds one to a list of quoted values. */
  quoted: { en: '"{text}"', ja: '「{text}」' },
  quotedMore: { en: '{items}, "{text}"', ja: '{items}「{text}」' },
  /** The last two of a list of alternatives: "a, b or c" / 「a、b、c」. */
  listOr: { en: '{items} or {last}', ja: '{items}、{last}' },
  // curation mode (src/ui/curate, through ct())
  curate_curate: { en: 'Curate', ja: '編集' },
  curate_curateTitle: {
    en: 'Curation: add what an article says, with every quote checked',
    ja: '編集：記事の内容を引用を検証しながら追加',
  },
  curate_close: { en: 'Close', ja: '閉じる' },
  curate_assistant: { en: 'Article', ja: '記事' },
  curate_edit: { en: 'Edit selection', ja: '選択を編集' },
  curate_pending: { en: 'Pending', ja: '保留中の変更' },
  curate_review: { en: 'Added since', ja: '追加日で確認' },
  curate_importedData: {
    en: 'Curation edits the bundled dataset; go back to the default dataset to use it.',
    ja: '編集できるのは同梱データのみです。既定のデータセットに戻してください。',
  },
  curate_loading: { en: 'Loading graph-data/…', ja: 'graph-data/ を読み込み中…' },
  curate_author: { en: 'Your name (for “added by”)', ja: '追加者名' },
  curate_title: { en: 'Title', ja: 'タイトル' },
  curate_publisher: { en: 'Publisher', ja: '発行元' },
  curate_date: { en: 'Date', ja: '日付' },
  curate_language: { en: 'Language', ja: '言語' },
  curate_url: { en: 'URL (optional)', ja: 'URL（任意）' },
  curate_sourceId: { en: 'Source id', ja: 'ソースID' },
  curate_text: { en: 'Article text (pasted)', ja: '記事本文（貼り付け）' },
  curate_findCandidates: { en: 'Add source and find candidates', ja: 'ソースを追加して候補を抽出' },
  curate_candidates: { en: 'Candidates', ja: '候補' },
  curate_noCandidates: {
    en: 'No sentence names two known actors.',
    ja: '既知のアクターを2つ以上含む文はありません。',
  },
  curate_accept: { en: 'Accept', ja: '採用' },
  curate_reject: { en: 'Reject', ja: '却下' },
  curate_accepted: { en: 'accepted', ja: '採用済み' },
  curate_rejected: { en: 'rejected', ja: '却下済み' },
  curate_addsEvidence: { en: 'adds evidence to', ja: '既存の関係に根拠を追加：' },
  curate_asNew: { en: 'as a new relation', ja: '新しい関係として' },
  curate_chooseType: { en: '(choose a type)', ja: '（種類を選択）' },
  curate_quote: { en: 'Quote (verbatim)', ja: '引用（原文どおり）' },
  curate_type: { en: 'Type', ja: '種類' },
  curate_status: { en: 'Status', ja: '状態' },
  curate_certainty: { en: 'Certainty', ja: '確度' },
  curate_start: { en: 'Start', ja: '開始' },
  curate_end: { en: 'End', ja: '終了' },
  curate_note: { en: 'Note', ja: '注記' },
  curate_newActor: { en: 'New actor', ja: '新しいアクター' },
  curate_nameEn: { en: 'Name (English)', ja: '名前（英語）' },
  curate_nameJa: { en: 'Name (Japanese)', ja: '名前（日本語）' },
  curate_aliases: { en: 'Aliases (comma-separated)', ja: '別名（カンマ区切り）' },
  curate_kind: { en: 'Kind', ja: '種類' },
  curate_role: { en: 'Role', ja: '役職' },
  curate_add: { en: 'Add', ja: '追加' },
  curate_save: { en: 'Save', ja: '保存' },
  curate_delete: { en: 'Delete', ja: '削除' },
  curate_mergeInto: { en: 'Merge into', ja: '統合先' },
  curate_merge: { en: 'Merge', ja: '統合' },
  curate_selectSomething: {
    en: 'Select an actor or a relation in the graph or table to edit it.',
    ja: 'グラフまたは表でアクターか関係を選択すると編集できます。',
  },
  curate_undo: { en: 'Undo', ja: '元に戻す' },
  curate_redo: { en: 'Redo', ja: 'やり直す' },
  curate_noChanges: { en: 'No pending changes.', ja: '保留中の変更はありません。' },
  curate_exportZip: { en: 'Export changed files (zip)', ja: '変更ファイルを書き出し（zip）' },
  curate_writeBack: {
    en: 'Write to graph-data/ (dev server)',
    ja: 'graph-data/ に書き込む（開発サーバー）',
  },
  curate_discard: { en: 'Discard all', ja: 'すべて破棄' },
  curate_discardConfirm: { en: 'Really discard all changes', ja: '本当にすべて破棄する' },
  curate_keep: { en: 'Keep them', ja: '残す' },
  curate_files: { en: 'Changed files', ja: '変更されるファイル' },
  curate_since: { en: 'Relations added since', ja: 'この日以降に追加された関係' },
  curate_reviewOnly: {
    en: 'Show only these relations on the graph',
    ja: 'グラフにはこれらの関係のみ表示',
  },
  curate_noneSince: { en: 'None.', ja: 'ありません。' },
  curate_refused: { en: 'Not applied:', ja: '適用されませんでした：' },
  curate_evidence: { en: 'Evidence', ja: '根拠' },
  curate_source: { en: 'Source', ja: 'ソース' },
  // export dialog: PDF and text as outlines (pictures helper)
  outlineText: { en: 'Text as outlines', ja: '文字をアウトライン化' },
  outlineTextHint: {
    en: 'Letters drawn as shapes from Noto Sans JP: the SVG looks the same in any program, even without Japanese fonts; the words stay in the file for search and screen readers',
    ja: '文字を Noto Sans JP の図形として描きます。日本語フォントのない環境や他のソフトでも同じ見た目になり、文字列は検索・読み上げ用にファイル内に残ります',
  },
  exportFontFailed: {
    en: 'The font Noto Sans JP could not be loaded, so no {format} was made ({detail}). Check the connection and try again, or choose PNG.',
    ja: 'フォント Noto Sans JP を読み込めなかったため、{format} を作成できませんでした（{detail}）。接続を確認して再試行するか、PNG を選んでください。',
  },
  exportModuleFailed: {
    en: 'The {format} exporter could not be loaded ({detail}). Reload the page and try again.',
    ja: '{format} の書き出し機能を読み込めませんでした（{detail}）。ページを再読み込みして再試行してください。',
  },
} as const satisfies Catalog;

// UI strings of the curation mode in English and Japanese.
import type { Language } from '../../render/style';

const STRINGS = {
  curate: { en: 'Curate', ja: '編集' },
  curateTitle: {
    en: 'Curation: add what an article says, with every quote checked',
    ja: '編集：記事の内容を引用を検証しながら追加',
  },
  close: { en: 'Close', ja: '閉じる' },
  assistant: { en: 'Article', ja: '記事' },
  edit: { en: 'Edit selection', ja: '選択を編集' },
  pending: { en: 'Pending', ja: '保留中の変更' },
  review: { en: 'Added since', ja: '追加日で確認' },
  importedData: {
    en: 'Curation edits the bundled dataset; go back to the default dataset to use it.',
    ja: '編集できるのは同梱データのみです。既定のデータセットに戻してください。',
  },
  loading: { en: 'Loading graph-data/…', ja: 'graph-data/ を読み込み中…' },
  author: { en: 'Your name (for “added by”)', ja: '追加者名' },
  title: { en: 'Title', ja: 'タイトル' },
  publisher: { en: 'Publisher', ja: '発行元' },
  date: { en: 'Date', ja: '日付' },
  language: { en: 'Language', ja: '言語' },
  url: { en: 'URL (optional)', ja: 'URL（任意）' },
  sourceId: { en: 'Source id', ja: 'ソースID' },
  text: { en: 'Article text (pasted)', ja: '記事本文（貼り付け）' },
  findCandidates: { en: 'Add source and find candidates', ja: 'ソースを追加して候補を抽出' },
  candidates: { en: 'Candidates', ja: '候補' },
  noCandidates: {
    en: 'No sentence names two known actors.',
    ja: '既知のアクターを2つ以上含む文はありません。',
  },
  accept: { en: 'Accept', ja: '採用' },
  reject: { en: 'Reject', ja: '却下' },
  accepted: { en: 'accepted', ja: '採用済み' },
  rejected: { en: 'rejected', ja: '却下済み' },
  addsEvidence: { en: 'adds evidence to', ja: '既存の関係に根拠を追加：' },
  asNew: { en: 'as a new relation', ja: '新しい関係として' },
  chooseType: { en: '(choose a type)', ja: '（種類を選択）' },
  quote: { en: 'Quote (verbatim)', ja: '引用（原文どおり）' },
  type: { en: 'Type', ja: '種類' },
  status: { en: 'Status', ja: '状態' },
  certainty: { en: 'Certainty', ja: '確度' },
  start: { en: 'Start', ja: '開始' },
  end: { en: 'End', ja: '終了' },
  note: { en: 'Note', ja: '注記' },
  newActor: { en: 'New actor', ja: '新しいアクター' },
  nameEn: { en: 'Name (English)', ja: '名前（英語）' },
  nameJa: { en: 'Name (Japanese)', ja: '名前（日本語）' },
  aliases: { en: 'Aliases (comma-separated)', ja: '別名（カンマ区切り）' },
  kind: { en: 'Kind', ja: '種類' },
  role: { en: 'Role', ja: '役職' },
  add: { en: 'Add', ja: '追加' },
  save: { en: 'Save', ja: '保存' },
  delete: { en: 'Delete', ja: '削除' },
  mergeInto: { en: 'Merge into', ja: '統合先' },
  merge: { en: 'Merge', ja: '統合' },
  selectSomething: {
    en: 'Select an actor or a relation in the graph or table to edit it.',
    ja: 'グラフまたは表でアクターか関係を選択すると編集できます。',
  },
  undo: { en: 'Undo', ja: '元に戻す' },
  redo: { en: 'Redo', ja: 'やり直す' },
  noChanges: { en: 'No pending changes.', ja: '保留中の変更はありません。' },
  exportZip: { en: 'Export changed files (zip)', ja: '変更ファイルを書き出し（zip）' },
  writeBack: {
    en: 'Write to graph-data/ (dev server)',
    ja: 'graph-data/ に書き込む（開発サーバー）',
  },
  discard: { en: 'Discard all', ja: 'すべて破棄' },
  files: { en: 'Changed files', ja: '変更されるファイル' },
  since: { en: 'Relations added since', ja: 'この日以降に追加された関係' },
  reviewOnly: {
    en: 'Show only these relations on the graph',
    ja: 'グラフにはこれらの関係のみ表示',
  },
  noneSince: { en: 'None.', ja: 'ありません。' },
  refused: { en: 'Not applied:', ja: '適用されませんでした：' },
  evidence: { en: 'Evidence', ja: '根拠' },
  source: { en: 'Source', ja: 'ソース' },
} as const;

export type CurateKey = keyof typeof STRINGS;

export function ct(language: Language, key: CurateKey): string {
  return STRINGS[key][language];
}

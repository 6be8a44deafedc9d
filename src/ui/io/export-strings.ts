// UI strings of the export dialog's font embedding (English and Japanese), kept apart from i18n.ts.
import type { Language } from '../../render/style';

const STRINGS = {
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
  cropRings: {
    en: 'the focus in the middle, its neighbours on rings',
    ja: '中心の主体を真ん中に、周囲を同心円に',
  },
  neighbourTies: {
    en: 'Also the ties among the neighbours (and their memberships)',
    ja: '周囲の主体どうしの関係（加盟を含む）も描く',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ExportStringKey = keyof typeof STRINGS;

export function exportText(language: Language, key: ExportStringKey): string {
  return STRINGS[key][language];
}

/** "+ ≈ 640 KB" / "約 640 KB 増": what the embedded font adds to the file. */
export function addedSizeText(language: Language, size: string): string {
  return language === 'ja' ? `約 ${size} 増` : `+ ≈ ${size}`;
}

// The Appearance panel's words in English and Japanese: common ones, and those of the actors'
// (node) and the relations' (edge) sections.
import type { Language } from '../../model/language';
import type { AttributeTarget } from '../../graph/filters';

interface CommonText {
  appearance: string;
  colour: string;
  fileColours: string;
  filterBy: string;
  noFilter: string;
  from: string;
  to: string;
}

interface SectionText {
  heading: string;
  size: string;
  appColours: string;
  appSizes: string;
  fileSizes: string;
}

export const APPEARANCE_TEXT: Record<Language, CommonText & Record<AttributeTarget, SectionText>> =
  {
    en: {
      appearance: 'Appearance',
      colour: 'Colour',
      fileColours: "The file's colours",
      filterBy: 'Filter by',
      noFilter: 'No attribute filter',
      from: 'from',
      to: 'to',
      node: {
        heading: 'Actors',
        size: 'Size',
        appColours: 'Actor kind',
        appSizes: 'Size metric (toolbar)',
        fileSizes: "The file's sizes",
      },
      edge: {
        heading: 'Relations',
        size: 'Width',
        appColours: 'Relation type (toolbar)',
        appSizes: 'Usual widths',
        fileSizes: "The file's widths (weight)",
      },
    },
    ja: {
      appearance: '外観',
      colour: '色',
      fileColours: 'ファイルの色',
      filterBy: '属性で絞り込み',
      noFilter: '属性フィルターなし',
      from: '最小',
      to: '最大',
      node: {
        heading: 'アクター',
        size: '大きさ',
        appColours: 'アクターの種類',
        appSizes: 'サイズ指標（ツールバー）',
        fileSizes: 'ファイルの大きさ',
      },
      edge: {
        heading: '関係',
        size: '太さ',
        appColours: '関係の種類（ツールバー）',
        appSizes: '通常の太さ',
        fileSizes: 'ファイルの太さ（重み）',
      },
    },
  };

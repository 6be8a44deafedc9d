// The Appearance panel's words in English and Japanese.
import type { Language } from '../../render/style';

export const APPEARANCE_TEXT: Record<
  Language,
  {
    appearance: string;
    colour: string;
    size: string;
    kindColours: string;
    fileColours: string;
    metricSizes: string;
    fileSizes: string;
    filterBy: string;
    noFilter: string;
    from: string;
    to: string;
  }
> = {
  en: {
    appearance: 'Appearance',
    colour: 'Colour',
    size: 'Size',
    kindColours: 'Actor kind',
    fileColours: "The file's colours",
    metricSizes: 'Size metric (toolbar)',
    fileSizes: "The file's sizes",
    filterBy: 'Filter by',
    noFilter: 'No attribute filter',
    from: 'from',
    to: 'to',
  },
  ja: {
    appearance: '外観',
    colour: '色',
    size: '大きさ',
    kindColours: 'アクターの種類',
    fileColours: 'ファイルの色',
    metricSizes: 'サイズ指標（ツールバー）',
    fileSizes: 'ファイルの大きさ',
    filterBy: '属性で絞り込み',
    noFilter: '属性フィルターなし',
    from: '最小',
    to: '最大',
  },
};

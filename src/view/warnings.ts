// The warnings shown in the page (bad URL parameters, ids the data lacks, filters reset by a new
// dataset) as data: a code with its parameters, rendered in English or Japanese by renderWarning.
// Both languages live here, next to each other, because the English text is also what Node users
// read (the export CLI prints parseUrlState's and checkExcluded's warnings); the page renders the
// code in its current language (src/ui/Warnings.svelte via src/ui/messages.ts).
import { CERTAINTY_INFO, KIND_INFO, STATUS_INFO } from '../model/vocabulary';
import { nameOf, type Language } from '../model/language';
import { relationLabel } from '../render/style';

/** A filter facet (the keys of ViewState['exclude'] and of FilterState). */
export type WarningFacet = 'relations' | 'kinds' | 'statuses' | 'certainties';

/** Parameters of each warning code. `key` is the URL parameter's name. */
export interface WarningParams {
  'unknown-param': { key: string };
  'repeated-param': { key: string };
  /** `oneOf`: English says "one of a, b, c" (else "a, b or c"). */
  'not-allowed': { key: string; allowed: readonly string[]; got: string; oneOf: boolean };
  'malformed-hidden': { key: string; facet: WarningFacet; bad: string[]; examples: string[] };
  'unknown-hidden': { key: string; facet: WarningFacet; bad: string[]; expected: string[] };
  'invalid-id': { key: string; value: string };
  'two-selections': { key: string; value: string };
  'id-count': { key: string; count: number; value: string };
  'same-ids': { key: string; count: number; value: string };
  'invalid-date': { key: string; value: string };
  'invalid-camera': { value: string };
  'unknown-focus-relation': { bad: string[]; expected: readonly string[] };
  'at-and-range': Record<string, never>;
  'reversed-range': { from: string; to: string };
  /** A URL's node= / edge= id that the data lacks. */
  'missing-selection': { kind: 'node' | 'edge'; id: string };
  /** A URL's align= actor that the data lacks. */
  'missing-actor': { key: 'align'; id: string };
  /** The selection when another dataset is shown, which that dataset lacks. */
  'selection-gone': { kind: 'node' | 'edge'; id: string };
  /** A hidden filter value the new dataset does not have. */
  'filter-reset': { facet: WarningFacet; value: string };
}

export type WarningCode = keyof WarningParams;

/** One warning: plain data (it goes through $state and is compared by its JSON). */
export type AppWarning = {
  [C in WarningCode]: { code: C; params: WarningParams[C] };
}[WarningCode];

/** Builds a warning with its code's parameters checked. */
export function warning<C extends WarningCode>(code: C, params: WarningParams[C]): AppWarning {
  return { code, params } as AppWarning;
}

const FACET: Record<WarningFacet, Record<Language, string>> = {
  relations: { en: 'relation type', ja: '関係の種類' },
  kinds: { en: 'actor kind', ja: 'アクターの種類' },
  statuses: { en: 'status', ja: '状態' },
  certainties: { en: 'certainty', ja: '確度' },
};

const THING: Record<'node' | 'edge', Record<Language, string>> = {
  node: { en: 'actor', ja: 'アクター' },
  edge: { en: 'relation', ja: '関係' },
};

/** A filter value by its name in `language` (an imported value by itself). */
function valueName(facet: WarningFacet, value: string, language: Language): string {
  if (facet === 'relations') return relationLabel(value, language);
  const table = facet === 'kinds' ? KIND_INFO : facet === 'statuses' ? STATUS_INFO : CERTAINTY_INFO;
  return nameOf(table, value, language);
}

/** A value cut to 60 characters for a message. */
const short = (v: string) => (v.length > 60 ? `${v.slice(0, 60)}…` : v);
const quoted = (values: readonly string[]) => values.map((v) => `"${short(v)}"`).join(', ');
const bracketed = (values: readonly string[]) => values.map((v) => `「${v}」`).join('');
const orList = (values: readonly string[]) =>
  values.length < 2
    ? (values[0] ?? '')
    : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
const P_EN = (key: string) => `URL parameter "${key}"`;
const P_JA = (key: string) => `URL パラメーター「${key}」`;

type Template<C extends WarningCode> = Record<Language, (p: WarningParams[C]) => string>;

const TEMPLATES: { [C in WarningCode]: Template<C> } = {
  'unknown-param': {
    en: (p) => `${P_EN(p.key)}: unknown parameter ignored`,
    ja: (p) => `${P_JA(p.key)}は不明なパラメーターのため無視しました`,
  },
  'repeated-param': {
    en: (p) => `${P_EN(p.key)}: given more than once; the first value is used`,
    ja: (p) => `${P_JA(p.key)}が複数回指定されています。最初の値を使います`,
  },
  'not-allowed': {
    en: (p) =>
      `${P_EN(p.key)}: expected ${p.oneOf ? `one of ${p.allowed.join(', ')}` : orList(p.allowed)}, got "${p.got}"`,
    ja: (p) =>
      `${P_JA(p.key)}には ${p.allowed.join('・')} のいずれかを指定してください（指定値:「${p.got}」）`,
  },
  'malformed-hidden': {
    en: (p) =>
      `${P_EN(p.key)}: malformed ${FACET[p.facet].en} ${quoted(p.bad)} ignored (expected 1 to 1000 characters, such as ${p.examples.join(', ')})`,
    ja: (p) =>
      `${P_JA(p.key)}: ${FACET[p.facet].ja}の値${bracketed(p.bad)}は形式が正しくないため無視しました（1〜1000 文字で指定します。例: ${p.examples.join(', ')}）`,
  },
  'unknown-hidden': {
    en: (p) =>
      `${P_EN(p.key)}: unknown ${FACET[p.facet].en} ${quoted(p.bad)} ignored (expected any of ${p.expected.join(', ')})`,
    ja: (p) =>
      `${P_JA(p.key)}: 不明な${FACET[p.facet].ja}${bracketed(p.bad)}を無視しました（指定できる値: ${p.expected.join(', ')}）`,
  },
  'invalid-id': {
    en: (p) =>
      `${P_EN(p.key)}: "${short(p.value)}" is not a valid id (expected 1 to 1000 characters)`,
    ja: (p) =>
      `${P_JA(p.key)}:「${short(p.value)}」は正しい ID ではありません（1〜1000 文字で指定します）`,
  },
  'two-selections': {
    en: (p) => `${P_EN(p.key)}: only one of node/edge may be selected; "${p.value}" ignored`,
    ja: (p) =>
      `${P_JA(p.key)}: node と edge はどちらか一方しか選択できません。「${p.value}」は無視しました`,
  },
  'id-count': {
    en: (p) =>
      `${P_EN(p.key)}: expected ${p.count} actor ids separated by commas, got "${p.value}"`,
    ja: (p) =>
      `${P_JA(p.key)}にはカンマ区切りで ${p.count} つのアクター ID を指定してください（指定値:「${p.value}」）`,
  },
  'same-ids': {
    en: (p) => `${P_EN(p.key)}: expected ${p.count} different actors, got "${p.value}"`,
    ja: (p) =>
      `${P_JA(p.key)}には異なる ${p.count} つのアクターを指定してください（指定値:「${p.value}」）`,
  },
  'invalid-date': {
    en: (p) => `${P_EN(p.key)}: expected a date like 2025, 2025-05 or 2025-05-08, got "${p.value}"`,
    ja: (p) =>
      `${P_JA(p.key)}の日付は 2025、2025-05、2025-05-08 のような形式で指定してください（指定値:「${p.value}」）`,
  },
  'invalid-camera': {
    en: (p) =>
      `${P_EN('cam')}: expected x,y,ratio[,angle] numbers with ratio > 0, got "${p.value}"`,
    ja: (p) =>
      `${P_JA('cam')}には x,y,ratio[,angle] の数値（ratio > 0）を指定してください（指定値:「${p.value}」）`,
  },
  'unknown-focus-relation': {
    en: (p) =>
      `${P_EN('focus-rel')}: unknown relation type ${quoted(p.bad) || '""'} ignored (expected any of ${p.expected.join(', ')})`,
    ja: (p) =>
      `${P_JA('focus-rel')}: 不明な関係の種類${bracketed(p.bad) || '「」'}を無視しました（指定できる値: ${p.expected.join(', ')}）`,
  },
  'at-and-range': {
    en: () => `${P_EN('at')}: a single date and a from/to range exclude each other; "at" is used`,
    ja: () => `${P_JA('at')}: 単一の日付と from/to の期間は同時に指定できません。「at」を使います`,
  },
  'reversed-range': {
    en: (p) =>
      `URL parameter "from"/"to": the range starts (${p.from}) after it ends (${p.to}); time range ignored`,
    ja: (p) =>
      `URL パラメーター「from」/「to」: 期間の開始（${p.from}）が終了（${p.to}）より後のため、期間の指定を無視しました`,
  },
  'missing-selection': {
    en: (p) => `${P_EN(p.kind)}: no ${THING[p.kind].en} "${p.id}" in the data; selection ignored`,
    ja: (p) =>
      `${P_JA(p.kind)}: ID「${p.id}」の${THING[p.kind].ja}はデータにないため、選択しませんでした`,
  },
  'missing-actor': {
    en: (p) => `${P_EN(p.key)}: no actor "${short(p.id)}" in the data; ignored`,
    ja: (p) => `${P_JA(p.key)}: ID「${short(p.id)}」のアクターはデータにないため、無視しました`,
  },
  'selection-gone': {
    en: (p) =>
      `The selected ${THING[p.kind].en} "${p.id}" is not in the new data; selection cleared`,
    ja: (p) => `選択中の${THING[p.kind].ja}「${p.id}」は新しいデータにないため、選択を解除しました`,
  },
  'filter-reset': {
    en: (p) =>
      `The ${FACET[p.facet].en} filter "${valueName(p.facet, p.value, 'en')}" does not apply to the new data and was reset`,
    ja: (p) =>
      `${FACET[p.facet].ja}のフィルター「${valueName(p.facet, p.value, 'ja')}」は新しいデータに当てはまらないため、解除しました`,
  },
};

/** A warning as one sentence in `language`. */
export function renderWarning(warning: AppWarning, language: Language): string {
  // The union of templates is called with its own code's params (TEMPLATES is keyed by code).
  const template = TEMPLATES[warning.code][language] as (p: unknown) => string;
  return template(warning.params);
}

/** The English text of a warning (what Node users read). */
export function englishWarning(warning: AppWarning): string {
  return renderWarning(warning, 'en');
}

/** Equal warnings have equal keys (shown once). */
export function warningKey(warning: AppWarning): string {
  return JSON.stringify(warning);
}

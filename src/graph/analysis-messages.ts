// Messages of the analyses (ego, paths, blocs, balance, alignment, time, the analysis worker) and
// of the view computation (visible.ts) as data: a code with its parameters (actor ids, dates,
// numbers), rendered in English or Japanese by renderNotice / renderViewNotice. Actor parameters
// are ids, named at rendering time by their label in the language asked for. Both languages live
// here, next to each other, because the English text is also what the analyses put in their
// `message` for Node (the CLI export and the tests print it); the app renders the code in its
// current language (src/ui/messages.ts).
import type { AbstractGraph } from 'graphology-types';
import type { Language } from '../model/language';
import { t } from '../i18n/catalog';

/** The analysis a message comes from (the English text starts with it, as "paths: …"). */
export type AnalysisModule =
  'ego' | 'paths' | 'blocs' | 'balance' | 'alignment' | 'time' | 'worker';

/** What an option must be, for 'invalid-option'. */
export type OptionRule =
  | { kind: 'one-of'; values: readonly string[] }
  | { kind: 'positive-integer' }
  | { kind: 'whole-number' }
  | { kind: 'unit-interval' }
  | { kind: 'positive-number' }
  | { kind: 'number' };

/** Parameters of each message code. Actor parameters (actor, into, from/to of no-path) are ids. */
export interface NoticeParams {
  'unknown-actor': { actor: string };
  'hidden-actor': { actor: string };
  'folded-actor': { actor: string; into: string };
  /** `actor`: the one actor chosen twice, when the analysis names it. */
  'same-actor': { actor?: string };
  'no-path': { from: string; to: string };
  'no-relations': Record<string, never>;
  'no-actors': Record<string, never>;
  'no-actors-to-group': Record<string, never>;
  'no-dated-relations': Record<string, never>;
  'invalid-option': { option: string; rule: OptionRule; got: string };
  'invalid-date': { value: string };
  'reversed-range': { from: string; to: string };
  /** A null end is open ("up to 1990", "2030 onward"). */
  'outside-data': { from: string | null; to: string | null; min: string; max: string };
  'no-graph': Record<string, never>;
  /** `detail`: the text of an unexpected exception (not translated). */
  internal: { detail: string };
}

export type NoticeCode = keyof NoticeParams;

/** One message of an analysis: structured-clone safe (it crosses the worker boundary). */
export type Notice = {
  [C in NoticeCode]: { module: AnalysisModule; code: C; params: NoticeParams[C] };
}[NoticeCode];

/** What a step of the view computation did when its analysis failed. */
export type ViewStep = 'time' | 'focus';

/** A message of visibleView: why the time range or the focus was not applied. */
export interface ViewNotice {
  step: ViewStep;
  cause: Notice;
}

/** Names an actor id in a message. */
export type ActorNamer = (id: string) => string;

/** The actor's label in `language` (the other language's, or the id, when empty); `"id"` when absent. */
export function actorLabel(graph: AbstractGraph, id: string, language: Language): string {
  if (!graph.hasNode(id)) return `"${id}"`;
  const label = text(graph.getNodeAttribute(id, 'label'));
  const labelJa = text(graph.getNodeAttribute(id, 'labelJa'));
  return (language === 'ja' ? labelJa || label : label || labelJa) || id;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Namer of a graph's actors in a language; without a graph, ids in quotes. */
export function namerOf(graph: AbstractGraph | null | undefined, language: Language): ActorNamer {
  return graph ? (id) => actorLabel(graph, id, language) : (id) => `"${id}"`;
}

type Template<C extends NoticeCode> = Record<
  Language,
  (p: NoticeParams[C], name: ActorNamer) => string
>;

function orList(values: readonly string[]): string {
  return values.length < 2
    ? (values[0] ?? '')
    : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

const RULE_EN = (rule: OptionRule): string => {
  switch (rule.kind) {
    case 'one-of':
      return `to be ${orList(rule.values)}`;
    case 'positive-integer':
      return 'to be a positive integer';
    case 'whole-number':
      return 'to be a whole number >= 0';
    case 'unit-interval':
      return 'within [0, 1]';
    case 'positive-number':
      return 'to be a positive number';
    case 'number':
      return 'to be a number';
  }
};

const RULE_JA = (rule: OptionRule): string => {
  switch (rule.kind) {
    case 'one-of':
      return `${rule.values.join('・')}のいずれか`;
    case 'positive-integer':
      return '正の整数';
    case 'whole-number':
      return '0以上の整数';
    case 'unit-interval':
      return '0〜1の数';
    case 'positive-number':
      return '正の数';
    case 'number':
      return '数値';
  }
};

function rangeEn(from: string | null, to: string | null): string {
  if (from === to) return from ?? '';
  if (from === null) return `up to ${to}`;
  if (to === null) return `${from} onward`;
  return `${from} – ${to}`;
}

function rangeJa(from: string | null, to: string | null): string {
  if (from === to) return from ?? '';
  if (from === null) return `${to}まで`;
  if (to === null) return `${from}以降`;
  return `${from}〜${to}`;
}

/** The text of each code after the module name, in both languages. */
const TEMPLATES: { [C in NoticeCode]: Template<C> } = {
  'unknown-actor': {
    en: (p) => `expected a known actor id, got "${p.actor}"`,
    ja: (p) => `ID「${p.actor}」のアクターはデータにありません`,
  },
  'hidden-actor': {
    en: (p, name) => `${name(p.actor)} is hidden by the current filters`,
    ja: (p, name) => `${name(p.actor)}は現在のフィルターで非表示です`,
  },
  'folded-actor': {
    en: (p, name) =>
      `${name(p.actor)} is folded into ${name(p.into)}; turn person folding off to score them alone`,
    ja: (p, name) =>
      `${name(p.actor)}は${name(p.into)}に含められています。単独で評価するには「人物を代表する国・組織に含める」をオフにしてください`,
  },
  'same-actor': {
    en: (p, name) =>
      `choose two different actors${p.actor === undefined ? '' : ` (both are ${name(p.actor)})`}`,
    ja: (p, name) =>
      `異なる2つのアクターを選んでください${p.actor === undefined ? '' : `（どちらも${name(p.actor)}です）`}`,
  },
  'no-path': {
    en: (p, name) => `no chain of visible relations links ${name(p.from)} and ${name(p.to)}`,
    ja: (p, name) => `${name(p.from)}と${name(p.to)}を結ぶ表示中の関係の連鎖はありません`,
  },
  'no-relations': {
    en: () => 'the current filters leave no relation to follow',
    ja: () => '現在のフィルターでは辿れる関係がありません',
  },
  'no-actors': {
    en: () => 'the current filters leave no actor',
    ja: () => '現在のフィルターではアクターが残りません',
  },
  'no-actors-to-group': {
    en: () => 'the current filters leave no actor to group',
    ja: () => '現在のフィルターではまとめるアクターが残りません',
  },
  'no-dated-relations': {
    en: () => 'no visible relation has a start or end date',
    ja: () => '表示中の関係には開始日も終了日もありません',
  },
  'invalid-option': {
    en: (p) => `expected ${p.option} ${RULE_EN(p.rule)}, got ${p.got}`,
    ja: (p) => `${p.option} は${RULE_JA(p.rule)}でなければなりません（指定値: ${p.got}）`,
  },
  'invalid-date': {
    en: (p) => `expected a partial ISO date like 2025, 2025-05 or 2025-05-08, got "${p.value}"`,
    ja: (p) =>
      `日付は 2025、2025-05、2025-05-08 のような形式で指定してください（指定値:「${p.value}」）`,
  },
  'reversed-range': {
    en: (p) => `the range starts (${p.from}) after it ends (${p.to})`,
    ja: (p) => `期間の開始（${p.from}）が終了（${p.to}）より後です`,
  },
  'outside-data': {
    en: (p) => `${rangeEn(p.from, p.to)} lies outside the data's dates (${p.min} – ${p.max})`,
    ja: (p) => `${rangeJa(p.from, p.to)}はデータの期間（${p.min}〜${p.max}）の範囲外です`,
  },
  'no-graph': {
    en: () => 'expected a load message with the graph before any analysis',
    ja: () => '分析の前にグラフが読み込まれていません',
  },
  internal: {
    en: (p) => p.detail,
    ja: (p) => `予期しないエラー（${p.detail}）`,
  },
};

/** A notice as one sentence in `language`, starting with the analysis it comes from. */
/** Every notice code (the keys of the template table), for tests that must cover them all. */
export const NOTICE_CODES = Object.keys(TEMPLATES) as NoticeCode[];

export function renderNotice(notice: Notice, language: Language, name: ActorNamer): string {
  // The union of templates is called with its own code's params (TEMPLATES is keyed by code).
  const template = TEMPLATES[notice.code][language] as (p: unknown, name: ActorNamer) => string;
  return `${t(language, `module_${notice.module}`)}: ${template(notice.params, name)}`;
}

/** A view notice: the failure and what the view did instead ("…; showing all dates"). */
export function renderViewNotice(notice: ViewNotice, language: Language, name: ActorNamer): string {
  return `${renderNotice(notice.cause, language, name)}${t(language, `step_${notice.step}`)}`;
}

/** The English text of a notice, actors named by their English labels in `graph`. */
export function englishText(notice: Notice, graph?: AbstractGraph | null): string {
  return renderNotice(notice, 'en', namerOf(graph, 'en'));
}

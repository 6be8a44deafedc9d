// Messages of the analyses (ego, paths, blocs, balance, alignment, time, the analysis worker) and
// of the view computation (visible.ts) as data: a code with its parameters (actor ids, dates,
// numbers), rendered in English or Japanese by renderNotice / renderViewNotice through the message
// catalog (src/i18n/messages.ts, keys notice_*). Actor parameters are ids, named at rendering time
// by their label in the language asked for. The English text is also what the analyses put in
// their `message` for Node (the CLI export and the tests print it); the app renders the code in
// its current language (src/ui/messages.ts).
import type { AbstractGraph } from 'graphology-types';
import type { Language } from '../model/language';
import { joinAlternatives, t } from '../i18n/catalog';

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

/** A date range in a message: "2025 – 2026", "up to 1950", "2030 onward" (null ends are open). */
function dateRange(l: Language, from: string | null, to: string | null): string {
  if (from === to) return from ?? '';
  if (from === null) return t(l, 'dateUpTo', { to: to! });
  if (to === null) return t(l, 'dateOnward', { from });
  return t(l, 'dateSpan', { from, to });
}

/** What an option must be, as its catalog message. */
function invalidOption(l: Language, p: NoticeParams['invalid-option']): string {
  const { option, got } = p;
  switch (p.rule.kind) {
    case 'one-of':
      return t(l, 'notice_invalidOption_oneOf', {
        option,
        values: joinAlternatives(l, p.rule.values),
        got,
      });
    case 'positive-integer':
      return t(l, 'notice_invalidOption_positiveInteger', { option, got });
    case 'whole-number':
      return t(l, 'notice_invalidOption_wholeNumber', { option, got });
    case 'unit-interval':
      return t(l, 'notice_invalidOption_unitInterval', { option, got });
    case 'positive-number':
      return t(l, 'notice_invalidOption_positiveNumber', { option, got });
    case 'number':
      return t(l, 'notice_invalidOption_number', { option, got });
  }
}

type Render<C extends NoticeCode> = (p: NoticeParams[C], l: Language, name: ActorNamer) => string;

/** Each code's catalog message (the text after the module name), actors named by `name`. */
const RENDER: { [C in NoticeCode]: Render<C> } = {
  'unknown-actor': (p, l) => t(l, 'notice_unknownActor', { actor: p.actor }),
  'hidden-actor': (p, l, name) => t(l, 'notice_hiddenActor', { actor: name(p.actor) }),
  'folded-actor': (p, l, name) =>
    t(l, 'notice_foldedActor', { actor: name(p.actor), into: name(p.into) }),
  'same-actor': (p, l, name) =>
    p.actor === undefined
      ? t(l, 'notice_sameActor')
      : t(l, 'notice_sameActorNamed', { actor: name(p.actor) }),
  'no-path': (p, l, name) => t(l, 'notice_noPath', { from: name(p.from), to: name(p.to) }),
  'no-relations': (_p, l) => t(l, 'notice_noRelations'),
  'no-actors': (_p, l) => t(l, 'notice_noActors'),
  'no-actors-to-group': (_p, l) => t(l, 'notice_noActorsToGroup'),
  'no-dated-relations': (_p, l) => t(l, 'notice_noDatedRelations'),
  'invalid-option': (p, l) => invalidOption(l, p),
  'invalid-date': (p, l) => t(l, 'notice_invalidDate', { value: p.value }),
  'reversed-range': (p, l) => t(l, 'notice_reversedRange', { from: p.from, to: p.to }),
  'outside-data': (p, l) =>
    t(l, 'notice_outsideData', {
      range: dateRange(l, p.from, p.to),
      dataRange: dateRange(l, p.min, p.max),
    }),
  'no-graph': (_p, l) => t(l, 'notice_noGraph'),
  internal: (p, l) => t(l, 'notice_internal', { detail: p.detail }),
};

/** Every notice code (the keys of the renderer table), for tests that must cover them all. */
export const NOTICE_CODES = Object.keys(RENDER) as NoticeCode[];

/** A notice as one sentence in `language`, starting with the analysis it comes from. */
export function renderNotice(notice: Notice, language: Language, name: ActorNamer): string {
  // The union of renderers is called with its own code's params (RENDER is keyed by code).
  const render = RENDER[notice.code] as (p: unknown, l: Language, name: ActorNamer) => string;
  return t(language, 'noticeLine', {
    module: t(language, `module_${notice.module}`),
    text: render(notice.params, language, name),
  });
}

/** A view notice: the failure and what the view did instead ("…; showing all dates"). */
export function renderViewNotice(notice: ViewNotice, language: Language, name: ActorNamer): string {
  return t(language, `viewNotice_${notice.step}`, {
    notice: renderNotice(notice.cause, language, name),
  });
}

/** The English text of a notice, actors named by their English labels in `graph`. */
export function englishText(notice: Notice, graph?: AbstractGraph | null): string {
  return renderNotice(notice, 'en', namerOf(graph, 'en'));
}

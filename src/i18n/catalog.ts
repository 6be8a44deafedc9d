// t(language, key, params): the text of a catalog message (src/i18n/messages.ts) in English or
// Japanese, with its parameters filled in, numbers formatted by Intl.NumberFormat and plural forms
// chosen by Intl.PluralRules. Used by the UI, the picture exports and the export CLI alike.
import type { Language } from '../model/language';
import { MESSAGES } from './messages';
import type { Entry, MismatchedKeys, ParamNames, Params } from './types';

export type Messages = typeof MESSAGES;
export type MessageKey = keyof Messages;

/** Compile-time check: a key named in an error here has different placeholders in en and ja. */
type NoMismatch<K extends never> = K;
export type PlaceholdersAgree = NoMismatch<MismatchedKeys<Messages>>;

/** The arguments after the key: none for a plain text, else its parameters. */
export type MessageArgs<K extends MessageKey> = [ParamNames<Messages[K]>] extends [never]
  ? []
  : [params: Params<Messages[K]>];

/** The BCP 47 locale of each interface language (number formats, plural rules, lang attributes). */
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', ja: 'ja-JP' };

const numberFormats = {
  en: new Intl.NumberFormat(LOCALES.en),
  ja: new Intl.NumberFormat(LOCALES.ja),
} satisfies Record<Language, Intl.NumberFormat>;
const pluralRules = {
  en: new Intl.PluralRules(LOCALES.en),
  ja: new Intl.PluralRules(LOCALES.ja),
} satisfies Record<Language, Intl.PluralRules>;

/** 1000 → "1,000" in either language. */
export function formatNumber(language: Language, n: number): string {
  return numberFormats[language].format(n);
}

/** The CLDR plural category of a count: 'one' or 'other' in English, always 'other' in Japanese. */
export function pluralCategory(language: Language, n: number): Intl.LDMLPluralRule {
  return pluralRules[language].select(n);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The keys of plain texts, which take no parameters (a variable may hold any of them). */
export type TextKey = {
  [K in MessageKey]: MessageArgs<K> extends [] ? K : never;
}[MessageKey];

export function t(language: Language, key: TextKey): string;
export function t<K extends MessageKey>(
  language: Language,
  key: K,
  ...args: MessageArgs<K>
): string;
export function t(
  language: Language,
  key: MessageKey,
  ...args: [params?: Readonly<Record<string, string | number>>]
): string {
  const entry = MESSAGES[key] as Entry | undefined;
  if (!entry) throw new Error(`i18n: expected a catalog key, got "${String(key)}"`);
  const params: Readonly<Record<string, string | number>> = args[0] ?? {};
  const forms = entry[language];
  let text: string;
  if (typeof forms === 'string') text = forms;
  else {
    const count = params.count;
    if (typeof count !== 'number')
      throw new Error(`i18n: "${String(key)}" expected a numeric count, got ${String(count)}`);
    const category = pluralCategory(language, count);
    text = (forms as Partial<Record<Intl.LDMLPluralRule, string>>)[category] ?? forms.other;
  }
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined)
      throw new Error(`i18n: "${String(key)}" expected a value for {${name}}, got none`);
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}

/** Joins list items the way the language does: "a, b, c" / 「a、b、c」. */
export function joinList(language: Language, items: readonly string[]): string {
  return items.join(t(language, 'listSeparator'));
}

/** Alternatives the way the language lists them: "a, b or c" / 「a、b、c」 (the sentence says "one of"). */
export function joinAlternatives(language: Language, items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return t(language, 'listOr', {
    items: joinList(language, items.slice(0, -1)),
    last: items[items.length - 1]!,
  });
}

/** Values quoted one by one: "a", "b" / 「a」「b」. */
export function quoteList(language: Language, items: readonly string[]): string {
  return items.reduce(
    (list, text, i) =>
      i === 0 ? t(language, 'quoted', { text }) : t(language, 'quotedMore', { items: list, text }),
    '',
  );
}

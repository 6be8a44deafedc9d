// The shape of the message catalog (src/i18n/messages.ts) and the types derived from it: every
// entry has an English and a Japanese text, both with the same {placeholders}; a plural entry has
// the CLDR categories each language uses (English one/other, Japanese other only).
import type { Language } from '../model/language';

/** English cardinal plural categories (Intl.PluralRules('en').select gives 'one' or 'other'). */
export interface EnglishPlural {
  readonly one: string;
  readonly other: string;
}

/** Japanese has no grammatical plural: Intl.PluralRules('ja').select always gives 'other'. */
export interface JapanesePlural {
  readonly other: string;
}

/** One message: plain texts, or plural forms chosen by the `count` parameter. */
export type Entry =
  | { readonly en: string; readonly ja: string }
  | { readonly en: EnglishPlural; readonly ja: JapanesePlural };

export type Catalog = Record<string, Entry>;

/** The texts of an entry's forms in one language. */
type Forms<F> = F extends string ? F : F extends object ? F[keyof F] : never;

/** `'a' | 'b'` for "x {a} y {b}". */
export type Placeholders<S> = S extends `${string}{${infer K}}${infer Rest}`
  ? K | Placeholders<Rest>
  : never;

/** The keys whose English and Japanese texts do not use the same placeholders (never = none). */
export type MismatchedKeys<C extends Catalog> = {
  [K in keyof C]: [Placeholders<Forms<C[K]['en']>>] extends [Placeholders<Forms<C[K]['ja']>>]
    ? [Placeholders<Forms<C[K]['ja']>>] extends [Placeholders<Forms<C[K]['en']>>]
      ? never
      : K
    : K;
}[keyof C];

/** The parameters a message takes: its placeholders, plus `count` for a plural entry. */
export type ParamNames<E extends Entry> =
  Placeholders<Forms<E['en']>> | (E['en'] extends string ? never : 'count');

/** Parameter values: numbers are formatted for the language (1,000), strings inserted as they are. */
export type Params<E extends Entry> = {
  readonly [P in ParamNames<E>]: P extends 'count' ? number : string | number;
};

/** A text in each language (for tables kept next to their data, e.g. vocabulary names). */
export type Bilingual = Readonly<Record<Language, string>>;

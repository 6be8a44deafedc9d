// The message catalog (src/i18n): every entry in both languages with the same placeholders, plural
// forms chosen by Intl.PluralRules and counts formatted by Intl.NumberFormat, the compile-time
// guarantees (missing language, wrong parameters), and no language-choosing text branch and no
// per-language text table left in src/ outside the catalog.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  formatNumber,
  joinAlternatives,
  joinList,
  quoteList,
  pluralCategory,
  t,
  type MessageKey,
  type TextKey,
} from '../../src/i18n/catalog';
import { MESSAGES } from '../../src/i18n/messages';
import type { Catalog, MismatchedKeys, Placeholders } from '../../src/i18n/types';
import type { Language } from '../../src/model/language';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const formsOf = (value: string | Record<string, string>) =>
  typeof value === 'string' ? [value] : Object.values(value);

describe('the catalog', () => {
  const entries = Object.entries(MESSAGES) as [string, Record<Language, unknown>][];

  it('has every key in English and Japanese, no text empty', () => {
    expect(entries.length).toBeGreaterThan(200);
    for (const [key, entry] of entries) {
      for (const language of ['en', 'ja'] as const) {
        const value = entry[language] as string | Record<string, string>;
        expect(value, `${key}.${language}`).toBeDefined();
        for (const text of formsOf(value)) expect(text.trim(), `${key}.${language}`).not.toBe('');
      }
    }
  });

  it('gives plural entries English one/other and Japanese other, with the same placeholders', () => {
    let plurals = 0;
    for (const [key, entry] of entries) {
      const en = entry.en as string | Record<string, string>;
      const ja = entry.ja as string | Record<string, string>;
      expect(typeof en, key).toBe(typeof ja);
      if (typeof en !== 'string') {
        plurals++;
        expect(Object.keys(en).sort(), key).toEqual(['one', 'other']);
        expect(Object.keys(ja as object), key).toEqual(['other']);
      }
      const expected = placeholders(formsOf(en)[0]!);
      for (const text of [...formsOf(en), ...formsOf(ja)])
        expect(placeholders(text), `${key}: ${text}`).toEqual(expected);
    }
    expect(plurals).toBeGreaterThan(10);
  });

  it('reads the categories from Intl.PluralRules: en one/other, ja always other', () => {
    expect([0, 1, 2, 1000].map((n) => pluralCategory('en', n))).toEqual([
      'other',
      'one',
      'other',
      'other',
    ]);
    expect([0, 1, 2, 1000].map((n) => pluralCategory('ja', n))).toEqual([
      'other',
      'other',
      'other',
      'other',
    ]);
  });

  it('fills plural forms on small numbers and formats counts (1,000)', () => {
    const en = [0, 1, 2, 1000].map((count) => t('en', 'actorCount', { count }));
    expect(en).toEqual(['0 actors', '1 actor', '2 actors', '1,000 actors']);
    const ja = [0, 1, 2, 1000].map((count) => t('ja', 'actorCount', { count }));
    expect(ja).toEqual(['アクター 0', 'アクター 1', 'アクター 2', 'アクター 1,000']);
    expect(t('en', 'shortestPaths', { count: 1 })).toBe('1 shortest path');
    expect(t('en', 'shortestPaths', { count: 12345 })).toBe('12,345 shortest paths');
    expect(t('ja', 'shortestPaths', { count: 2 })).toBe('2 本の最短経路');
    expect(t('en', 'trianglesBalancedCount', { balanced: 1, count: 1 })).toBe(
      '1/1 triangle balanced',
    );
    expect(t('en', 'actorsShown', { shown: 999, count: 1000 })).toBe('999/1,000 actors');
    expect(t('ja', 'actorsShown', { shown: 999, count: 1000 })).toBe('アクター 999/1,000');
  });

  it('fills named parameters; strings verbatim, numbers formatted', () => {
    expect(t('en', 'byPerson', { name: 'Donald Trump' })).toBe('by Donald Trump');
    expect(t('ja', 'byPerson', { name: 'ドナルド・トランプ' })).toBe('ドナルド・トランプによる');
    expect(t('en', 'embedFontAdds', { size: '640 KB' })).toBe('+ ≈ 640 KB');
    expect(t('ja', 'embedFontAdds', { size: '640 KB' })).toBe('約 640 KB 増');
    expect(t('en', 'blocLevel', { level: 1000 })).toBe('level 1,000');
    expect(formatNumber('ja', 1234567)).toBe('1,234,567');
  });

  it('joins lists the way each language does', () => {
    expect(joinList('en', ['Japan', 'China'])).toBe('Japan, China');
    expect(joinList('ja', ['日本', '中国'])).toBe('日本、中国');
    expect(joinAlternatives('en', ['1', '2', '3'])).toBe('1, 2 or 3');
    expect(joinAlternatives('ja', ['1', '2', '3'])).toBe('1、2、3');
    expect(joinAlternatives('en', ['en'])).toBe('en');
    expect(joinAlternatives('en', [])).toBe('');
    expect(quoteList('en', ['a', 'b'])).toBe('"a", "b"');
    expect(quoteList('ja', ['a', 'b'])).toBe('「a」「b」');
  });

  it('says what was expected when called wrongly (past the types)', () => {
    const loose = t as (l: Language, k: string, p?: object) => string;
    expect(() => loose('en', 'noSuchKey')).toThrow('i18n: expected a catalog key, got "noSuchKey"');
    expect(() => loose('en', 'actorCount', {})).toThrow(
      'i18n: "actorCount" expected a numeric count, got undefined',
    );
    expect(() => loose('en', 'byPerson', {})).toThrow(
      'i18n: "byPerson" expected a value for {name}, got none',
    );
  });

  it('makes a missing language, a wrong parameter or differing placeholders a type error', () => {
    // (checked by `npm run check`: each @ts-expect-error fails the check if the error goes away)
    // @ts-expect-error a message without its Japanese text does not fit the catalog
    const missingJa = { a: { en: 'A' } } as const satisfies Catalog;
    // @ts-expect-error an English plural needs both one and other
    const missingOne = { a: { en: { other: 'x' }, ja: { other: 'x' } } } as const satisfies Catalog;
    expect([missingJa, missingOne]).toHaveLength(2);
    expectTypeOf<Placeholders<'a {x} b {y}'>>().toEqualTypeOf<'x' | 'y'>();
    expectTypeOf<
      MismatchedKeys<{ ok: { en: '{n} x'; ja: '{n} y' }; bad: { en: '{n} x'; ja: '{m} y' } }>
    >().toEqualTypeOf<'bad'>();
    expectTypeOf<MismatchedKeys<typeof MESSAGES>>().toBeNever();
    expectTypeOf<'search'>().toExtend<MessageKey>();
    expectTypeOf<'byPerson'>().not.toExtend<TextKey>();
    const either: TextKey = Math.random() < 2 ? 'search' : 'noResults';
    expect(t('en', either)).toBe('Search actors');
    const lang = 'en' as Language;
    // @ts-expect-error not a key
    expect(() => t(lang, 'noSuchKey')).toThrow();
    // @ts-expect-error byPerson needs its name
    expect(() => t(lang, 'byPerson')).toThrow();
    // @ts-expect-error a plural count is a number
    expect(() => t(lang, 'actorCount', { count: '3' })).toThrow();
    // @ts-expect-error a plain text takes no parameters
    expect(t(lang, 'search', { x: 1 })).toBe('Search actors');
  });
});

// ---- no language-choosing text outside the catalog ----

/**
 * Text branches on the language: `lang === 'ja' ? '…' : …`, `language === 'en' ? `…` : …`, and
 * `language === 'ja' ? SOME.name : 'text'`. Choosing data by language (`attrs.labelJa`) or a lang
 * attribute ('en' / 'ja') is not text and is not reported.
 */
const TEXT_BRANCH =
  /[!=]==\s*'(?:ja|en)'\s*\?\s*(?:(?:'(?!(?:en|ja)')|"|`)|[\w$.[\]]+\s*:\s*(?:'(?!(?:en|ja)')|"|`))/;

/** `const ja = language === 'ja';`: a flag for branching later (`ja ? … : …`). */
const LANGUAGE_FLAG = /\bconst\s+\w+\s*=\s*[\w.]+\s*===\s*'(?:ja|en)'\s*;/g;

function textBranches(source: string): string[] {
  const flags = [...source.matchAll(LANGUAGE_FLAG)].map((m) => m[0]);
  return flags.concat(
    source
      .split(/(?=[!=]==\s*'(?:ja|en)')/)
      .slice(1)
      .filter((part) => TEXT_BRANCH.test(part.slice(0, 300)))
      .map((part) => part.slice(0, 80).replace(/\s+/g, ' ')),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

/** Files whose branches are still to move into the catalog (this list only shrinks). */
const PENDING = new Set<string>([]);

describe('language branches', () => {
  it('recognises text branches and leaves data choices alone', () => {
    expect(textBranches("x = lang === 'ja' ? '出典' : 'Source';")).toHaveLength(1);
    expect(
      textBranches('x = language === "en" ? 1 : 2; y = lang === \'en\' ? `by ${n}` : n;'),
    ).toHaveLength(1);
    expect(
      textBranches(
        "h = language === 'ja'\n        ? MODULE_JA.worker\n        : 'analysis worker';",
      ),
    ).toHaveLength(1);
    expect(textBranches("a = lang === 'ja' ? attrs.labelJa || attrs.label : attrs.label;")).toEqual(
      [],
    );
    expect(textBranches("l = lang === 'ja' ? 'en' : 'ja';")).toEqual([]);
    expect(textBranches("if (options.language === 'ja') nodes = japanese(nodes);")).toEqual([]);
    expect(
      textBranches("const ja = language === 'ja';\nreturn ja ? `${d} 時点` : d;"),
    ).toHaveLength(1);
  });

  it('are left in no source file outside src/i18n', () => {
    const root = join(__dirname, '../..');
    const found = sourceFiles(join(root, 'src'))
      .map((path) => relative(root, path))
      .filter((path) => !path.startsWith('src/i18n/') && !PENDING.has(path))
      .flatMap((path) =>
        textBranches(readFileSync(join(root, path), 'utf8')).map((b) => `${path}: ${b}`),
      );
    expect(found).toEqual([]);
    // a file done is taken off PENDING, so that a branch coming back there fails too
    for (const path of PENDING)
      expect(textBranches(readFileSync(join(root, path), 'utf8')), path).not.toEqual([]);
  });
});

// ---- no per-language text table outside the catalog ----

/**
 * A text in an object member: a string or template literal, a function returning one (a template
 * of parameters), a plural `{ one, other }` of texts, or a `+`/conditional made of texts.
 */
function isText(node: ts.Node): boolean {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return isText(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isTemplateExpression(node)) return true;
  if (ts.isConditionalExpression(node)) return isText(node.whenTrue) || isText(node.whenFalse);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return isText(node.left) || isText(node.right);
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node))
    return ts.isBlock(node.body) ? returnsText(node.body) : isText(node.body);
  if (ts.isObjectLiteralExpression(node))
    return node.properties.some(
      (p) => ts.isPropertyAssignment(p) && memberName(p) === 'other' && isText(p.initializer),
    );
  return false;
}

/** A function body with a `return` of a text (nested functions aside). */
function returnsText(body: ts.Block): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (ts.isReturnStatement(n) && n.expression && isText(n.expression)) found = true;
    else if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return found;
}

function memberName(p: ts.ObjectLiteralElementLike): string | undefined {
  if (!p.name) return undefined;
  if (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) return p.name.text;
  return undefined;
}

/**
 * Object literals with an English and a Japanese text member (`{ en: 'Sanction', ja: '制裁' }`,
 * `{ en: (p) => `…`, ja: (p) => `…` }`), as "line: source". Data members named otherwise
 * (`labelJa`, `noteJa`), values passed through (`{ en, ja }`, `{ en: note.en }`) are not texts.
 */
function textTables(source: string, fileName = 'x.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const text = (name: string) =>
        node.properties.some(
          (p) =>
            memberName(p) === name &&
            ((ts.isPropertyAssignment(p) && isText(p.initializer)) ||
              (ts.isMethodDeclaration(p) && p.body !== undefined && returnsText(p.body))),
        );
      if (text('en') && text('ja')) {
        const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push(`${line}: ${node.getText().slice(0, 60).replace(/\s+/g, ' ')}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** The scripts of a Svelte component (markup has no tables). */
function scriptsOf(svelte: string): string {
  return [...svelte.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

/**
 * Tables of data names kept beside their data, with the reason. The vocabulary's names are part of
 * the data model (the validator, the build and the exports read them) and src/model cannot import
 * src/i18n (i18n imports model).
 */
const DATA_NAME_TABLES = new Map<string, string>([
  ['src/model/vocabulary.ts', 'names of relation types, kinds, statuses and certainties'],
]);

describe('per-language text tables', () => {
  it('are recognised in every form, data is not', () => {
    expect(
      textTables("const F = { relations: { en: 'relation type', ja: '関係の種類' } };"),
    ).toHaveLength(1);
    expect(
      textTables(
        "const T = { a: { en: (p) => `${p.key}: unknown`, ja: (p) => `${p.key}は不明` }, b: { en: () => 'x', ja: () => 'y' } };",
      ),
    ).toHaveLength(2);
    expect(
      textTables(
        "const T = { en: { one: '{n} actor', other: '{n} actors' }, ja: { other: '{n}' } };",
      ),
    ).toHaveLength(1);
    expect(
      textTables("const T = { en(p) { return 'x' + p; }, ja(p) { return p + 'は'; } };"),
    ).toHaveLength(1);
    expect(textTables("const n = { label: 'Japan', labelJa: '日本', noteJa: '注' };")).toEqual([]);
    expect(textTables('const { en, ja } = split(note); const o = { en, ja };')).toEqual([]);
    expect(textTables('const o = { en: note.en, ja: note.ja ?? note.en };')).toEqual([]);
    expect(textTables("const o = { en: 'en-US', other: 1 };")).toEqual([]);
  });

  it('are kept in no source file outside src/i18n (data name tables excepted)', () => {
    const root = join(__dirname, '../..');
    const tables = sourceFiles(join(root, 'src'))
      .map((path) => relative(root, path))
      .filter((path) => !path.startsWith('src/i18n/'))
      .map((path) => {
        const source = readFileSync(join(root, path), 'utf8');
        return [path, textTables(path.endsWith('.svelte') ? scriptsOf(source) : source)] as const;
      })
      .filter(([, found]) => found.length > 0);
    const outside = tables.filter(([path]) => !DATA_NAME_TABLES.has(path));
    expect(outside.flatMap(([path, found]) => found.map((f) => `${path}:${f}`))).toEqual([]);
    // an exception that no longer holds a table is taken off the list
    expect(tables.map(([path]) => path).sort()).toEqual([...DATA_NAME_TABLES.keys()].sort());
  });
});

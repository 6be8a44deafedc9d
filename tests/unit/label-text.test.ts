// Labels an analyst can read in both languages (src/render/label-text.ts, style.ts shortLabel):
// names broken onto lines where words meet (spaces, ・, a change of script in Japanese, never
// inside a katakana word or against kinsoku), never cut when two lines hold them, and the few
// names too long for that shortened by rules an expert would accept (acronym, qualifier dropped,
// an alias from the data, the middle elided so that similar names stay apart).
import { describe, expect, it } from 'vitest';
import {
  breakCost,
  breakLines,
  elideMiddle,
  estimateTextWidth,
  fitLines,
} from '../../src/render/label-text';
import { labelFits, nodeLabel, shortLabel } from '../../src/render/style';

const em = (s: string) => estimateTextWidth(s, 1);
const lines = (text: string, maxLines = 2) => breakLines(text, em, 10, { em: 1, maxLines });

describe('line breaks', () => {
  it('keeps a name that fits on one line, breaks a long one where words meet', () => {
    expect(lines('Russia')).toEqual(['Russia']);
    expect(lines('Shanghai Cooperation Organisation')).toEqual([
      'Shanghai Cooperation',
      'Organisation',
    ]);
    expect(lines('Eurasian security framework')).toEqual(['Eurasian security', 'framework']);
    // Japanese: at ・, or where kanji meet katakana (the word boundary), not inside a word
    expect(lines('ウォロディミル・ゼレンスキー')).toEqual(['ウォロディミル・', 'ゼレンスキー']);
    expect(lines('グローバル安全保障イニシアティブ')).toEqual([
      'グローバル安全保障',
      'イニシアティブ',
    ]);
    expect(lines('ソビエト社会主義共和国連邦')).toEqual(['ソビエト', '社会主義共和国連邦']);
    expect(lines('リスボンからウラジオストクまでの共通安全保障空間')).toEqual([
      'リスボンからウラジオストク',
      'までの共通安全保障空間',
    ]);
    // a particle stays with the word before it
    expect(lines('ヨーロッパ独自の安全保障構想')).toEqual(['ヨーロッパ独自の', '安全保障構想']);
    // a hyphenated compound is not split when a space will do
    expect(lines('2001 China-Russia treaty')).toEqual(['2001 China-Russia', 'treaty']);
  });

  it('follows kinsoku: no prolonged sound mark, small kana or closing bracket at a line start', () => {
    const chars = [...'パートナー（案）ッ'];
    expect(breakCost(chars, 1)).toBeNull(); // before ー
    expect(breakCost([...'シャ'], 1)).toBeNull(); // before small ャ
    expect(breakCost(chars, 7)).toBeNull(); // before ）
    expect(breakCost(chars, 6)).toBeNull(); // after （
    expect(breakCost(chars, 8)).toBeNull(); // before ッ
    expect(breakCost(chars, 5)).toBe(0); // before （
  });

  it('stays on one line when the only breaks are inside a word and the name is not much wider', () => {
    expect(lines('国際連合安全保障理事会')).toEqual(['国際連合安全保障理事会']);
    expect(lines('Supercalifragilisticexpialidocious')).toEqual([
      'Supercalifragilisticexpialidocious',
    ]);
  });

  it('fills lines and ends in "…" at a word boundary when more lines are needed than allowed', () => {
    const long =
      'China-Russia Joint Statement on Further Deepening the Comprehensive Strategic Partnership of Coordination for a New Era (2025)';
    const two = fitLines(long, em, 10, { em: 1 });
    expect(two.cut).toBe(true);
    expect(two.lines).toHaveLength(2);
    expect(two.text.endsWith('…')).toBe(true);
    // the cut falls at a word boundary: what is kept is a prefix of whole words
    expect(long.startsWith(two.text.slice(0, -1).trimEnd())).toBe(true);
    expect(long[two.text.slice(0, -1).trimEnd().length]).toBe(' ');
    for (const line of two.lines) expect(em(line)).toBeLessThanOrEqual(10 * 1.35);
    const eight = fitLines(long, em, 10, { em: 1, maxLines: 8 });
    expect(eight.cut).toBe(false);
    expect(eight.lines.join(' ')).toBe(long);
  });

  it('elides the middle so that names sharing their beginning stay apart', () => {
    const a = elideMiddle(
      'China-Russia Joint Statement on Further Strengthening Cooperation to Uphold the Authority of International Law (2025)',
      em,
      10,
    );
    const b = elideMiddle(
      'China-Russia Joint Statement on Further Deepening the Comprehensive Strategic Partnership of Coordination for a New Era (2025)',
      em,
      10,
    );
    expect(a.lines).toEqual(['China-Russia Joint', '… International Law (2025)']);
    expect(b.lines).toEqual(['China-Russia Joint', '… for a New Era (2025)']);
    expect(a.text).toBe('China-Russia Joint … International Law (2025)');
    // the elided text breaks back into the same two lines
    expect(lines(a.text)).toEqual(a.lines);
    const ja = elideMiddle(
      '新時代における中露包括的戦略的協力パートナーシップのさらなる深化に関する共同声明',
      em,
      10,
    );
    expect(ja.text).toBe('新時代における中露包括的…深化に関する共同声明');
    expect(lines(ja.text)).toEqual(['新時代における中露包括的', '…深化に関する共同声明']);
  });
});

describe('shortLabel', () => {
  const actor = (label: string, labelJa: string, aliases: string[] = []) => ({
    label,
    labelJa,
    aliases,
  });

  it('keeps whole names that two lines hold, in both languages (no "…")', () => {
    const putin = actor('Vladimir Putin', 'ウラジーミル・プーチン');
    const framework = actor('Eurasian security framework', 'ユーラシアの安全保障枠組み');
    const uk = actor('United Kingdom', 'グレートブリテン及び北アイルランド連合王国', ['英国']);
    for (const a of [putin, framework, uk])
      for (const lang of ['en', 'ja'] as const) {
        expect(shortLabel(a, lang)).toBe(nodeLabel(a, lang));
        expect(labelFits(shortLabel(a, lang))).toBe(true);
      }
  });

  it('uses the acronym of a long English name, a qualifier-free name or an alias', () => {
    const sco = actor('Shanghai Cooperation Organisation', '上海協力機構', ['SCO', '上合']);
    expect(shortLabel(sco, 'en')).toBe('SCO');
    expect(shortLabel(sco, 'ja')).toBe('上海協力機構');
    const plan = actor('US-Russia economic cooperation proposals (2025)', '米ロの経済協力');
    expect(shortLabel(plan, 'en')).toBe('US-Russia economic cooperation proposals');
    const treaty = actor(
      'Treaty of Good-Neighbourliness and Friendly Cooperation between China and Russia (2001)',
      '中露善隣友好協力条約',
      [
        'China-Russia Treaty of Good-Neighborliness and Friendly Cooperation',
        '2001 China-Russia treaty',
        '中ロ善隣友好協力条約',
      ],
    );
    // the first alias in the language that fits (the long English alias does not)
    expect(shortLabel(treaty, 'en')).toBe('2001 China-Russia treaty');
    const charter = actor(
      'Eurasian Charter of Diversity and Multipolarity in the 21st Century',
      '21世紀の多様性と多極化のユーラシア憲章',
      ['Eurasian Charter', 'ユーラシア憲章'],
    );
    expect(shortLabel(charter, 'en')).toBe('Eurasian Charter');
    expect(shortLabel(charter, 'ja')).toBe('21世紀の多様性と多極化のユーラシア憲章');
  });

  it('elides the middle of a name with no shorter form, keeping similar names apart', () => {
    const statements = [
      'China-Russia Joint Statement on Further Deepening the Comprehensive Strategic Partnership of Coordination for a New Era (2025)',
      'China-Russia Joint Statement on Global Strategic Stability (2025)',
      'China-Russia Joint Statement on Further Strengthening Cooperation to Uphold the Authority of International Law (2025)',
    ].map((label) => shortLabel(actor(label, ''), 'en'));
    expect(new Set(statements).size).toBe(3);
    for (const s of statements) {
      expect(s).toMatch(/^China-Russia Joint … .+ \(2025\)$/);
      expect(labelFits(s)).toBe(true);
    }
  });
});

// The article assistant's text rules: sentence splitting, the cue table and dates, in Japanese and
// English, each with its exact expected result.
import { describe, expect, it } from 'vitest';
import { cueHits, STATUS_CUES, suggestStatus, suggestType, TYPE_CUES } from '../../src/curate/cues';
import { extractDate } from '../../src/curate/date-extract';
import { splitSentences } from '../../src/curate/sentences';
import { RELATION_TYPES } from '../../src/model/vocabulary';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences: Japanese', () => {
  it('ends sentences at 。！？ and keeps 「…。」 quotations whole', () => {
    expect(texts('彼は「同盟ではない。協力だ。」と述べた。次の文！本当？はい')).toEqual([
      '彼は「同盟ではない。協力だ。」と述べた。',
      '次の文！',
      '本当？',
      'はい',
    ]);
  });
  it('keeps brackets whole and attaches a closing bracket after the terminator', () => {
    expect(texts('（詳細は後述。）中ロは協議した。『速報。』')).toEqual([
      '（詳細は後述。）中ロは協議した。',
      '『速報。』',
    ]);
  });
  it('treats lines as sentences (headlines) but joins a line broken after 、', () => {
    expect(texts('見出しの行\n本文です。\n\nただし、\n続きます。')).toEqual([
      '見出しの行',
      '本文です。',
      'ただし、\n続きます。',
    ]);
  });
  it('ends at ASCII ! and ? between Japanese words and reports offsets into the input', () => {
    const input = '  本当?はい。';
    const s = splitSentences(input);
    expect(s.map((x) => x.text)).toEqual(['本当?', 'はい。']);
    expect(s.map((x) => input.slice(x.start, x.end))).toEqual(['本当?', 'はい。']);
  });
  it('an unbalanced bracket does not swallow the following lines', () => {
    expect(texts('「閉じない引用。\n次の行。')).toEqual(['「閉じない引用。', '次の行。']);
  });
});

describe('splitSentences: English', () => {
  it('does not end at abbreviations, initials or decimals', () => {
    expect(
      texts(
        'Mr. Smith met the U.S. envoy on Dec. 2 in Washington. Growth was 3.5 per cent! Was it? Yes.',
      ),
    ).toEqual([
      'Mr. Smith met the U.S. envoy on Dec. 2 in Washington.',
      'Growth was 3.5 per cent!',
      'Was it?',
      'Yes.',
    ]);
  });
  it('keeps quotations whole and joins wrapped lines', () => {
    expect(
      texts('He said "No. Never." and left. The talks\ncontinued. Next line\nNew headline'),
    ).toEqual([
      'He said "No. Never." and left.',
      'The talks\ncontinued.',
      'Next line',
      'New headline',
    ]);
  });
  it('attaches closing quotes to the sentence they end', () => {
    expect(texts('“We will respond.” Then he left.')).toEqual([
      '“We will respond.”',
      'Then he left.',
    ]);
  });
});

describe('cue table', () => {
  it('covers every relation type of the vocabulary', () => {
    expect(new Set(TYPE_CUES.map((c) => c.value))).toEqual(new Set(RELATION_TYPES));
  });
  it.each([
    ['米国はロシアに制裁を科した。', 'sanction', '制裁'],
    ['The US imposed sanctions on Russia.', 'sanction', 'sanction'],
    ['両外相が会談した。', 'negotiation', '会談'],
    ['中ロは戦略安全保障協議に臨む。', 'negotiation', '協議'],
    ['Russia and China held talks in Moscow.', 'negotiation', 'talks'],
    ['中国は日本の対応を批判した。', 'criticism', '批判'],
    ['北朝鮮を非難する声明', 'criticism', '非難'],
    ['France criticised the decision.', 'criticism', 'critici'],
    ['日米同盟は地域の礎だ。', 'alliance', '同盟'],
    ['The alliance holds.', 'alliance', 'alliance'],
    ['インドは停戦案を支持した。', 'support', '支持'],
    ['欧州はウクライナを支援する。', 'support', '支援'],
    ['Germany pledged support to Ukraine.', 'support', 'support'],
    ['ロシアは停戦を提案した。', 'proposal', '提案'],
    ['He proposed a ceasefire.', 'proposal', 'propos'],
    ['米国は中国に圧力をかけた。', 'pressure', '圧力'],
    ['Washington kept up the pressure.', 'pressure', 'pressure'],
    ['ロシアのウクライナ侵攻', 'conflict', '侵攻'],
    ['両国は領有権を争う。', 'dispute', '領有権'],
    ['両国は貿易を拡大した。', 'trade', '貿易'],
    ['They agreed a partnership.', 'partnership', 'partnership'],
    ['両国の協力が進む。', 'cooperation', '協力'],
    ['スウェーデンはNATOに加盟した。', 'member_of', '加盟'],
  ] as const)('%s → %s (cue %s)', (sentence, type, cue) => {
    expect(suggestType(sentence)).toMatchObject({ value: type, cue });
  });
  it('the earliest cue wins, then the longer one', () => {
    expect(suggestType('制裁をめぐり両国が協議した。')?.value).toBe('sanction');
    expect(suggestType('両国が協議し、制裁を見送った。')?.value).toBe('negotiation');
    expect(cueHits('パートナーシップ', TYPE_CUES).map((h) => h.cue)).toEqual([
      'パートナーシップ',
      'パートナー',
    ]);
  });
  it('English stems start a word: no "war" in "award", no "aid" in "said"', () => {
    expect(suggestType('He said the award was fine.')).toBeUndefined();
    expect(suggestType('Nobody spoke.')).toBeUndefined();
  });
});

describe('status cues', () => {
  it.each([
    ['米国は追加制裁を科す構えだ。', 'threatened', '構え'],
    ['ロシアは報復を警告した。', 'threatened', '警告'],
    ['Trump threatened new tariffs.', 'threatened', 'threaten'],
    ['中国は和平案を提案した。', 'proposed', '提案'],
    ['Kyiv proposed a truce.', 'proposed', 'propos'],
    ['来月訪問する予定だ。', 'planned', '予定'],
    ['両国は会談した。', 'active', undefined],
  ] as const)('%s → %s', (sentence, status, cue) => {
    expect(suggestStatus(sentence)).toEqual(cue ? { value: status, cue } : { value: status });
  });
  it('a threat outranks a proposal in the same sentence', () => {
    expect(suggestStatus('提案を拒めば制裁を科す構えだ。').value).toBe('threatened');
    expect(STATUS_CUES.map((c) => c.value)).toEqual(['threatened', 'proposed', 'planned', 'ended']);
  });
});

describe('extractDate', () => {
  it.each([
    ['王毅外相が12月2日、モスクワで', '2025-12-02', '2025-12-02', '12月2日'],
    ['2025年4月末までに', '2025-12-02', '2025-04', '2025年4月'],
    ['2024年11月には第19回会合が', '2025-12-02', '2024-11', '2024年11月'],
    ['２０２５年１２月２日に', undefined, '2025-12-02', '２０２５年１２月２日'],
    ['2001年に締結された', '2025-12-02', '2001', '2001年'],
    ['They met on 2 December 2025 in Moscow.', undefined, '2025-12-02', '2 December 2025'],
    ['They met on December 2, 2025.', undefined, '2025-12-02', 'December 2, 2025'],
    ['They met on Dec. 2 in Moscow.', '2025-12-05', '2025-12-02', 'Dec. 2'],
    ['Talks resumed in March 2024.', undefined, '2024-03', 'March 2024'],
    ['12月1〜2日にかけ', '2025-12-02', '2025-12-01', '12月1〜2日'],
  ])('%s (article %s) → %s', (sentence, article, date, text) => {
    const found = extractDate(sentence, article);
    expect(found).toMatchObject({ date, text });
  });
  it('the earliest date of the sentence wins', () => {
    expect(extractDate('2024年11月に続き、2025年12月2日にも会談した。')?.date).toBe('2024-11');
  });
  it('a day without a year far after the article date belongs to the year before', () => {
    expect(extractDate('12月28日に会談した。', '2026-01-10')?.date).toBe('2025-12-28');
    expect(extractDate('1月5日に会談した。', '2026-01-10')?.date).toBe('2026-01-05');
  });
  it('no date in the sentence: undefined (the caller uses the article date)', () => {
    expect(extractDate('両国は会談した。', '2025-12-02')).toBeUndefined();
    expect(extractDate('12月2日に会談した。')).toBeUndefined();
  });
});

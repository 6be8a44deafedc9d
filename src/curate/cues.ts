// The cue table of the article assistant: words that suggest a relation type (制裁 / sanction →
// sanction …) and a status (「〜する構え」 / 警告 → threatened, 提案 → proposed …) for a sentence. The
// earliest cue in the sentence wins; at the same position the longer cue; then the table order.
import type { RelationType, Status } from '../model/vocabulary';

export interface Cue<T> {
  value: T;
  /** Japanese cues are plain substrings; English cues are word stems matched case-insensitively. */
  ja: readonly string[];
  en: readonly string[];
}

export const TYPE_CUES: readonly Cue<RelationType>[] = [
  {
    value: 'sanction',
    ja: ['制裁', '禁輸', '資産凍結'],
    en: ['sanction', 'embargo', 'asset freeze'],
  },
  {
    value: 'conflict',
    ja: ['侵攻', '攻撃', '戦争', '戦闘', '空爆', '爆撃', '交戦'],
    en: [
      'invasion',
      'invade',
      'attack',
      'war ',
      'war,',
      'war.',
      'fighting',
      'airstrike',
      'bombing',
    ],
  },
  {
    value: 'criticism',
    ja: ['批判', '非難', '抗議', '反発', '懸念を表明'],
    en: ['critici', 'condemn', 'denounce', 'accuse', 'protest', 'rebuke'],
  },
  {
    value: 'pressure',
    ja: ['圧力', '警告', '威嚇', '要求', '迫っ', '迫る', '求め'],
    en: ['pressure', 'threat', 'warn', 'demand', 'coerc', 'urge'],
  },
  {
    value: 'dispute',
    ja: ['対立', '係争', '領有権', '紛糾', '摩擦'],
    en: ['dispute', 'feud', 'rift', 'territorial claim'],
  },
  { value: 'alliance', ja: ['同盟'], en: ['alliance', 'allied', 'allies', 'ally'] },
  {
    value: 'partnership',
    ja: ['パートナーシップ', 'パートナー', '友好', '戦略的関係'],
    en: ['partnership', 'partner', 'friendship'],
  },
  {
    value: 'cooperation',
    ja: ['協力', '連携', '共同', '合同演習', '協調'],
    en: ['cooperat', 'co-operat', 'joint', 'collaborat', 'coordinat'],
  },
  {
    value: 'support',
    ja: ['支持', '支援', '援助', '供与', '後押し'],
    en: ['support', 'backing', 'backed', 'aid ', 'aid,', 'endorse', 'assistance'],
  },
  {
    value: 'trade',
    ja: ['貿易', '輸出', '輸入', '取引', '関税'],
    en: ['trade', 'export', 'import', 'tariff'],
  },
  {
    value: 'negotiation',
    ja: [
      '会談',
      '協議',
      '交渉',
      '会合',
      '会見',
      '対話',
      '電話',
      '会っ',
      '会い',
      '首脳会議',
      '訪問',
    ],
    en: [
      'talks',
      'negotiat',
      'met ',
      'meeting',
      'consult',
      'summit',
      'phone call',
      'visit',
      'dialogue',
    ],
  },
  {
    value: 'proposal',
    ja: ['提案', '提唱', '呼びかけ', '招き', '招待', '打診', '申し出'],
    en: ['propos', 'offer', 'invit', 'call for', 'called for', 'calls for'],
  },
  {
    value: 'member_of',
    ja: ['加盟', '加入', '参加'],
    en: ['member', 'joined', 'join ', 'accession'],
  },
  { value: 'represents', ja: ['代表', '率い'], en: ['represent', 'on behalf of', 'leads the'] },
];

/** Status cues, strongest first: a threat outranks a proposal, which outranks a plan. */
export const STATUS_CUES: readonly Cue<Status>[] = [
  {
    value: 'threatened',
    ja: ['構え', '警告', '辞さない', '威嚇', '示唆', 'も辞さ', '可能性を警'],
    en: ['threaten', 'warn', 'would impose', 'could impose', 'ready to'],
  },
  {
    value: 'proposed',
    ja: ['提案', '提唱', '打診', '呼びかけ'],
    en: ['propos', 'offer', 'call for', 'called for'],
  },
  {
    value: 'planned',
    ja: ['予定', '方針', '計画', '合意した', '見通し'],
    en: ['plan ', 'plans', 'planned', 'will ', 'scheduled', 'agreed to'],
  },
  {
    value: 'ended',
    ja: ['終了', '破棄', '離脱', '解除', '失効'],
    en: ['ended', 'withdrew', 'lifted', 'expired'],
  },
];

export interface CueHit<T> {
  value: T;
  cue: string;
  index: number;
}

/** Every cue occurrence in the sentence, ordered by position, then longer cue, then table order. */
export function cueHits<T>(sentence: string, table: readonly Cue<T>[]): CueHit<T>[] {
  const lower = sentence.toLowerCase();
  const hits: (CueHit<T> & { order: number })[] = [];
  table.forEach((entry, order) => {
    for (const cue of entry.ja)
      collect(sentence, cue, (index) => hits.push({ value: entry.value, cue, index, order }));
    for (const cue of entry.en)
      collect(lower, cue, (index) => {
        // English stems start a word: "warn" not in "forewarn", "war " not in "award".
        if (!/[a-z]/.test(lower[index - 1] ?? ''))
          hits.push({ value: entry.value, cue, index, order });
      });
  });
  hits.sort((a, b) => a.index - b.index || b.cue.length - a.cue.length || a.order - b.order);
  return hits.map(({ value, cue, index }) => ({ value, cue, index }));
}

function collect(text: string, cue: string, found: (index: number) => void): void {
  for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) found(at);
}

/** The suggested relation type: the earliest cue, or undefined when the sentence has none. */
export function suggestType(sentence: string): CueHit<RelationType> | undefined {
  return cueHits(sentence, TYPE_CUES)[0];
}

/** The suggested status: the strongest status cue anywhere in the sentence, else active. */
export function suggestStatus(sentence: string): { value: Status; cue?: string } {
  for (const entry of STATUS_CUES) {
    const hit = cueHits(sentence, [entry])[0];
    if (hit) return { value: entry.value, cue: hit.cue };
  }
  return { value: 'active' };
}

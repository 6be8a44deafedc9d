import { $ as set_style, A as ACTOR_KINDS, C as indexedDbBackend, Ct as remove_textarea_child, Dt as reset, E as seedMissingPositions, Et as snapshot, F as RELATION_TYPES, G as bind_checked, I as STATUSES, J as set_attribute, K as bind_value, L as STATUS_INFO, M as CERTAINTY_INFO, N as KIND_INFO, O as buildGraph, Ot as to_array, P as RELATION_INFO, Q as init_select, R as allowedKinds, S as __vitePreload, St as user_derived, Tt as push, U as t, W as prop, X as set_value, Y as set_checked, Z as bind_select_value, _t as only_child, at as set_text, bt as set, c as strToU8, ct as from_html, dt as event, et as set_class, f as zipSync, ft as get, gt as first_child, ht as child, it as if_block, j as CERTAINTIES, lt as delegate, mt as template_effect, nt as index, ot as append, pt as untrack, q as remove_input_defaults, rt as key$1, st as comment, tt as each, ut as delegated, vt as sibling, wt as pop, xt as state, yt as proxy, z as isPartialDate } from "./index-B6LfwzBL.js";
import { a as parseDocument, c as Scalar, d as isScalar, f as isSeq, i as parseYamlList, n as validateItems, r as listItems, s as Document, u as isMap } from "./validate-BrFUU23u.js";
// src/curate/actor-finder.ts
var KATAKANA = /[\u30a0-\u30fa\u30fc-\u30ff\uff66-\uff9f]/;
var KANJI = /[\u3400-\u9fff\uf900-\ufaff々]/;
var DIGIT = /[0-9０-９〜~]/;
var LATIN_WORD = /[A-Za-z0-9\u00c0-\u024f]/;
/** Words that may follow a lone one-character abbreviation: 米政府, 露外相, 中側. */
var ABBREVIATION_HEADS = [
	"政府",
	"大統領",
	"首相",
	"外相",
	"国防相",
	"国務長官",
	"軍",
	"側",
	"当局",
	"首脳",
	"高官",
	"両国",
	"関係",
	"大使",
	"議会"
];
/** Prefixes that may precede a one-character abbreviation: 対ロ, 訪米, 駐日, 在日. */
var ABBREVIATION_PREFIXES = /* @__PURE__ */ new Set([
	"対",
	"訪",
	"駐",
	"在",
	"親",
	"反",
	"来",
	"離"
]);
function buildActorIndex(actors) {
	const seen = /* @__PURE__ */ new Map();
	const abbreviations = /* @__PURE__ */ new Map();
	for (const actor of actors) for (const raw of [
		actor.name.en,
		actor.name.ja,
		...actor.aliases ?? []
	]) {
		const text = raw.trim();
		if (text.length === 0) continue;
		if (text.length === 1) {
			if (KANJI.test(text) || KATAKANA.test(text)) {
				if (!abbreviations.has(text)) abbreviations.set(text, actor.id);
			}
			continue;
		}
		if (!seen.has(text)) seen.set(text, actor.id);
	}
	const names = [...seen].map(([text, actorId]) => ({
		text,
		actorId
	}));
	names.sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
	return {
		names,
		abbreviations
	};
}
/** Actor mentions in `text`, in order of position, without overlaps (the longest name wins). */
function findActors(text, index) {
	const taken = new Uint8Array(text.length);
	const matches = [];
	const words = wordBoundaries(text);
	for (const name of index.names) {
		let from = 0;
		for (;;) {
			const at = text.indexOf(name.text, from);
			if (at < 0) break;
			from = at + 1;
			const end = at + name.text.length;
			if (isTaken(taken, at, end) || !standsAlone(text, at, end, name.text, words)) continue;
			taken.fill(1, at, end);
			matches.push({
				actorId: name.actorId,
				text: name.text,
				start: at,
				end
			});
		}
	}
	matches.push(...findAbbreviations(text, index, taken));
	return matches.sort((a, b) => a.start - b.start);
}
function isTaken(taken, start, end) {
	for (let i = start; i < end; i++) if (taken[i]) return true;
	return false;
}
function standsAlone(text, start, end, name, words) {
	const before = text[start - 1] ?? "";
	const after = text[end] ?? "";
	const first = name[0] ?? "";
	const last = name[name.length - 1] ?? "";
	if (LATIN_WORD.test(first) && LATIN_WORD.test(before)) return false;
	if (LATIN_WORD.test(last) && LATIN_WORD.test(after)) return false;
	if (KATAKANA.test(first) && KATAKANA.test(before)) return false;
	if (KATAKANA.test(last) && KATAKANA.test(after)) return false;
	if (words && (KANJI.test(first) || KANJI.test(last))) {
		if (KANJI.test(first) && KANJI.test(before) && !words.has(start)) return false;
		if (KANJI.test(last) && KANJI.test(after) && !words.has(end)) return false;
	}
	return true;
}
/** Start offsets of the words of the Japanese word segmenter, or null where Intl.Segmenter is missing. */
function wordBoundaries(text) {
	if (typeof Intl === "undefined" || !("Segmenter" in Intl)) return null;
	const out = /* @__PURE__ */ new Set([text.length]);
	for (const seg of new Intl.Segmenter("ja", { granularity: "word" }).segment(text)) out.add(seg.index);
	return out;
}
function findAbbreviations(text, index, taken) {
	const out = [];
	if (index.abbreviations.size === 0) return out;
	const isAbbr = (i) => !taken[i] && index.abbreviations.has(text[i] ?? "");
	let i = 0;
	while (i < text.length) {
		if (!isAbbr(i)) {
			i++;
			continue;
		}
		let j = i;
		while (j < text.length && isAbbr(j)) j++;
		const before = text[i - 1] ?? "";
		const prefixed = ABBREVIATION_PREFIXES.has(before);
		const startsWord = prefixed || !(KANJI.test(before) || KATAKANA.test(before) || DIGIT.test(before));
		const rest = text.slice(j);
		const ok = j - i >= 2 ? startsWord : prefixed || startsWord && ABBREVIATION_HEADS.some((h) => rest.startsWith(h));
		const katakanaNeighbour = KATAKANA.test(text[j] ?? "") && KATAKANA.test(text[j - 1] ?? "");
		if (ok && !katakanaNeighbour && !taken[i - 1]) for (let k = i; k < j; k++) {
			const ch = text[k] ?? "";
			out.push({
				actorId: index.abbreviations.get(ch) ?? "",
				text: ch,
				start: k,
				end: k + 1
			});
		}
		i = j;
	}
	return out;
}
// src/curate/cues.ts
var TYPE_CUES = [
	{
		value: "sanction",
		ja: [
			"制裁",
			"禁輸",
			"資産凍結"
		],
		en: [
			"sanction",
			"embargo",
			"asset freeze"
		]
	},
	{
		value: "conflict",
		ja: [
			"侵攻",
			"攻撃",
			"戦争",
			"戦闘",
			"空爆",
			"爆撃",
			"交戦"
		],
		en: [
			"invasion",
			"invade",
			"attack",
			"war ",
			"war,",
			"war.",
			"fighting",
			"airstrike",
			"bombing"
		]
	},
	{
		value: "criticism",
		ja: [
			"批判",
			"非難",
			"抗議",
			"反発",
			"懸念を表明"
		],
		en: [
			"critici",
			"condemn",
			"denounce",
			"accuse",
			"protest",
			"rebuke"
		]
	},
	{
		value: "pressure",
		ja: [
			"圧力",
			"警告",
			"威嚇",
			"要求",
			"迫っ",
			"迫る",
			"求め"
		],
		en: [
			"pressure",
			"threat",
			"warn",
			"demand",
			"coerc",
			"urge"
		]
	},
	{
		value: "dispute",
		ja: [
			"対立",
			"係争",
			"領有権",
			"紛糾",
			"摩擦"
		],
		en: [
			"dispute",
			"feud",
			"rift",
			"territorial claim"
		]
	},
	{
		value: "alliance",
		ja: ["同盟"],
		en: [
			"alliance",
			"allied",
			"allies",
			"ally"
		]
	},
	{
		value: "partnership",
		ja: [
			"パートナーシップ",
			"パートナー",
			"友好",
			"戦略的関係"
		],
		en: [
			"partnership",
			"partner",
			"friendship"
		]
	},
	{
		value: "cooperation",
		ja: [
			"協力",
			"連携",
			"共同",
			"合同演習",
			"協調"
		],
		en: [
			"cooperat",
			"co-operat",
			"joint",
			"collaborat",
			"coordinat"
		]
	},
	{
		value: "support",
		ja: [
			"支持",
			"支援",
			"援助",
			"供与",
			"後押し"
		],
		en: [
			"support",
			"backing",
			"backed",
			"aid ",
			"aid,",
			"endorse",
			"assistance"
		]
	},
	{
		value: "trade",
		ja: [
			"貿易",
			"輸出",
			"輸入",
			"取引",
			"関税"
		],
		en: [
			"trade",
			"export",
			"import",
			"tariff"
		]
	},
	{
		value: "negotiation",
		ja: [
			"会談",
			"協議",
			"交渉",
			"会合",
			"会見",
			"対話",
			"電話",
			"会っ",
			"会い",
			"首脳会議",
			"訪問"
		],
		en: [
			"talks",
			"negotiat",
			"met ",
			"meeting",
			"consult",
			"summit",
			"phone call",
			"visit",
			"dialogue"
		]
	},
	{
		value: "proposal",
		ja: [
			"提案",
			"提唱",
			"呼びかけ",
			"招き",
			"招待",
			"打診",
			"申し出"
		],
		en: [
			"propos",
			"offer",
			"invit",
			"call for",
			"called for",
			"calls for"
		]
	},
	{
		value: "member_of",
		ja: [
			"加盟",
			"加入",
			"参加"
		],
		en: [
			"member",
			"joined",
			"join ",
			"accession"
		]
	},
	{
		value: "represents",
		ja: ["代表", "率い"],
		en: [
			"represent",
			"on behalf of",
			"leads the"
		]
	}
];
/** Status cues, strongest first: a threat outranks a proposal, which outranks a plan. */
var STATUS_CUES = [
	{
		value: "threatened",
		ja: [
			"構え",
			"警告",
			"辞さない",
			"威嚇",
			"示唆",
			"も辞さ",
			"可能性を警"
		],
		en: [
			"threaten",
			"warn",
			"would impose",
			"could impose",
			"ready to"
		]
	},
	{
		value: "proposed",
		ja: [
			"提案",
			"提唱",
			"打診",
			"呼びかけ"
		],
		en: [
			"propos",
			"offer",
			"call for",
			"called for"
		]
	},
	{
		value: "planned",
		ja: [
			"予定",
			"方針",
			"計画",
			"合意した",
			"見通し"
		],
		en: [
			"plan ",
			"plans",
			"planned",
			"will ",
			"scheduled",
			"agreed to"
		]
	},
	{
		value: "ended",
		ja: [
			"終了",
			"破棄",
			"離脱",
			"解除",
			"失効"
		],
		en: [
			"ended",
			"withdrew",
			"lifted",
			"expired"
		]
	}
];
/** Every cue occurrence in the sentence, ordered by position, then longer cue, then table order. */
function cueHits(sentence, table) {
	const lower = sentence.toLowerCase();
	const hits = [];
	table.forEach((entry, order) => {
		for (const cue of entry.ja) collect(sentence, cue, (index) => hits.push({
			value: entry.value,
			cue,
			index,
			order
		}));
		for (const cue of entry.en) collect(lower, cue, (index) => {
			if (!/[a-z]/.test(lower[index - 1] ?? "")) hits.push({
				value: entry.value,
				cue,
				index,
				order
			});
		});
	});
	hits.sort((a, b) => a.index - b.index || b.cue.length - a.cue.length || a.order - b.order);
	return hits.map(({ value, cue, index }) => ({
		value,
		cue,
		index
	}));
}
function collect(text, cue, found) {
	for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) found(at);
}
/** The suggested relation type: the earliest cue, or undefined when the sentence has none. */
function suggestType(sentence) {
	return cueHits(sentence, TYPE_CUES)[0];
}
/** The suggested status: the strongest status cue anywhere in the sentence, else active. */
function suggestStatus(sentence) {
	for (const entry of STATUS_CUES) {
		const hit = cueHits(sentence, [entry])[0];
		if (hit) return {
			value: entry.value,
			cue: hit.cue
		};
	}
	return { value: "active" };
}
// src/curate/date-extract.ts
var MONTHS = [
	"jan",
	"feb",
	"mar",
	"apr",
	"may",
	"jun",
	"jul",
	"aug",
	"sep",
	"oct",
	"nov",
	"dec"
];
var MONTH = String.raw`(January|February|March|April|May|June|July|August|September|Sept?\.?|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Oct\.?|Nov\.?|Dec\.?)`;
var PATTERNS = [
	{
		re: /(\d{4})年(\d{1,2})月(\d{1,2})(?:[〜~～-]\d{1,2})?日/g,
		read: (m) => ({
			year: +m[1],
			month: +m[2],
			day: +m[3]
		})
	},
	{
		re: /(\d{4})年(\d{1,2})月/g,
		read: (m) => ({
			year: +m[1],
			month: +m[2]
		})
	},
	{
		re: /(\d{1,2})月(\d{1,2})(?:[〜~～-]\d{1,2})?日/g,
		read: (m) => ({
			month: +m[1],
			day: +m[2]
		})
	},
	{
		re: /(\d{4})年/g,
		read: (m) => ({ year: +m[1] })
	},
	{
		re: new RegExp(String.raw`\b(\d{1,2}) ${MONTH}(?:,? (\d{4}))?\b`, "gi"),
		read: (m) => ({
			day: +m[1],
			month: monthNumber(m[2]),
			year: m[3] ? +m[3] : void 0
		})
	},
	{
		re: new RegExp(String.raw`\b${MONTH} (\d{1,2})(?:st|nd|rd|th)?(?:, (\d{4}))?\b`, "gi"),
		read: (m) => ({
			month: monthNumber(m[1]),
			day: +m[2],
			year: m[3] ? +m[3] : void 0
		})
	},
	{
		re: new RegExp(String.raw`\b${MONTH} (\d{4})\b`, "gi"),
		read: (m) => ({
			month: monthNumber(m[1]),
			year: +m[2]
		})
	},
	{
		re: /\b(?:in|since|by|until) (\d{4})\b/gi,
		read: (m) => ({ year: +m[1] })
	}
];
function extractDate(sentence, articleDate) {
	const text = toHalfWidthDigits(sentence);
	let best;
	for (const { re, read } of PATTERNS) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			if (best && (m.index > best.index || m.index === best.index && m[0].length <= best.text.length)) continue;
			const date = toIso(read(m), articleDate);
			if (date) best = {
				date,
				text: sentence.slice(m.index, m.index + m[0].length),
				index: m.index
			};
		}
	}
	return best;
}
function toIso(parts, articleDate) {
	let year = parts.year;
	if (year === void 0) {
		const article = articleDate ? /^(\d{4})(?:-(\d{2}))?/.exec(articleDate) : null;
		if (!article) return void 0;
		year = +article[1];
		const articleMonth = article[2] ? +article[2] : void 0;
		if (articleMonth !== void 0 && parts.month !== void 0 && parts.month - articleMonth > 2) year -= 1;
	}
	const pad = (n) => String(n).padStart(2, "0");
	let date = String(year);
	if (parts.month !== void 0) date += `-${pad(parts.month)}`;
	if (parts.month !== void 0 && parts.day !== void 0) date += `-${pad(parts.day)}`;
	return isPartialDate(date) ? date : void 0;
}
function monthNumber(word) {
	const key = word.toLowerCase().slice(0, 3);
	return MONTHS.indexOf(key) + 1;
}
function toHalfWidthDigits(text) {
	return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 65248));
}
// src/curate/sentences.ts
var JA_END = /* @__PURE__ */ new Set([
	"。",
	"！",
	"？",
	"‼",
	"⁉"
]);
var CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
var EN_END = /* @__PURE__ */ new Set([
	".",
	"!",
	"?"
]);
var OPEN_TO_CLOSE = {
	"「": "」",
	"『": "』",
	"（": "）",
	"(": ")",
	"【": "】",
	"“": "”",
	"［": "］",
	"[": "]"
};
var CLOSERS = /* @__PURE__ */ new Set([
	...Object.values(OPEN_TO_CLOSE),
	"\"",
	"'",
	"’"
]);
/** Words after which a full stop does not end an English sentence. */
var ABBREVIATIONS = /* @__PURE__ */ new Set([
	"mr",
	"mrs",
	"ms",
	"dr",
	"prof",
	"gen",
	"lt",
	"col",
	"sen",
	"rep",
	"gov",
	"st",
	"no",
	"vs",
	"etc",
	"jan",
	"feb",
	"mar",
	"apr",
	"jun",
	"jul",
	"aug",
	"sep",
	"sept",
	"oct",
	"nov",
	"dec",
	"inc",
	"co",
	"corp",
	"ltd"
]);
function splitSentences(text) {
	const out = [];
	let start = 0;
	const stack = [];
	let inAsciiQuote = false;
	const push = (end) => {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const body = raw.trim();
		if (body.length > 0) out.push({
			text: body,
			start: start + lead,
			end: start + lead + body.length
		});
		start = end;
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] ?? "";
		if (ch === "\n") {
			if (isBlankLineAhead(text, i) || !isWrappedEnglish(text, i)) {
				stack.length = 0;
				inAsciiQuote = false;
				push(i);
			}
			continue;
		}
		const close = OPEN_TO_CLOSE[ch];
		if (close) {
			stack.push(close);
			continue;
		}
		if (stack.length > 0 && ch === stack[stack.length - 1] || ch === "\"" && inAsciiQuote) {
			if (ch === "\"") inAsciiQuote = false;
			else stack.pop();
			if (stack.length === 0 && !inAsciiQuote && quotationEndsSentence(text, i)) push(i + 1);
			continue;
		}
		if (ch === "\"") {
			inAsciiQuote = true;
			continue;
		}
		if (stack.length > 0 || inAsciiQuote) continue;
		if (JA_END.has(ch)) {
			push(afterClosers(text, i + 1));
			i = start - 1;
		} else if (EN_END.has(ch) && endsEnglishSentence(text, i)) {
			push(afterClosers(text, i + 1));
			i = start - 1;
		}
	}
	push(text.length);
	return out;
}
/** Index after any terminators and closing quotes/brackets that follow position `i`. */
function afterClosers(text, i) {
	let j = i;
	while (j < text.length && (CLOSERS.has(text[j] ?? "") || JA_END.has(text[j] ?? "") || EN_END.has(text[j] ?? ""))) j++;
	return j;
}
function endsEnglishSentence(text, i) {
	const next = text[afterClosers(text, i + 1)];
	if (next !== void 0 && CJK.test(next)) return true;
	if (next !== void 0 && !/\s/.test(next)) return false;
	if (text[i] !== ".") return true;
	const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? "";
	if (ABBREVIATIONS.has(word.toLowerCase())) return false;
	if (/^[A-Z]$/.test(word) && text[i - 2] === ".") return false;
	if (/^[A-Z]$/.test(word) && /\s/.test(text[i - 2] ?? " ")) return false;
	return true;
}
function quotationEndsSentence(text, i) {
	return EN_END.has(text[i - 1] ?? "") && /^\s+[A-Z“"]/.test(text.slice(i + 1, i + 4));
}
function isBlankLineAhead(text, i) {
	return /^\n[ \t\u3000]*\n/.test(text.slice(i, i + 40)) || /\n[ \t\u3000]*$/.test(text.slice(0, i));
}
/** A line that ends inside an English sentence and continues in lower case on the next line. */
function isWrappedEnglish(text, i) {
	const before = text.slice(Math.max(0, i - 2), i).trimEnd();
	const after = text.slice(i + 1, i + 3).trimStart();
	if (/[、，]$/.test(before)) return true;
	return /[A-Za-z,;:-]$/.test(before) && /^[a-z]/.test(after);
}
function analyseSentences(text, index) {
	return splitSentences(text).map((sentence) => ({
		sentence,
		mentions: findActors(sentence.text, index)
	}));
}
function generateCandidates(input) {
	const index = input.index ?? buildActorIndex(input.actors);
	const kinds = new Map(input.actors.map((a) => [a.id, a.kind]));
	const relations = input.relations ?? [];
	const represents = new Set(relations.filter((r) => r.type === "represents").map((r) => `${r.source}\u0000${r.target}`));
	const out = [];
	analyseSentences(input.text, index).forEach(({ sentence, mentions }, sentenceIndex) => {
		const ids = [...new Set(mentions.map((m) => m.actorId))];
		if (ids.length < 2) return;
		const typeHit = suggestType(sentence.text);
		const status = suggestStatus(sentence.text);
		const found = extractDate(sentence.text, input.articleDate);
		const date = found?.date ?? input.articleDate;
		for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
			const a = ids[i] ?? "";
			const b = ids[j] ?? "";
			if (represents.has(`${a}\u0000${b}`) || represents.has(`${b}\u0000${a}`)) continue;
			const fit = typeHit ? fitType(typeHit.value, a, b, kinds) : {
				type: void 0,
				source: a,
				target: b
			};
			if (!fit) continue;
			const quote = quoteFor(sentence.text, mentions, a, b);
			const candidate = {
				key: `${sentenceIndex}:${fit.source}:${fit.target}`,
				sentenceIndex,
				source: fit.source,
				target: fit.target,
				type: fit.type,
				typeCue: typeHit?.cue,
				status: status.value,
				statusCue: status.cue,
				date,
				dateFromSentence: found !== void 0,
				quote,
				id: relationId(fit.source, fit.type, fit.target, date)
			};
			const existing = findExisting(relations, candidate);
			if (existing) candidate.existing = existing;
			out.push(candidate);
		}
	});
	return out;
}
/** The type with its ends in an order the kinds allow (an agreement is only ever a target). */
function fitType(type, a, b, kinds) {
	const fits = (s, t) => {
		const sk = kinds.get(s);
		const tk = kinds.get(t);
		return !!sk && !!tk && allowedKinds(type, "source").includes(sk) && allowedKinds(type, "target").includes(tk);
	};
	if (fits(a, b)) return {
		type,
		source: a,
		target: b
	};
	if (fits(b, a)) return {
		type,
		source: b,
		target: a
	};
}
/** The sentence, or when longer than MAX_QUOTE the clause-bounded stretch naming both actors. */
function quoteFor(sentence, mentions, a, b) {
	if (sentence.length <= 300) return sentence;
	const ends = mentions.filter((m) => m.actorId === a || m.actorId === b);
	let start = Math.min(...ends.map((m) => m.start));
	let end = Math.max(...ends.map((m) => m.end));
	const stops = /[、，,;；。]/;
	while (start > 0 && !stops.test(sentence[start - 1] ?? "") && end - start < 300) start--;
	while (end < sentence.length && end - start < 300 && !stops.test(sentence[end - 1] ?? "")) end++;
	return sentence.slice(start, Math.min(end, start + 300)).trim();
}
function relationId(source, type, target, date) {
	return `${source}--${type ?? "related"}--${target}${date ? `-${date}` : ""}`;
}
function findExisting(relations, c) {
	if (!c.type) return void 0;
	const undirected = !RELATION_INFO[c.type].directed;
	const sameEnds = (r) => r.source === c.source && r.target === c.target || undirected && r.source === c.target && r.target === c.source;
	const takesPart = (r, id) => r.source === id || r.target === id || (r.participants ?? []).includes(id);
	const same = (r) => r.type === c.type && (r.start ?? void 0) === c.date;
	return (relations.find((r) => same(r) && sameEnds(r)) ?? relations.find((r) => same(r) && (r.participants ?? []).length > 0 && takesPart(r, c.source) && takesPart(r, c.target)))?.id;
}
// src/model/file-set.ts
/** Folder of the texts of `article` sources, inside graph-data/. */
var TEXTS_DIR = "texts";
function articleTextPath(sourceId) {
	return `${TEXTS_DIR}/${sourceId}.txt`;
}
// src/curate/workspace.ts
/** Where new items go. */
var NEW_FILES = {
	sources: "sources.yaml",
	actors: "actors/curated.yaml",
	relations: "relations/curated.yaml"
};
function sectionOf(path) {
	if (path === "sources.yaml") return "sources";
	if (/^actors\/[^/]+\.ya?ml$/.test(path)) return "actors";
	if (/^relations\/[^/]+\.ya?ml$/.test(path)) return "relations";
}
/** Reads the files of a graph-data/ folder; throws on a file that does not parse (fix it first). */
function loadWorkspace(files) {
	const ws = {
		base: files,
		sources: [],
		actors: [],
		relations: [],
		texts: /* @__PURE__ */ new Map()
	};
	for (const path of [...files.keys()].sort()) {
		const text = files.get(path) ?? "";
		const section = sectionOf(path);
		if (section) {
			const parsed = parseYamlList(path, text, section);
			const error = parsed.problems[0];
			if (error) throw new Error(`curate: graph-data/${path}:${error.line}: ${error.message}; run npm run validate`);
			for (const item of parsed.items) ws[section].push({
				file: path,
				value: item.value
			});
		}
		const m = new RegExp(`^${TEXTS_DIR}/([^/]+)\\.txt$`).exec(path);
		if (m?.[1]) ws.texts.set(m[1], text);
	}
	return ws;
}
function cloneWorkspace(ws) {
	return {
		base: ws.base,
		sources: ws.sources.map((e) => ({ ...e })),
		actors: ws.actors.map((e) => ({ ...e })),
		relations: ws.relations.map((e) => ({ ...e })),
		texts: new Map(ws.texts)
	};
}
function findEntry(list, id) {
	return list.findIndex((e) => e.value.id === id);
}
// src/curate/changes.ts
var EMPTY_CHANGE_SET = {
	done: [],
	redo: []
};
function record(set, change) {
	return {
		done: [...set.done, change],
		redo: []
	};
}
function undo(set) {
	const last = set.done[set.done.length - 1];
	return last ? {
		done: set.done.slice(0, -1),
		redo: [...set.redo, last]
	} : set;
}
function redo(set) {
	const next = set.redo[set.redo.length - 1];
	return next ? {
		done: [...set.done, next],
		redo: set.redo.slice(0, -1)
	} : set;
}
function applyChanges(base, changes) {
	let ws = cloneWorkspace(base);
	const failed = [];
	changes.forEach((change, index) => {
		const next = cloneWorkspace(ws);
		const reason = applyOne(next, change);
		if (reason) failed.push({
			index,
			change,
			reason
		});
		else ws = next;
	});
	return {
		workspace: ws,
		failed
	};
}
/** Applies one change in place; returns why it cannot apply, or undefined. */
function applyOne(ws, c) {
	switch (c.op) {
		case "add-source":
			if (findEntry(ws.sources, c.source.id) >= 0) return `source "${c.source.id}" exists already`;
			ws.sources.push({
				file: NEW_FILES.sources,
				value: c.source
			});
			if (c.text !== void 0) ws.texts.set(c.source.id, c.text);
			return;
		case "add-actor":
			if (findEntry(ws.actors, c.actor.id) >= 0) return `actor "${c.actor.id}" exists already`;
			ws.actors.push({
				file: NEW_FILES.actors,
				value: c.actor
			});
			return;
		case "edit-actor": {
			const i = findEntry(ws.actors, c.id);
			if (i < 0) return `no actor "${c.id}" to edit`;
			if (c.actor.id !== c.id) return `an edit cannot change the id "${c.id}"; merge instead`;
			ws.actors[i] = {
				file: ws.actors[i]?.file ?? NEW_FILES.actors,
				value: c.actor
			};
			return;
		}
		case "delete-actor": {
			const i = findEntry(ws.actors, c.id);
			if (i < 0) return `no actor "${c.id}" to delete`;
			const used = ws.relations.filter((r) => r.value.source === c.id || r.value.target === c.id || r.value.participants?.includes(c.id));
			if (used.length > 0) return `actor "${c.id}" still has ${used.length} relation(s) (${used[0]?.value.id}…): delete them or merge the actor`;
			ws.actors.splice(i, 1);
			return;
		}
		case "add-relation":
			if (findEntry(ws.relations, c.relation.id) >= 0) return `relation "${c.relation.id}" exists already`;
			ws.relations.push({
				file: NEW_FILES.relations,
				value: c.relation
			});
			return;
		case "edit-relation": {
			const i = findEntry(ws.relations, c.id);
			if (i < 0) return `no relation "${c.id}" to edit`;
			if (c.relation.id !== c.id) return `an edit cannot change the id "${c.id}"`;
			ws.relations[i] = {
				file: ws.relations[i]?.file ?? NEW_FILES.relations,
				value: c.relation
			};
			return;
		}
		case "delete-relation": {
			const i = findEntry(ws.relations, c.id);
			if (i < 0) return `no relation "${c.id}" to delete`;
			ws.relations.splice(i, 1);
			return;
		}
		case "merge-actors": return merge(ws, c.keep, c.drop);
	}
}
/**
* One entity, two ids: `drop`'s relations move to `keep` (a relation between the two disappears, as
* it would be a self-loop), its names and aliases become aliases of `keep`, and `drop` is deleted.
*/
function merge(ws, keepId, dropId) {
	if (keepId === dropId) return `cannot merge actor "${keepId}" with itself`;
	const k = findEntry(ws.actors, keepId);
	const d = findEntry(ws.actors, dropId);
	const keep = ws.actors[k];
	const drop = ws.actors[d];
	if (!keep) return `no actor "${keepId}" to merge into`;
	if (!drop) return `no actor "${dropId}" to merge`;
	const own = /* @__PURE__ */ new Set([keep.value.name.en, keep.value.name.ja]);
	const aliases = [];
	for (const a of [
		...keep.value.aliases ?? [],
		drop.value.name.en,
		drop.value.name.ja,
		...drop.value.aliases ?? []
	]) if (!own.has(a) && !aliases.includes(a)) aliases.push(a);
	ws.actors[k] = {
		...keep,
		value: {
			...keep.value,
			aliases
		}
	};
	ws.relations = ws.relations.flatMap((entry) => {
		const r = withoutActor(entry.value, dropId, keepId);
		if (r.source !== dropId && r.target !== dropId) return [r === entry.value ? entry : {
			...entry,
			value: r
		}];
		const source = r.source === dropId ? keepId : r.source;
		const target = r.target === dropId ? keepId : r.target;
		if (source === target) return [];
		return [{
			...entry,
			value: {
				...r,
				source,
				target
			}
		}];
	});
	ws.actors.splice(findEntry(ws.actors, dropId), 1);
}
/** A relation whose participants and statement speakers name `keepId` instead of `dropId` (same object if none do). */
function withoutActor(r, dropId, keepId) {
	if (!(r.participants?.includes(dropId) || r.evidence.some((e) => e.statement?.by === dropId))) return r;
	const participants = r.participants ? [...new Set(r.participants.map((p) => p === dropId ? keepId : p))] : void 0;
	const evidence = r.evidence.map((e) => e.statement?.by === dropId ? {
		...e,
		statement: {
			...e.statement,
			by: keepId
		}
	} : e);
	return {
		...r,
		...participants ? { participants } : {},
		evidence
	};
}
/** A short English description of a change for the pending list. */
function describeChange(c) {
	switch (c.op) {
		case "add-source": return `add source "${c.source.id}"${c.text !== void 0 ? ` with its text (${c.text.length} characters)` : ""}`;
		case "add-actor": return `add actor "${c.actor.id}" (${c.actor.name.en} / ${c.actor.name.ja})`;
		case "edit-actor": return `edit actor "${c.id}"`;
		case "delete-actor": return `delete actor "${c.id}"`;
		case "add-relation": return `add relation "${c.relation.id}"`;
		case "edit-relation": return `edit relation "${c.id}"`;
		case "delete-relation": return `delete relation "${c.id}"`;
		case "merge-actors": return `merge actor "${c.drop}" into "${c.keep}"`;
	}
}
// src/curate/export-files.ts
var FLOW_KEYS = /* @__PURE__ */ new Set([
	"name",
	"aliases",
	"added"
]);
var QUOTED_KEYS = /* @__PURE__ */ new Set([
	"start",
	"end",
	"date",
	"at",
	"quote",
	"note",
	"title"
]);
var HEADER = {
	sources: " Sources of the Alignmap dataset.",
	actors: " Actors added in the curation mode of the app (see README, \"Curating the data\").",
	relations: " Relations added in the curation mode of the app, each with a verbatim quote from its source\n (see README, \"Curating the data\")."
};
var NO_FILES = /* @__PURE__ */ new Map();
/** The files that differ from the loaded ones: path inside graph-data/ → new text. */
function changedFiles(ws) {
	const out = /* @__PURE__ */ new Map();
	const paths = /* @__PURE__ */ new Set();
	for (const section of [
		"sources",
		"actors",
		"relations"
	]) for (const e of ws[section]) paths.add(e.file);
	for (const path of ws.base.keys()) if (sectionOf(path)) paths.add(path);
	for (const path of [...paths].sort()) {
		const section = sectionOf(path);
		if (!section) continue;
		const values = ws[section].filter((e) => e.file === path).map((e) => e.value);
		const base = ws.base.get(path);
		if (base !== void 0 && JSON.stringify(baseValues(base)) === JSON.stringify(values)) continue;
		out.set(path, renderYamlFile(base, values, section));
	}
	for (const [id, text] of [...ws.texts].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
		const path = articleTextPath(id);
		if (ws.base.get(path) !== text) out.set(path, text);
	}
	return out;
}
/**
* The same validator over the workspace's items in memory, each problem tied to its item and field,
* for messages next to the fields of the edit forms.
*/
function fieldProblems(ws, seedTexts) {
	const items = [
		"sources",
		"actors",
		"relations"
	].flatMap((section) => listItems("graph-data", section, ws[section].map((e) => e.value)).items);
	return validateItems(items, {
		seedTexts,
		articleTexts: ws.texts
	}).problems.flatMap((p) => {
		const m = /^(sources|actors|relations)\[(\d+)\]\.?(.*)$/.exec(p.path ?? "");
		if (!m) return [];
		const section = m[1];
		const entry = ws[section][Number(m[2])];
		return [{
			section,
			id: typeof entry?.value.id === "string" ? entry.value.id : "",
			field: m[3] ?? "",
			message: p.message,
			severity: p.severity
		}];
	});
}
/** A zip of the changed files under graph-data/, ready to unpack over a checkout. */
function exportZip(ws) {
	const entries = {};
	for (const [path, text] of changedFiles(ws)) entries[`graph-data/${path}`] = strToU8(text);
	return zipSync(entries, {
		level: 6,
		mtime: /* @__PURE__ */ new Date("2025-01-01T00:00:00Z")
	});
}
function baseValues(text) {
	const doc = parseDocument(text);
	return isSeq(doc.contents) ? doc.contents.items.map((n) => n.toJSON()) : [];
}
/**
* The file's text with only the changed items replaced: unchanged items, comments and blank lines are
* copied from the loaded text byte for byte; deleted items are cut out; new items are appended.
*/
function renderYamlFile(base, values, section) {
	const wanted = /* @__PURE__ */ new Map();
	for (const v of values) {
		const id = v.id;
		if (typeof id === "string") wanted.set(id, v);
	}
	let out = "";
	let cursor = 0;
	const written = /* @__PURE__ */ new Set();
	const doc = base !== void 0 ? parseDocument(base) : void 0;
	if (base === void 0) out = `#${HEADER[section].replace(/\n/g, "\n#")}\n\n`;
	if (base !== void 0 && doc && isSeq(doc.contents)) {
		for (const node of doc.contents.items) {
			const range = node.range;
			const json = node.toJSON();
			if (!range || typeof json?.id !== "string") continue;
			const start = base.lastIndexOf("\n", range[0] - 1) + 1;
			const nl = base.indexOf("\n", Math.max(range[1] - 1, start));
			const end = nl < 0 ? base.length : nl + 1;
			out += base.slice(cursor, start);
			cursor = end;
			const value = wanted.get(json.id);
			if (value === void 0) continue;
			written.add(json.id);
			out += JSON.stringify(value) === JSON.stringify(json) ? base.slice(start, end) : renderItem(value);
		}
		out += base.slice(cursor);
	} else if (base !== void 0 && base.trim() !== "" && !/^\s*(#.*)?$/s.test(base)) out = base.endsWith("\n") ? base : `${base}\n`;
	else if (base !== void 0) out = base;
	const added = values.filter((v) => !written.has(String(v.id)));
	if (added.length > 0 && out !== "" && !out.endsWith("\n")) out += "\n";
	for (const v of added) out += renderItem(v);
	return out;
}
function renderItem(value) {
	const doc = new Document([value]);
	styled(doc.contents, void 0);
	return doc.toString({
		lineWidth: 0,
		flowCollectionPadding: true
	}).replace(/^(\s*(?:- )?aliases: )\[ (.*) \]$/gm, "$1[$2]");
}
/** House style for a new node: flow-style names and aliases, double-quoted dates and quotes. */
function styled(node, key) {
	if (isMap(node)) {
		if (key && FLOW_KEYS.has(key)) node.flow = true;
		for (const pair of node.items) {
			const k = isScalar(pair.key) ? String(pair.key.value) : void 0;
			if (pair.value) styled(pair.value, k);
		}
	} else if (isSeq(node)) {
		if (key && FLOW_KEYS.has(key)) node.flow = true;
		for (const item of node.items) styled(item, void 0);
	} else if (isScalar(node) && typeof node.value === "string" && key && QUOTED_KEYS.has(key)) node.type = Scalar.QUOTE_DOUBLE;
	return node;
}
// src/curate/session.ts
function openSession(base, set) {
	const { workspace, failed } = applyChanges(base, set.done);
	return {
		set,
		workspace,
		failed
	};
}
/** Applies `change` on top of the session; refused when it cannot apply or adds an error. */
function tryChange(base, state, change, seedTexts) {
	const step = applyChanges(state.workspace, [change]);
	const failure = step.failed[0];
	if (failure) return {
		ok: false,
		reason: failure.reason,
		problems: []
	};
	const before = new Set(errorsOf(state.workspace, seedTexts).map(key));
	const added = errorsOf(step.workspace, seedTexts).filter((p) => !before.has(key(p)));
	if (added.length > 0) return {
		ok: false,
		problems: added
	};
	return {
		ok: true,
		state: {
			set: record(state.set, change),
			workspace: step.workspace,
			failed: state.failed
		}
	};
}
function undoSession(base, state) {
	return openSession(base, undo(state.set));
}
function redoSession(base, state) {
	return openSession(base, redo(state.set));
}
/** The workspace as a validated dataset for the graph, or the problems that keep it from one. */
function datasetOf(ws, seedTexts) {
	const items = [
		"sources",
		"actors",
		"relations"
	].flatMap((section) => listItems("graph-data", section, ws[section].map((e) => e.value)).items);
	const result = validateItems(items, {
		seedTexts,
		articleTexts: ws.texts
	});
	if (result.ok && result.dataset) return {
		ok: true,
		dataset: result.dataset
	};
	return {
		ok: false,
		problems: errorsOf(ws, seedTexts)
	};
}
function errorsOf(ws, seedTexts) {
	return fieldProblems(ws, seedTexts).filter((p) => p.severity === "error");
}
function key(p) {
	return `${p.section}\u0000${p.id}\u0000${p.field}\u0000${p.message}`;
}
/**
* The review filter: only the relations added on or after `since` (YYYY-MM-DD), with every actor
* (the explorer hides actors left without relations).
*/
function addedSince(dataset, since) {
	return {
		...dataset,
		relations: dataset.relations.filter((r) => r.added !== void 0 && r.added.at >= since)
	};
}
// src/state/curation-data.ts
var DATA_FILES = /* #__PURE__ */ Object.assign({
	"/graph-data/actors/core-persons.yaml": () => __vitePreload(() => import("./core-persons-CL3rh-Gh.js").then((m) => m["default"]), []),
	"/graph-data/actors/organizations.yaml": () => __vitePreload(() => import("./organizations-DGOAjNch.js").then((m) => m["default"]), []),
	"/graph-data/actors/seed-000.yaml": () => __vitePreload(() => import("./seed-000-BFztBM-T.js").then((m) => m["default"]), []),
	"/graph-data/actors/seed-001.yaml": () => __vitePreload(() => import("./seed-001-7jOOFXp_.js").then((m) => m["default"]), []),
	"/graph-data/actors/seed-002.yaml": () => __vitePreload(() => import("./seed-002-JrDis5g9.js").then((m) => m["default"]), []),
	"/graph-data/actors/seed-003.yaml": () => __vitePreload(() => import("./seed-003-D6BpkSTu.js").then((m) => m["default"]), []),
	"/graph-data/actors/seed-004.yaml": () => __vitePreload(() => import("./seed-004-BxWXOTZA.js").then((m) => m["default"]), []),
	"/graph-data/actors/states.yaml": () => __vitePreload(() => import("./states-2dxnSHhT.js").then((m) => m["default"]), []),
	"/graph-data/relations/background.yaml": () => __vitePreload(() => import("./background-Dl79g2oy.js").then((m) => m["default"]), []),
	"/graph-data/relations/core-persons.yaml": () => __vitePreload(() => import("./core-persons-CeaQnduZ.js").then((m) => m["default"]), []),
	"/graph-data/relations/memberships.yaml": () => __vitePreload(() => import("./memberships-C5c4DLJ5.js").then((m) => m["default"]), []),
	"/graph-data/relations/seed-000.yaml": () => __vitePreload(() => import("./seed-000-B5LkXOc7.js").then((m) => m["default"]), []),
	"/graph-data/relations/seed-001.yaml": () => __vitePreload(() => import("./seed-001-BCW4OdVj.js").then((m) => m["default"]), []),
	"/graph-data/relations/seed-002.yaml": () => __vitePreload(() => import("./seed-002-Kwkqnj63.js").then((m) => m["default"]), []),
	"/graph-data/relations/seed-003.yaml": () => __vitePreload(() => import("./seed-003-B-GskF78.js").then((m) => m["default"]), []),
	"/graph-data/relations/seed-004.yaml": () => __vitePreload(() => import("./seed-004-Bx-8UPt1.js").then((m) => m["default"]), []),
	"/graph-data/sources.yaml": () => __vitePreload(() => import("./sources-Bwswmo4i.js").then((m) => m["default"]), [])
});
async function loadBundledFiles() {
	const files = /* @__PURE__ */ new Map();
	for (const [path, load] of Object.entries(DATA_FILES).sort(([a], [b]) => a < b ? -1 : 1)) files.set(path.replace(/^\/graph-data\//, ""), await load());
	return files;
}
// src/state/curation.svelte.ts
var STORE_KEY = "curation-change-set";
var AUTHOR_KEY = "alignmap.curation.author";
var CurationState = class {
	app;
	#open = state(false);
	get open() {
		return get(this.#open);
	}
	set open(value) {
		set(this.#open, value, true);
	}
	#base = state(null);
	get base() {
		return get(this.#base);
	}
	set base(value) {
		set(this.#base, value);
	}
	#session = state(null);
	get session() {
		return get(this.#session);
	}
	set session(value) {
		set(this.#session, value);
	}
	#loadError = state(null);
	get loadError() {
		return get(this.#loadError);
	}
	set loadError(value) {
		set(this.#loadError, value, true);
	}
	#refusal = state(null);
	get refusal() {
		return get(this.#refusal);
	}
	set refusal(value) {
		set(this.#refusal, value);
	}
	#storageMessage = state(null);
	get storageMessage() {
		return get(this.#storageMessage);
	}
	set storageMessage(value) {
		set(this.#storageMessage, value, true);
	}
	#author = state(proxy(readAuthor()));
	get author() {
		return get(this.#author);
	}
	set author(value) {
		set(this.#author, value, true);
	}
	#articleId = state(null);
	get articleId() {
		return get(this.#articleId);
	}
	set articleId(value) {
		set(this.#articleId, value, true);
	}
	#articleText = state("");
	get articleText() {
		return get(this.#articleText);
	}
	set articleText(value) {
		set(this.#articleText, value, true);
	}
	#articleDate = state("");
	get articleDate() {
		return get(this.#articleDate);
	}
	set articleDate(value) {
		set(this.#articleDate, value, true);
	}
	#candidates = state([]);
	get candidates() {
		return get(this.#candidates);
	}
	set candidates(value) {
		set(this.#candidates, value);
	}
	#decided = state({});
	get decided() {
		return get(this.#decided);
	}
	set decided(value) {
		set(this.#decided, value);
	}
	#addedSince = state("");
	get addedSince() {
		return get(this.#addedSince);
	}
	set addedSince(value) {
		set(this.#addedSince, value, true);
	}
	#reviewOnly = state(false);
	get reviewOnly() {
		return get(this.#reviewOnly);
	}
	set reviewOnly(value) {
		set(this.#reviewOnly, value, true);
	}
	#workspace = user_derived(() => this.session?.workspace ?? null);
	get workspace() {
		return get(this.#workspace);
	}
	set workspace(value) {
		set(this.#workspace, value);
	}
	#canUndo = user_derived(() => (this.session?.set.done.length ?? 0) > 0);
	get canUndo() {
		return get(this.#canUndo);
	}
	set canUndo(value) {
		set(this.#canUndo, value);
	}
	#canRedo = user_derived(() => (this.session?.set.redo.length ?? 0) > 0);
	get canRedo() {
		return get(this.#canRedo);
	}
	set canRedo(value) {
		set(this.#canRedo, value);
	}
	#problems = user_derived(() => this.workspace ? fieldProblems(this.workspace) : []);
	get problems() {
		return get(this.#problems);
	}
	set problems(value) {
		set(this.#problems, value);
	}
	#files = user_derived(() => this.workspace ? changedFiles(this.workspace) : NO_FILES);
	get files() {
		return get(this.#files);
	}
	set files(value) {
		set(this.#files, value);
	}
	store;
	constructor(app, store = indexedDbBackend()) {
		this.app = app;
		this.store = store;
	}
	/** Loads the bundled graph-data/ files and the stored change set (once). */
	async start() {
		if (this.base || this.loadError) return;
		try {
			const base = loadWorkspace(await loadBundledFiles());
			let set = EMPTY_CHANGE_SET;
			try {
				const stored = await this.store?.get(STORE_KEY);
				if (stored && Array.isArray(stored.done) && Array.isArray(stored.redo)) set = stored;
			} catch (e) {
				this.storageMessage = `curation: stored changes could not be read (${e.message})`;
			}
			this.base = base;
			this.session = openSession(base, set);
			if (set.done.length > 0) this.showGraph();
		} catch (e) {
			this.loadError = e.message;
		}
	}
	/** On page load: when changes are stored, loads everything and shows the changed graph. */
	async resume() {
		try {
			const stored = await this.store?.get(STORE_KEY);
			if (stored && Array.isArray(stored.done) && stored.done.length > 0) await this.start();
		} catch (e) {
			this.storageMessage = `curation: stored changes could not be read (${e.message})`;
		}
	}
	/** Tries a change; returns true when it was kept. */
	apply(change) {
		if (!this.base || !this.session) return false;
		const result = tryChange(this.base, this.session, change);
		if (!result.ok) {
			this.refusal = {
				reason: result.reason,
				problems: result.problems
			};
			return false;
		}
		this.refusal = null;
		this.commit(result.state);
		return true;
	}
	undo() {
		if (this.base && this.session && this.canUndo) this.commit(undoSession(this.base, this.session));
	}
	redo() {
		if (this.base && this.session && this.canRedo) this.commit(redoSession(this.base, this.session));
	}
	/** Drops every pending change; resolves once the empty change set is stored. */
	discardAll() {
		return this.base ? this.commit(openSession(this.base, EMPTY_CHANGE_SET)) : Promise.resolve();
	}
	setAuthor(name) {
		this.author = name;
		try {
			globalThis.localStorage?.setItem(AUTHOR_KEY, name);
		} catch {}
	}
	findCandidates(text, articleDate) {
		const ws = this.workspace;
		if (!ws) return;
		const actors = ws.actors.map((e) => e.value);
		this.candidates = generateCandidates({
			text,
			articleDate,
			actors,
			relations: ws.relations.map((e) => e.value),
			index: buildActorIndex(actors)
		});
		this.decided = {};
	}
	decide(key, decision) {
		this.decided = {
			...this.decided,
			[key]: decision
		};
	}
	source(id) {
		return this.workspace?.sources.find((e) => e.value.id === id)?.value;
	}
	zip() {
		return this.workspace ? exportZip(this.workspace) : null;
	}
	commit(state) {
		this.session = state;
		const set = state.set;
		const stored = (this.store?.put(STORE_KEY, snapshot(set)) ?? Promise.resolve()).catch((e) => {
			this.storageMessage = `curation: changes not stored (${e.message}); export them`;
		});
		this.showGraph();
		return stored;
	}
	/** Turns the "added since" filter of the graph on or off (or changes its date). */
	setReview(since, only) {
		this.addedSince = since;
		this.reviewOnly = only;
		this.showGraph();
	}
	/** Puts the changed data on screen, keeping the positions of the actors already placed. */
	showGraph() {
		const ws = this.workspace;
		if (!ws) return;
		const result = datasetOf(ws);
		if (!result.ok) return;
		const shown = this.reviewOnly && this.addedSince ? addedSince(result.dataset, this.addedSince) : result.dataset;
		const graph = buildGraph(shown);
		const old = this.app.graph;
		if (old) {
			graph.replaceAttributes({
				...old.getAttributes(),
				sources: result.dataset.sources
			});
			graph.forEachNode((id) => {
				if (!old.hasNode(id)) return;
				const { x, y } = old.getNodeAttributes(id);
				if (typeof x === "number" && typeof y === "number") graph.mergeNodeAttributes(id, {
					x,
					y
				});
			});
		}
		seedMissingPositions(graph);
		this.app.replaceGraph(graph);
	}
};
function readAuthor() {
	try {
		return globalThis.localStorage?.getItem(AUTHOR_KEY) ?? "";
	} catch {
		return "";
	}
}
// src/ui/curate/strings.ts
function ct(language, key) {
	return t(language, `curate_${key}`);
}
// src/curate/accept.ts
function articleSourceChange(meta, text) {
	return {
		op: "add-source",
		source: {
			id: meta.id,
			kind: "article",
			title: meta.title,
			publisher: meta.publisher,
			date: meta.date,
			language: meta.language,
			...meta.url ? { url: meta.url } : {}
		},
		text
	};
}
/**
* The change for an accepted decision: evidence added to `existing` when given, otherwise a new
* relation with a free id (suffix -2, -3 … when the natural id is taken).
*/
function acceptChange(ws, d, sourceId, added, existing) {
	const evidence = {
		source: sourceId,
		quote: d.quote
	};
	if (existing) {
		const entry = ws.relations[findEntry(ws.relations, existing)];
		if (entry) return {
			op: "edit-relation",
			id: existing,
			relation: {
				...entry.value,
				evidence: [...entry.value.evidence ?? [], evidence]
			}
		};
	}
	return {
		op: "add-relation",
		relation: {
			id: freeId(ws, `${d.source}--${d.type}--${d.target}${d.date ? `-${d.date}` : ""}`),
			source: d.source,
			target: d.target,
			type: d.type,
			status: d.status,
			certainty: d.certainty,
			...d.date ? { start: d.date } : {},
			...d.note ? { note: d.note } : {},
			added: {
				by: added.by,
				at: added.at
			},
			evidence: [evidence]
		}
	};
}
function freeId(ws, id) {
	if (findEntry(ws.relations, id) < 0) return id;
	for (let n = 2;; n++) if (findEntry(ws.relations, `${id}-${n}`) < 0) return `${id}-${n}`;
}
/** A kebab-case id from an English name: "Kaja Kallas" → "kaja-kallas" (suffix when taken). */
function actorIdFor(ws, en) {
	const base = en.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "actor";
	if (findEntry(ws.actors, base) < 0) return base;
	for (let n = 2;; n++) if (findEntry(ws.actors, `${base}-${n}`) < 0) return `${base}-${n}`;
}
function newActorChange(ws, a) {
	return {
		op: "add-actor",
		actor: {
			id: actorIdFor(ws, a.en),
			kind: a.kind,
			name: {
				en: a.en.trim(),
				ja: a.ja.trim()
			},
			aliases: a.aliases ?? [],
			...a.role ? { role: a.role } : {}
		}
	};
}
// src/ui/curate/field-messages.ts
function messagesFor(problems, section, id, field) {
	return problems.filter((p) => p.section === section && p.id === id && (p.field === field || p.field.startsWith(`${field}.`) || p.field.startsWith(`${field}[`))).map((p) => p.message);
}
/** Today as YYYY-MM-DD (the `added.at` of new relations). */
function today() {
	return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
/** A source id from a title and date: "2025-12-02-china-russia-talks" (ASCII letters and digits). */
function sourceIdFor(title, date) {
	const words = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
	return `article-${date.replace(/[^0-9]/g, "")}${words ? `-${words}` : ""}`;
}
// src/ui/curate/FieldMessages.svelte
var root$9 = from_html(`<p class="field-error svelte-1ezoulp" role="alert"> </p>`);
function FieldMessages($$anchor, $$props) {
	var fragment = comment();
	var node = first_child(fragment);
	each(node, 16, () => $$props.messages, (message) => message, ($$anchor, message) => {
		var p = root$9();
		var text = only_child(p, true);
		template_effect(() => set_text(text, message));
		append($$anchor, p);
	});
	append($$anchor, fragment);
}
// src/ui/curate/CandidateRow.svelte
var root$8 = from_html(`<span class="badge svelte-goewry"> </span>`);
var root_1$7 = from_html(`<option> </option>`);
var root_2$6 = from_html(`<label class="existing svelte-goewry"><input type="checkbox"/> <code> </code></label>`);
var root_3$4 = from_html(`<div class="fields svelte-goewry"><select><option> </option><!></select> <select></select> <select></select> <input size="10"/></div> <!> <label class="quote svelte-goewry"> <textarea rows="3" class="svelte-goewry"></textarea></label> <!> <!> <div class="actions svelte-goewry"><button type="button"> </button> <button type="button"> </button></div>`, 1);
var root_4$2 = from_html(`<p class="quote-done svelte-goewry"> </p>`);
var root_5$2 = from_html(`<li><p class="ends svelte-goewry"><strong> </strong> <strong> </strong> <!></p> <!></li>`);
function CandidateRow($$anchor, $$props) {
	push($$props, true);
	const lang = user_derived(() => $$props.app.language);
	const c = user_derived(() => $$props.candidate);
	const first = untrack(() => $$props.candidate);
	let type = state(proxy(first.type ?? ""));
	let status = state(proxy(first.status));
	let certainty = state("reported");
	let date = state(proxy(first.date ?? ""));
	let quote = state(proxy(first.quote));
	let toExisting = state(first.existing !== void 0);
	let tried = state(null);
	const decided = user_derived(() => $$props.curation.decided[get(c).key]);
	const name = (id) => $$props.curation.workspace?.actors.find((e) => e.value.id === id)?.value.name[get(lang)] ?? id;
	const problems = user_derived(() => get(tried) ? $$props.curation.refusal?.problems ?? [] : []);
	const at = (f) => get(tried) ? messagesFor(get(problems), "relations", get(tried), f) : [];
	function accept() {
		const ws = $$props.curation.workspace;
		if (!ws || !$$props.curation.articleId || !get(type)) return;
		const change = acceptChange(ws, {
			source: get(c).source,
			target: get(c).target,
			type: get(type),
			status: get(status),
			certainty: get(certainty),
			quote: get(quote),
			date: get(date).trim() || void 0
		}, $$props.curation.articleId, {
			by: $$props.curation.author.trim() || "anonymous",
			at: today()
		}, get(toExisting) ? get(c).existing : void 0);
		set(tried, change.op === "add-relation" ? change.relation.id : change.op === "edit-relation" ? change.id : null, true);
		if ($$props.curation.apply(change)) {
			set(tried, null);
			$$props.curation.decide(get(c).key, "accepted");
		}
	}
	var li = root_5$2();
	let classes;
	var p = child(li);
	var strong = child(p);
	var text = only_child(strong, true);
	var text_1 = sibling(strong);
	var strong_1 = sibling(text_1);
	var text_2 = only_child(strong_1, true);
	var node = sibling(strong_1, 2);
	var consequent = ($$anchor) => {
		var span = root$8();
		var text_3 = only_child(span, true);
		template_effect(($0) => set_text(text_3, $0), [() => ct(get(lang), get(decided))]);
		append($$anchor, span);
	};
	if_block(node, ($$render) => {
		if (get(decided)) $$render(consequent);
	});
	reset(p);
	var node_1 = sibling(p, 2);
	var consequent_2 = ($$anchor) => {
		var fragment = root_3$4();
		var div = first_child(fragment);
		var select = child(div);
		var option = child(select);
		var text_4 = only_child(option, true);
		option.value = option.__value = "";
		var node_2 = sibling(option);
		each(node_2, 16, () => RELATION_TYPES, (value) => value, ($$anchor, value) => {
			var option_1 = root_1$7();
			var text_5 = only_child(option_1, true);
			var option_1_value = {};
			template_effect(() => {
				set_text(text_5, RELATION_INFO[value][get(lang)]);
				if (option_1_value !== (option_1_value = value)) option_1.value = (option_1.__value = option_1_value) ?? "";
			});
			append($$anchor, option_1);
		});
		reset(select);
		init_select(select);
		var select_1 = sibling(select, 2);
		each(select_1, 20, () => STATUSES, (value) => value, ($$anchor, value) => {
			var option_2 = root_1$7();
			var text_6 = only_child(option_2, true);
			var option_2_value = {};
			template_effect(() => {
				set_text(text_6, STATUS_INFO[value][get(lang)]);
				if (option_2_value !== (option_2_value = value)) option_2.value = (option_2.__value = option_2_value) ?? "";
			});
			append($$anchor, option_2);
		});
		reset(select_1);
		init_select(select_1);
		var select_2 = sibling(select_1, 2);
		each(select_2, 20, () => CERTAINTIES, (value) => value, ($$anchor, value) => {
			var option_3 = root_1$7();
			var text_7 = only_child(option_3, true);
			var option_3_value = {};
			template_effect(() => {
				set_text(text_7, CERTAINTY_INFO[value][get(lang)]);
				if (option_3_value !== (option_3_value = value)) option_3.value = (option_3.__value = option_3_value) ?? "";
			});
			append($$anchor, option_3);
		});
		reset(select_2);
		init_select(select_2);
		var input = sibling(select_2, 2);
		remove_input_defaults(input);
		reset(div);
		var node_3 = sibling(div, 2);
		{
			let $0 = user_derived(() => [
				...at("type"),
				...at("source"),
				...at("target"),
				...at("start")
			]);
			FieldMessages(node_3, { get messages() {
				return get($0);
			} });
		}
		var label = sibling(node_3, 2);
		var text_8 = child(label, true);
		var textarea = sibling(text_8);
		remove_textarea_child(textarea);
		reset(label);
		var node_4 = sibling(label, 2);
		{
			let $0 = user_derived(() => at("evidence"));
			FieldMessages(node_4, { get messages() {
				return get($0);
			} });
		}
		var node_5 = sibling(node_4, 2);
		var consequent_1 = ($$anchor) => {
			var label_1 = root_2$6();
			var input_1 = child(label_1);
			remove_input_defaults(input_1);
			var text_9 = sibling(input_1);
			var code = sibling(text_9);
			var text_10 = only_child(code, true);
			reset(label_1);
			template_effect(($0) => {
				set_text(text_9, `${$0 ?? ""} `);
				set_text(text_10, get(c).existing);
			}, [() => ct(get(lang), "addsEvidence")]);
			bind_checked(input_1, () => get(toExisting), ($$value) => set(toExisting, $$value));
			append($$anchor, label_1);
		};
		if_block(node_5, ($$render) => {
			if (get(c).existing) $$render(consequent_1);
		});
		var div_1 = sibling(node_5, 2);
		var button = child(div_1);
		var text_11 = only_child(button, true);
		var button_1 = sibling(button, 2);
		var text_12 = only_child(button_1, true);
		reset(div_1);
		template_effect(($0, $1, $2, $3, $4, $5, $6, $7, $8) => {
			set_attribute(select, "aria-label", $0);
			set_text(text_4, $1);
			set_attribute(select_1, "aria-label", $2);
			set_attribute(select_2, "aria-label", $3);
			set_attribute(input, "aria-label", $4);
			set_text(text_8, $5);
			set_attribute(textarea, "aria-label", $6);
			button.disabled = !get(type);
			set_text(text_11, $7);
			set_text(text_12, $8);
		}, [
			() => ct(get(lang), "type"),
			() => ct(get(lang), "chooseType"),
			() => ct(get(lang), "status"),
			() => ct(get(lang), "certainty"),
			() => ct(get(lang), "date"),
			() => ct(get(lang), "quote"),
			() => ct(get(lang), "quote"),
			() => ct(get(lang), "accept"),
			() => ct(get(lang), "reject")
		]);
		bind_select_value(select, () => get(type), ($$value) => set(type, $$value));
		bind_select_value(select_1, () => get(status), ($$value) => set(status, $$value));
		bind_select_value(select_2, () => get(certainty), ($$value) => set(certainty, $$value));
		bind_value(input, () => get(date), ($$value) => set(date, $$value));
		bind_value(textarea, () => get(quote), ($$value) => set(quote, $$value));
		delegated("click", button, accept);
		delegated("click", button_1, () => $$props.curation.decide(get(c).key, "rejected"));
		append($$anchor, fragment);
	};
	var alternate = ($$anchor) => {
		var p_1 = root_4$2();
		var text_13 = only_child(p_1, true);
		template_effect(() => set_text(text_13, get(quote)));
		append($$anchor, p_1);
	};
	if_block(node_1, ($$render) => {
		if (!get(decided)) $$render(consequent_2);
		else $$render(alternate, -1);
	});
	reset(li);
	template_effect(($0, $1) => {
		classes = set_class(li, 1, "candidate svelte-goewry", null, classes, { done: get(decided) });
		set_attribute(li, "data-key", get(c).key);
		set_text(text, $0);
		set_text(text_1, ` ${get(type) && RELATION_INFO[get(type)].directed ? "→" : "—"} `);
		set_text(text_2, $1);
	}, [() => name(get(c).source), () => name(get(c).target)]);
	append($$anchor, li);
	pop();
}
delegate(["click"]);
// src/ui/curate/NewActorForm.svelte
var root$7 = from_html(`<option> </option>`);
var root_1$6 = from_html(`<details class="svelte-1gvadxc"><summary> </summary> <form><label class="svelte-1gvadxc"> <input required=""/></label> <!> <label class="svelte-1gvadxc"> <input required=""/></label> <!> <label class="svelte-1gvadxc"> <select></select></label> <label class="svelte-1gvadxc"> <input/></label> <!> <label class="svelte-1gvadxc"> <input/></label> <button type="submit" class="svelte-1gvadxc"> </button></form></details>`);
function NewActorForm($$anchor, $$props) {
	push($$props, true);
	const lang = user_derived(() => $$props.app.language);
	let en = state("");
	let ja = state("");
	let kind = state("person");
	let aliases = state("");
	let role = state("");
	let tried = state(null);
	const at = (f) => get(tried) ? messagesFor($$props.curation.refusal?.problems ?? [], "actors", get(tried), f) : [];
	function add(event) {
		event.preventDefault();
		const ws = $$props.curation.workspace;
		if (!ws) return;
		const list = get(aliases).split(/[,、]/).map((a) => a.trim()).filter(Boolean);
		const change = newActorChange(ws, {
			kind: get(kind),
			en: get(en),
			ja: get(ja),
			aliases: list,
			role: get(role).trim() || void 0
		});
		set(tried, change.op === "add-actor" ? change.actor.id : null, true);
		if (!$$props.curation.apply(change)) return;
		set(tried, null);
		set(en, set(ja, set(aliases, set(role, ""), true), true), true);
		$$props.curation.findCandidates($$props.curation.articleText, $$props.curation.articleDate);
	}
	var details = root_1$6();
	var summary = child(details);
	var text = only_child(summary, true);
	var form = sibling(summary, 2);
	var label = child(form);
	var text_1 = child(label, true);
	var input = sibling(text_1);
	remove_input_defaults(input);
	reset(label);
	var node = sibling(label, 2);
	{
		let $0 = user_derived(() => at("name.en"));
		FieldMessages(node, { get messages() {
			return get($0);
		} });
	}
	var label_1 = sibling(node, 2);
	var text_2 = child(label_1, true);
	var input_1 = sibling(text_2);
	remove_input_defaults(input_1);
	reset(label_1);
	var node_1 = sibling(label_1, 2);
	{
		let $0 = user_derived(() => at("name.ja"));
		FieldMessages(node_1, { get messages() {
			return get($0);
		} });
	}
	var label_2 = sibling(node_1, 2);
	var text_3 = child(label_2, true);
	var select = sibling(text_3);
	each(select, 20, () => ACTOR_KINDS, (value) => value, ($$anchor, value) => {
		var option = root$7();
		var text_4 = only_child(option, true);
		var option_value = {};
		template_effect(() => {
			set_text(text_4, KIND_INFO[value][get(lang)]);
			if (option_value !== (option_value = value)) option.value = (option.__value = option_value) ?? "";
		});
		append($$anchor, option);
	});
	reset(select);
	init_select(select);
	reset(label_2);
	var label_3 = sibling(label_2, 2);
	var text_5 = child(label_3, true);
	var input_2 = sibling(text_5);
	remove_input_defaults(input_2);
	reset(label_3);
	var node_2 = sibling(label_3, 2);
	{
		let $0 = user_derived(() => [...at("aliases"), ...at("id")]);
		FieldMessages(node_2, { get messages() {
			return get($0);
		} });
	}
	var label_4 = sibling(node_2, 2);
	var text_6 = child(label_4, true);
	var input_3 = sibling(text_6);
	remove_input_defaults(input_3);
	reset(label_4);
	var button = sibling(label_4, 2);
	var text_7 = only_child(button, true);
	reset(form);
	reset(details);
	template_effect(($0, $1, $2, $3, $4, $5, $6, $7) => {
		set_text(text, $0);
		set_attribute(form, "aria-label", $1);
		set_text(text_1, $2);
		set_text(text_2, $3);
		set_text(text_3, $4);
		set_text(text_5, $5);
		set_text(text_6, $6);
		set_text(text_7, $7);
	}, [
		() => ct(get(lang), "newActor"),
		() => ct(get(lang), "newActor"),
		() => ct(get(lang), "nameEn"),
		() => ct(get(lang), "nameJa"),
		() => ct(get(lang), "kind"),
		() => ct(get(lang), "aliases"),
		() => ct(get(lang), "role"),
		() => ct(get(lang), "add")
	]);
	event("submit", form, add);
	bind_value(input, () => get(en), ($$value) => set(en, $$value));
	bind_value(input_1, () => get(ja), ($$value) => set(ja, $$value));
	bind_select_value(select, () => get(kind), ($$value) => set(kind, $$value));
	bind_value(input_2, () => get(aliases), ($$value) => set(aliases, $$value));
	bind_value(input_3, () => get(role), ($$value) => set(role, $$value));
	append($$anchor, details);
	pop();
}
// src/ui/curate/ArticleAssistant.svelte
var root$6 = from_html(`<p class="refused svelte-q4ixa7" role="alert"> </p>`);
var root_1$5 = from_html(`<p> </p>`);
var root_2$5 = from_html(`<h3 class="svelte-q4ixa7"> </h3> <!> <ol class="candidates svelte-q4ixa7"></ol> <!>`, 1);
var root_3$3 = from_html(`<label class="author svelte-q4ixa7"> <input/></label> <form><div class="grid"><label class="svelte-q4ixa7"> <input name="title" required=""/></label> <!> <label class="svelte-q4ixa7"> <input name="publisher" required=""/></label> <!> <div class="row svelte-q4ixa7"><label class="svelte-q4ixa7"> <input name="date" placeholder="2025-12-02" required=""/></label> <label class="svelte-q4ixa7"> <select name="language"><option>日本語</option><option>English</option></select></label></div> <!> <label class="svelte-q4ixa7"> <input name="url" type="url"/></label> <!> <label class="svelte-q4ixa7"> <textarea name="text" rows="7" required="" class="svelte-q4ixa7"></textarea></label> <!></div> <p class="id svelte-q4ixa7"> <code> </code></p> <button type="submit"> </button></form> <!> <!>`, 1);
function ArticleAssistant($$anchor, $$props) {
	push($$props, true);
	let curation = prop($$props, "curation", 7);
	const lang = user_derived(() => $$props.app.language);
	let title = state("");
	let publisher = state("");
	let date = state("");
	let language = state("ja");
	let url = state("");
	let text = state("");
	const id = user_derived(() => {
		const base = sourceIdFor(get(title), get(date));
		const taken = (candidate) => !!curation().source(candidate) && curation().workspace?.texts.get(candidate) !== get(text);
		let n = 1;
		while (taken(n === 1 ? base : `${base}-${n}`)) n++;
		return n === 1 ? base : `${base}-${n}`;
	});
	const problems = user_derived(() => curation().refusal?.problems ?? []);
	const field = (name) => messagesFor(get(problems), "sources", get(id), name);
	const pending = user_derived(() => curation().candidates.filter((c) => !curation().decided[c.key]).length);
	function find(event) {
		event.preventDefault();
		const meta = {
			id: get(id),
			title: get(title),
			publisher: get(publisher),
			date: get(date),
			language: get(language),
			url: get(url).trim() || void 0
		};
		if (!curation().source(get(id)) && !curation().apply(articleSourceChange(meta, get(text)))) return;
		curation().articleId = get(id);
		curation().articleText = get(text);
		curation().articleDate = get(date);
		curation().findCandidates(get(text), get(date));
	}
	var fragment = root_3$3();
	var label = first_child(fragment);
	var text_1 = child(label);
	var input = sibling(text_1);
	remove_input_defaults(input);
	reset(label);
	var form = sibling(label, 2);
	var div = child(form);
	var label_1 = child(div);
	var text_2 = child(label_1, true);
	var input_1 = sibling(text_2);
	remove_input_defaults(input_1);
	reset(label_1);
	var node = sibling(label_1, 2);
	{
		let $0 = user_derived(() => field("title"));
		FieldMessages(node, { get messages() {
			return get($0);
		} });
	}
	var label_2 = sibling(node, 2);
	var text_3 = child(label_2, true);
	var input_2 = sibling(text_3);
	remove_input_defaults(input_2);
	reset(label_2);
	var node_1 = sibling(label_2, 2);
	{
		let $0 = user_derived(() => field("publisher"));
		FieldMessages(node_1, { get messages() {
			return get($0);
		} });
	}
	var div_1 = sibling(node_1, 2);
	var label_3 = child(div_1);
	var text_4 = child(label_3, true);
	var input_3 = sibling(text_4);
	remove_input_defaults(input_3);
	reset(label_3);
	var label_4 = sibling(label_3, 2);
	var text_5 = child(label_4, true);
	var select = sibling(text_5);
	var option = child(select);
	option.value = option.__value = "ja";
	var option_1 = sibling(option);
	option_1.value = option_1.__value = "en";
	reset(select);
	init_select(select);
	reset(label_4);
	reset(div_1);
	var node_2 = sibling(div_1, 2);
	{
		let $0 = user_derived(() => field("date"));
		FieldMessages(node_2, { get messages() {
			return get($0);
		} });
	}
	var label_5 = sibling(node_2, 2);
	var text_6 = child(label_5, true);
	var input_4 = sibling(text_6);
	remove_input_defaults(input_4);
	reset(label_5);
	var node_3 = sibling(label_5, 2);
	{
		let $0 = user_derived(() => field("url"));
		FieldMessages(node_3, { get messages() {
			return get($0);
		} });
	}
	var label_6 = sibling(node_3, 2);
	var text_7 = child(label_6, true);
	var textarea = sibling(text_7);
	remove_textarea_child(textarea);
	reset(label_6);
	var node_4 = sibling(label_6, 2);
	{
		let $0 = user_derived(() => field("id"));
		FieldMessages(node_4, { get messages() {
			return get($0);
		} });
	}
	reset(div);
	var p = sibling(div, 2);
	var text_8 = child(p);
	var code = sibling(text_8);
	var text_9 = only_child(code, true);
	reset(p);
	var button = sibling(p, 2);
	var text_10 = only_child(button, true);
	reset(form);
	var node_5 = sibling(form, 2);
	var consequent = ($$anchor) => {
		var p_1 = root$6();
		var text_11 = only_child(p_1, true);
		template_effect(() => set_text(text_11, curation().refusal.reason));
		append($$anchor, p_1);
	};
	if_block(node_5, ($$render) => {
		if (curation().refusal?.reason) $$render(consequent);
	});
	var node_6 = sibling(node_5, 2);
	var consequent_2 = ($$anchor) => {
		var fragment_1 = root_2$5();
		var h3 = first_child(fragment_1);
		var text_12 = only_child(h3);
		var node_7 = sibling(h3, 2);
		var consequent_1 = ($$anchor) => {
			var p_2 = root_1$5();
			var text_13 = only_child(p_2, true);
			template_effect(($0) => set_text(text_13, $0), [() => ct(get(lang), "noCandidates")]);
			append($$anchor, p_2);
		};
		if_block(node_7, ($$render) => {
			if (curation().candidates.length === 0) $$render(consequent_1);
		});
		var ol = sibling(node_7, 2);
		each(ol, 21, () => curation().candidates, (candidate) => candidate.key, ($$anchor, candidate) => {
			CandidateRow($$anchor, {
				get app() {
					return $$props.app;
				},
				get curation() {
					return curation();
				},
				get candidate() {
					return get(candidate);
				}
			});
		});
		reset(ol);
		NewActorForm(sibling(ol, 2), {
			get app() {
				return $$props.app;
			},
			get curation() {
				return curation();
			}
		});
		template_effect(($0) => set_text(text_12, `${$0 ?? ""} (${get(pending) ?? ""} / ${curation().candidates.length ?? ""})`), [() => ct(get(lang), "candidates")]);
		append($$anchor, fragment_1);
	};
	if_block(node_6, ($$render) => {
		if (curation().articleId) $$render(consequent_2);
	});
	template_effect(($0, $1, $2, $3, $4, $5, $6, $7, $8, $9) => {
		set_text(text_1, `${$0 ?? ""} `);
		set_value(input, curation().author);
		set_attribute(form, "aria-label", $1);
		set_text(text_2, $2);
		set_text(text_3, $3);
		set_text(text_4, $4);
		set_text(text_5, $5);
		set_text(text_6, $6);
		set_text(text_7, $7);
		set_text(text_8, `${$8 ?? ""}: `);
		set_text(text_9, get(id));
		set_text(text_10, $9);
	}, [
		() => ct(get(lang), "author"),
		() => ct(get(lang), "assistant"),
		() => ct(get(lang), "title"),
		() => ct(get(lang), "publisher"),
		() => ct(get(lang), "date"),
		() => ct(get(lang), "language"),
		() => ct(get(lang), "url"),
		() => ct(get(lang), "text"),
		() => ct(get(lang), "sourceId"),
		() => ct(get(lang), "findCandidates")
	]);
	delegated("input", input, (e) => curation().setAuthor(e.currentTarget.value));
	event("submit", form, find);
	bind_value(input_1, () => get(title), ($$value) => set(title, $$value));
	bind_value(input_2, () => get(publisher), ($$value) => set(publisher, $$value));
	bind_value(input_3, () => get(date), ($$value) => set(date, $$value));
	bind_select_value(select, () => get(language), ($$value) => set(language, $$value));
	bind_value(input_4, () => get(url), ($$value) => set(url, $$value));
	bind_value(textarea, () => get(text), ($$value) => set(text, $$value));
	append($$anchor, fragment);
	pop();
}
delegate(["input"]);
// src/ui/curate/RelationForm.svelte
var root$5 = from_html(`<option> </option>`);
var root_1$4 = from_html(`<label class="svelte-1vv8fwb"> <select></select></label> <label class="svelte-1vv8fwb"> <textarea rows="3" class="svelte-1vv8fwb"></textarea></label> <!>`, 1);
var root_2$4 = from_html(`<form><p class="id svelte-1vv8fwb"><code> </code> </p> <label class="svelte-1vv8fwb"> <select></select></label> <!> <label class="svelte-1vv8fwb"> <select></select></label> <label class="svelte-1vv8fwb"> <select></select></label> <label class="svelte-1vv8fwb"> <input name="start"/></label> <!> <label class="svelte-1vv8fwb"> <input name="end"/></label> <!> <label class="svelte-1vv8fwb"> <textarea rows="2" class="svelte-1vv8fwb"></textarea></label> <fieldset class="svelte-1vv8fwb"><legend> </legend> <!> <button type="button"> </button></fieldset> <div class="actions svelte-1vv8fwb"><button type="submit"> </button> <button type="button"> </button></div></form>`);
function RelationForm($$anchor, $$props) {
	push($$props, true);
	const lang = user_derived(() => $$props.app.language);
	let draft = proxy(untrack(() => structuredClone(snapshot($$props.relation))));
	const all = user_derived(() => [...$$props.curation.refusal?.problems ?? [], ...$$props.curation.problems]);
	const at = (f) => [...new Set(messagesFor(get(all), "relations", $$props.relation.id, f))];
	const sources = user_derived(() => $$props.curation.workspace?.sources.map((e) => e.value.id) ?? []);
	function clean(r) {
		const out = {
			...r,
			evidence: r.evidence.map((e) => ({ ...e }))
		};
		for (const k of [
			"start",
			"end",
			"note",
			"role"
		]) if (typeof out[k] === "string" && out[k].trim() === "") delete out[k];
		return out;
	}
	const save = () => $$props.curation.apply({
		op: "edit-relation",
		id: $$props.relation.id,
		relation: clean(draft)
	});
	const remove = () => $$props.curation.apply({
		op: "delete-relation",
		id: $$props.relation.id
	});
	const addEvidence = () => draft.evidence = [...draft.evidence, {
		source: get(sources)[0] ?? "",
		quote: ""
	}];
	var form = root_2$4();
	var p = child(form);
	var code = child(p);
	var text = only_child(code, true);
	var text_1 = sibling(code);
	reset(p);
	var label = sibling(p, 2);
	var text_2 = child(label, true);
	var select = sibling(text_2);
	each(select, 20, () => RELATION_TYPES, (v) => v, ($$anchor, v) => {
		var option = root$5();
		var text_3 = only_child(option, true);
		var option_value = {};
		template_effect(() => {
			set_text(text_3, RELATION_INFO[v][get(lang)]);
			if (option_value !== (option_value = v)) option.value = (option.__value = option_value) ?? "";
		});
		append($$anchor, option);
	});
	reset(select);
	init_select(select);
	reset(label);
	var node = sibling(label, 2);
	{
		let $0 = user_derived(() => [
			...at("type"),
			...at("source"),
			...at("target")
		]);
		FieldMessages(node, { get messages() {
			return get($0);
		} });
	}
	var label_1 = sibling(node, 2);
	var text_4 = child(label_1, true);
	var select_1 = sibling(text_4);
	each(select_1, 20, () => STATUSES, (v) => v, ($$anchor, v) => {
		var option_1 = root$5();
		var text_5 = only_child(option_1, true);
		var option_1_value = {};
		template_effect(() => {
			set_text(text_5, STATUS_INFO[v][get(lang)]);
			if (option_1_value !== (option_1_value = v)) option_1.value = (option_1.__value = option_1_value) ?? "";
		});
		append($$anchor, option_1);
	});
	reset(select_1);
	init_select(select_1);
	reset(label_1);
	var label_2 = sibling(label_1, 2);
	var text_6 = child(label_2, true);
	var select_2 = sibling(text_6);
	each(select_2, 20, () => CERTAINTIES, (v) => v, ($$anchor, v) => {
		var option_2 = root$5();
		var text_7 = only_child(option_2, true);
		var option_2_value = {};
		template_effect(() => {
			set_text(text_7, CERTAINTY_INFO[v][get(lang)]);
			if (option_2_value !== (option_2_value = v)) option_2.value = (option_2.__value = option_2_value) ?? "";
		});
		append($$anchor, option_2);
	});
	reset(select_2);
	init_select(select_2);
	reset(label_2);
	var label_3 = sibling(label_2, 2);
	var text_8 = child(label_3, true);
	var input = sibling(text_8);
	remove_input_defaults(input);
	reset(label_3);
	var node_1 = sibling(label_3, 2);
	{
		let $0 = user_derived(() => at("start"));
		FieldMessages(node_1, { get messages() {
			return get($0);
		} });
	}
	var label_4 = sibling(node_1, 2);
	var text_9 = child(label_4, true);
	var input_1 = sibling(text_9);
	remove_input_defaults(input_1);
	reset(label_4);
	var node_2 = sibling(label_4, 2);
	{
		let $0 = user_derived(() => at("end"));
		FieldMessages(node_2, { get messages() {
			return get($0);
		} });
	}
	var label_5 = sibling(node_2, 2);
	var text_10 = child(label_5, true);
	var textarea = sibling(text_10);
	remove_textarea_child(textarea);
	reset(label_5);
	var fieldset = sibling(label_5, 2);
	var legend = child(fieldset);
	var text_11 = only_child(legend, true);
	var node_3 = sibling(legend, 2);
	each(node_3, 17, () => draft.evidence, index, ($$anchor, ev, i) => {
		var fragment = root_1$4();
		var label_6 = first_child(fragment);
		var text_12 = child(label_6, true);
		var select_3 = sibling(text_12);
		each(select_3, 20, () => get(sources), (s) => s, ($$anchor, s) => {
			var option_3 = root$5();
			var text_13 = only_child(option_3, true);
			var option_3_value = {};
			template_effect(() => {
				set_text(text_13, s);
				if (option_3_value !== (option_3_value = s)) option_3.value = (option_3.__value = option_3_value) ?? "";
			});
			append($$anchor, option_3);
		});
		reset(select_3);
		init_select(select_3);
		reset(label_6);
		var label_7 = sibling(label_6, 2);
		var text_14 = child(label_7, true);
		var textarea_1 = sibling(text_14);
		remove_textarea_child(textarea_1);
		set_attribute(textarea_1, "name", `quote-${i}`);
		reset(label_7);
		var node_4 = sibling(label_7, 2);
		{
			let $0 = user_derived(() => at(`evidence[${i}]`));
			FieldMessages(node_4, { get messages() {
				return get($0);
			} });
		}
		template_effect(($0, $1) => {
			set_text(text_12, $0);
			set_text(text_14, $1);
		}, [() => ct(get(lang), "source"), () => ct(get(lang), "quote")]);
		bind_select_value(select_3, () => get(ev).source, ($$value) => get(ev).source = $$value);
		bind_value(textarea_1, () => get(ev).quote, ($$value) => get(ev).quote = $$value);
		append($$anchor, fragment);
	});
	var button = sibling(node_3, 2);
	var text_15 = only_child(button);
	reset(fieldset);
	var div = sibling(fieldset, 2);
	var button_1 = child(div);
	var text_16 = only_child(button_1, true);
	var button_2 = sibling(button_1, 2);
	var text_17 = only_child(button_2, true);
	reset(div);
	reset(form);
	template_effect(($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) => {
		set_attribute(form, "aria-label", $0);
		set_text(text, $$props.relation.id);
		set_text(text_1, ` (${$$props.relation.source ?? ""} → ${$$props.relation.target ?? ""})`);
		set_text(text_2, $1);
		set_text(text_4, $2);
		set_text(text_6, $3);
		set_text(text_8, $4);
		set_text(text_9, $5);
		set_text(text_10, $6);
		set_text(text_11, $7);
		set_text(text_15, `+ ${$8 ?? ""}`);
		set_text(text_16, $9);
		set_text(text_17, $10);
	}, [
		() => ct(get(lang), "edit"),
		() => ct(get(lang), "type"),
		() => ct(get(lang), "status"),
		() => ct(get(lang), "certainty"),
		() => ct(get(lang), "start"),
		() => ct(get(lang), "end"),
		() => ct(get(lang), "note"),
		() => ct(get(lang), "evidence"),
		() => ct(get(lang), "evidence"),
		() => ct(get(lang), "save"),
		() => ct(get(lang), "delete")
	]);
	event("submit", form, (e) => {
		e.preventDefault();
		save();
	});
	bind_select_value(select, () => draft.type, ($$value) => draft.type = $$value);
	bind_select_value(select_1, () => draft.status, ($$value) => draft.status = $$value);
	bind_select_value(select_2, () => draft.certainty, ($$value) => draft.certainty = $$value);
	bind_value(input, () => draft.start, ($$value) => draft.start = $$value);
	bind_value(input_1, () => draft.end, ($$value) => draft.end = $$value);
	bind_value(textarea, () => draft.note, ($$value) => draft.note = $$value);
	delegated("click", button, addEvidence);
	delegated("click", button_2, remove);
	append($$anchor, form);
	pop();
}
delegate(["click"]);
// src/ui/curate/ActorForm.svelte
var root$4 = from_html(`<option> </option>`);
var root_1$3 = from_html(`<p class="error svelte-16xo518" role="alert"> </p>`);
var root_2$3 = from_html(`<form><p class="id svelte-16xo518"><code> </code></p> <label class="svelte-16xo518"> <input/></label> <!> <label class="svelte-16xo518"> <input/></label> <!> <label class="svelte-16xo518"> <input/></label> <!> <label class="svelte-16xo518"> <select></select></label> <label class="svelte-16xo518"> <input/></label> <!> <div class="actions svelte-16xo518"><button type="submit"> </button> <button type="button"> </button></div></form> <div class="merge svelte-16xo518"><label class="svelte-16xo518"> <select><option></option><!></select></label> <button type="button"> </button></div> <!>`, 1);
function ActorForm($$anchor, $$props) {
	push($$props, true);
	const lang = user_derived(() => $$props.app.language);
	let draft = proxy(untrack(() => structuredClone(snapshot($$props.actor))));
	let aliases = state(proxy(untrack(() => ($$props.actor.aliases ?? []).join(", "))));
	let mergeInto = state("");
	const all = user_derived(() => [...$$props.curation.refusal?.problems ?? [], ...$$props.curation.problems]);
	const at = (f) => [...new Set(messagesFor(get(all), "actors", $$props.actor.id, f))];
	const others = user_derived(() => ($$props.curation.workspace?.actors.map((e) => e.value) ?? []).filter((a) => a.id !== $$props.actor.id).sort((a, b) => a.name[get(lang)].localeCompare(b.name[get(lang)], get(lang))));
	function save(event) {
		event.preventDefault();
		const next = {
			...draft,
			aliases: get(aliases).split(/[,、]/).map((a) => a.trim()).filter(Boolean)
		};
		if (!next.role?.trim()) delete next.role;
		$$props.curation.apply({
			op: "edit-actor",
			id: $$props.actor.id,
			actor: next
		});
	}
	function merge() {
		if (get(mergeInto) && $$props.curation.apply({
			op: "merge-actors",
			keep: get(mergeInto),
			drop: $$props.actor.id
		})) $$props.app.select({
			kind: "node",
			id: get(mergeInto)
		});
	}
	var fragment = root_2$3();
	var form = first_child(fragment);
	var p = child(form);
	var code = child(p);
	var text = only_child(code, true);
	reset(p);
	var label = sibling(p, 2);
	var text_1 = child(label, true);
	var input = sibling(text_1);
	remove_input_defaults(input);
	reset(label);
	var node = sibling(label, 2);
	{
		let $0 = user_derived(() => at("name.en"));
		FieldMessages(node, { get messages() {
			return get($0);
		} });
	}
	var label_1 = sibling(node, 2);
	var text_2 = child(label_1, true);
	var input_1 = sibling(text_2);
	remove_input_defaults(input_1);
	reset(label_1);
	var node_1 = sibling(label_1, 2);
	{
		let $0 = user_derived(() => at("name.ja"));
		FieldMessages(node_1, { get messages() {
			return get($0);
		} });
	}
	var label_2 = sibling(node_1, 2);
	var text_3 = child(label_2, true);
	var input_2 = sibling(text_3);
	remove_input_defaults(input_2);
	reset(label_2);
	var node_2 = sibling(label_2, 2);
	{
		let $0 = user_derived(() => at("aliases"));
		FieldMessages(node_2, { get messages() {
			return get($0);
		} });
	}
	var label_3 = sibling(node_2, 2);
	var text_4 = child(label_3, true);
	var select = sibling(text_4);
	each(select, 20, () => ACTOR_KINDS, (v) => v, ($$anchor, v) => {
		var option = root$4();
		var text_5 = only_child(option, true);
		var option_value = {};
		template_effect(() => {
			set_text(text_5, KIND_INFO[v][get(lang)]);
			if (option_value !== (option_value = v)) option.value = (option.__value = option_value) ?? "";
		});
		append($$anchor, option);
	});
	reset(select);
	init_select(select);
	reset(label_3);
	var label_4 = sibling(label_3, 2);
	var text_6 = child(label_4, true);
	var input_3 = sibling(text_6);
	remove_input_defaults(input_3);
	reset(label_4);
	var node_3 = sibling(label_4, 2);
	{
		let $0 = user_derived(() => at("role"));
		FieldMessages(node_3, { get messages() {
			return get($0);
		} });
	}
	var div = sibling(node_3, 2);
	var button = child(div);
	var text_7 = only_child(button, true);
	var button_1 = sibling(button, 2);
	var text_8 = only_child(button_1, true);
	reset(div);
	reset(form);
	var div_1 = sibling(form, 2);
	var label_5 = child(div_1);
	var text_9 = child(label_5, true);
	var select_1 = sibling(text_9);
	var option_1 = child(select_1);
	option_1.value = option_1.__value = "";
	var node_4 = sibling(option_1);
	each(node_4, 17, () => get(others), (a) => a.id, ($$anchor, a) => {
		var option_2 = root$4();
		var text_10 = only_child(option_2);
		var option_2_value = {};
		template_effect(() => {
			set_text(text_10, `${get(a).name[get(lang)] ?? ""} (${get(a).id ?? ""})`);
			if (option_2_value !== (option_2_value = get(a).id)) option_2.value = (option_2.__value = option_2_value) ?? "";
		});
		append($$anchor, option_2);
	});
	reset(select_1);
	init_select(select_1);
	reset(label_5);
	var button_2 = sibling(label_5, 2);
	var text_11 = only_child(button_2, true);
	reset(div_1);
	var node_5 = sibling(div_1, 2);
	var consequent = ($$anchor) => {
		var p_1 = root_1$3();
		var text_12 = only_child(p_1, true);
		template_effect(() => set_text(text_12, $$props.curation.refusal.reason));
		append($$anchor, p_1);
	};
	if_block(node_5, ($$render) => {
		if ($$props.curation.refusal?.reason) $$render(consequent);
	});
	template_effect(($0, $1, $2, $3, $4, $5, $6, $7, $8, $9) => {
		set_attribute(form, "aria-label", $0);
		set_text(text, $$props.actor.id);
		set_text(text_1, $1);
		set_text(text_2, $2);
		set_text(text_3, $3);
		set_text(text_4, $4);
		set_text(text_6, $5);
		set_text(text_7, $6);
		set_text(text_8, $7);
		set_text(text_9, $8);
		button_2.disabled = !get(mergeInto);
		set_text(text_11, $9);
	}, [
		() => ct(get(lang), "edit"),
		() => ct(get(lang), "nameEn"),
		() => ct(get(lang), "nameJa"),
		() => ct(get(lang), "aliases"),
		() => ct(get(lang), "kind"),
		() => ct(get(lang), "role"),
		() => ct(get(lang), "save"),
		() => ct(get(lang), "delete"),
		() => ct(get(lang), "mergeInto"),
		() => ct(get(lang), "merge")
	]);
	event("submit", form, save);
	bind_value(input, () => draft.name.en, ($$value) => draft.name.en = $$value);
	bind_value(input_1, () => draft.name.ja, ($$value) => draft.name.ja = $$value);
	bind_value(input_2, () => get(aliases), ($$value) => set(aliases, $$value));
	bind_select_value(select, () => draft.kind, ($$value) => draft.kind = $$value);
	bind_value(input_3, () => draft.role, ($$value) => draft.role = $$value);
	delegated("click", button_1, () => $$props.curation.apply({
		op: "delete-actor",
		id: $$props.actor.id
	}));
	bind_select_value(select_1, () => get(mergeInto), ($$value) => set(mergeInto, $$value));
	delegated("click", button_2, merge);
	append($$anchor, fragment);
	pop();
}
delegate(["click"]);
// src/ui/curate/SelectionEditor.svelte
var root$3 = from_html(`<p> </p>`);
function SelectionEditor($$anchor, $$props) {
	push($$props, true);
	const sel = user_derived(() => $$props.app.selection);
	const relation = user_derived(() => get(sel)?.kind === "edge" ? $$props.curation.workspace?.relations.find((e) => e.value.id === get(sel).id)?.value : void 0);
	const actor = user_derived(() => get(sel)?.kind === "node" ? $$props.curation.workspace?.actors.find((e) => e.value.id === get(sel).id)?.value : void 0);
	var fragment = comment();
	var node = first_child(fragment);
	var consequent = ($$anchor) => {
		var fragment_1 = comment();
		var node_1 = first_child(fragment_1);
		key$1(node_1, () => get(relation), ($$anchor) => {
			RelationForm($$anchor, {
				get app() {
					return $$props.app;
				},
				get curation() {
					return $$props.curation;
				},
				get relation() {
					return get(relation);
				}
			});
		});
		append($$anchor, fragment_1);
	};
	var consequent_1 = ($$anchor) => {
		var fragment_3 = comment();
		var node_2 = first_child(fragment_3);
		key$1(node_2, () => get(actor), ($$anchor) => {
			ActorForm($$anchor, {
				get app() {
					return $$props.app;
				},
				get curation() {
					return $$props.curation;
				},
				get actor() {
					return get(actor);
				}
			});
		});
		append($$anchor, fragment_3);
	};
	var alternate = ($$anchor) => {
		var p = root$3();
		var text = only_child(p, true);
		template_effect(($0) => set_text(text, $0), [() => ct($$props.app.language, "selectSomething")]);
		append($$anchor, p);
	};
	if_block(node, ($$render) => {
		if (get(relation)) $$render(consequent);
		else if (get(actor)) $$render(consequent_1, 1);
		else $$render(alternate, -1);
	});
	append($$anchor, fragment);
	pop();
}
// src/ui/curate/PendingList.svelte
var root$2 = from_html(`<p> </p>`);
var root_1$2 = from_html(`<li> </li>`);
var root_2$2 = from_html(`<ol class="changes svelte-1lpucwk"></ol>`);
var root_3$2 = from_html(`<p class="error svelte-1lpucwk"> </p>`);
var root_4$1 = from_html(`<li><code> </code></li>`);
var root_5$1 = from_html(`<button type="button"> </button>`);
var root_6$1 = from_html(`<button type="button" class="danger svelte-1lpucwk"> </button> <button type="button"> </button>`, 1);
var root_7 = from_html(`<h3 class="svelte-1lpucwk"> </h3> <ul class="files svelte-1lpucwk"></ul> <div class="buttons svelte-1lpucwk"><button type="button"> </button> <!> <!></div>`, 1);
var root_8 = from_html(`<pre class="message svelte-1lpucwk" role="status"> </pre>`);
var root_9 = from_html(`<div class="buttons svelte-1lpucwk"><button type="button"> </button> <button type="button"> </button></div> <!> <!> <!> <!>`, 1);
function PendingList($$anchor, $$props) {
	push($$props, true);
	const lang = user_derived(() => $$props.app.language);
	const done = user_derived(() => $$props.curation.session?.set.done ?? []);
	const failed = user_derived(() => $$props.curation.session?.failed ?? []);
	const files = user_derived(() => [...$$props.curation.files.keys()]);
	let message = state(null);
	function download() {
		const zip = $$props.curation.zip();
		if (!zip) return;
		const url = URL.createObjectURL(new Blob([zip.slice()], { type: "application/zip" }));
		const a = document.createElement("a");
		a.href = url;
		a.download = "alignmap-graph-data-changes.zip";
		a.click();
		setTimeout(() => URL.revokeObjectURL(url), 1e4);
	}
	let confirming = state(false);
	var fragment = root_9();
	var div = first_child(fragment);
	var button = child(div);
	var text = only_child(button, true);
	var button_1 = sibling(button, 2);
	var text_1 = only_child(button_1, true);
	reset(div);
	var node = sibling(div, 2);
	var consequent = ($$anchor) => {
		var p_1 = root$2();
		var text_2 = only_child(p_1, true);
		template_effect(($0) => set_text(text_2, $0), [() => ct(get(lang), "noChanges")]);
		append($$anchor, p_1);
	};
	var alternate = ($$anchor) => {
		var ol = root_2$2();
		each(ol, 21, () => get(done), index, ($$anchor, change, i) => {
			var li = root_1$2();
			let classes;
			var text_3 = only_child(li, true);
			template_effect(($0, $1) => {
				classes = set_class(li, 1, "svelte-1lpucwk", null, classes, { failed: $0 });
				set_text(text_3, $1);
			}, [() => get(failed).some((f) => f.index === i), () => describeChange(get(change))]);
			append($$anchor, li);
		});
		reset(ol);
		append($$anchor, ol);
	};
	if_block(node, ($$render) => {
		if (get(done).length === 0) $$render(consequent);
		else $$render(alternate, -1);
	});
	var node_1 = sibling(node, 2);
	each(node_1, 17, () => get(failed), (f) => f.index, ($$anchor, f) => {
		var p_2 = root_3$2();
		var text_4 = only_child(p_2);
		template_effect(() => set_text(text_4, `#${get(f).index + 1}: ${get(f).reason ?? ""}`));
		append($$anchor, p_2);
	});
	var node_2 = sibling(node_1, 2);
	var consequent_3 = ($$anchor) => {
		var fragment_1 = root_7();
		var h3 = first_child(fragment_1);
		var text_5 = only_child(h3, true);
		var ul = sibling(h3, 2);
		each(ul, 20, () => get(files), (file) => file, ($$anchor, file) => {
			var li_1 = root_4$1();
			var code = child(li_1);
			var text_6 = only_child(code);
			reset(li_1);
			template_effect(() => set_text(text_6, `graph-data/${file ?? ""}`));
			append($$anchor, li_1);
		});
		reset(ul);
		var div_1 = sibling(ul, 2);
		var button_2 = child(div_1);
		var text_7 = only_child(button_2, true);
		var node_3 = sibling(button_2, 2);
		if_block(node_3, ($$render) => {});
		var node_4 = sibling(node_3, 2);
		var consequent_2 = ($$anchor) => {
			var fragment_2 = root_6$1();
			var button_4 = first_child(fragment_2);
			var text_9 = only_child(button_4);
			var button_5 = sibling(button_4, 2);
			var text_10 = only_child(button_5, true);
			template_effect(($0, $1) => {
				set_text(text_9, `${$0 ?? ""} (${get(done).length ?? ""})`);
				set_text(text_10, $1);
			}, [() => ct(get(lang), "discardConfirm"), () => ct(get(lang), "keep")]);
			delegated("click", button_4, () => {
				set(confirming, false);
				$$props.curation.discardAll();
			});
			delegated("click", button_5, () => set(confirming, false));
			append($$anchor, fragment_2);
		};
		var alternate_1 = ($$anchor) => {
			var button_6 = root_5$1();
			var text_11 = only_child(button_6, true);
			template_effect(($0) => set_text(text_11, $0), [() => ct(get(lang), "discard")]);
			delegated("click", button_6, () => set(confirming, true));
			append($$anchor, button_6);
		};
		if_block(node_4, ($$render) => {
			if (get(confirming)) $$render(consequent_2);
			else $$render(alternate_1, -1);
		});
		reset(div_1);
		template_effect(($0, $1) => {
			set_text(text_5, $0);
			set_text(text_7, $1);
		}, [() => ct(get(lang), "files"), () => ct(get(lang), "exportZip")]);
		delegated("click", button_2, download);
		append($$anchor, fragment_1);
	};
	if_block(node_2, ($$render) => {
		if (get(files).length > 0) $$render(consequent_3);
	});
	var node_5 = sibling(node_2, 2);
	var consequent_4 = ($$anchor) => {
		var pre = root_8();
		var text_12 = only_child(pre, true);
		template_effect(() => set_text(text_12, get(message)));
		append($$anchor, pre);
	};
	if_block(node_5, ($$render) => {
		if (get(message)) $$render(consequent_4);
	});
	template_effect(($0, $1) => {
		button.disabled = !$$props.curation.canUndo;
		set_text(text, $0);
		button_1.disabled = !$$props.curation.canRedo;
		set_text(text_1, $1);
	}, [() => ct(get(lang), "undo"), () => ct(get(lang), "redo")]);
	delegated("click", button, () => $$props.curation.undo());
	delegated("click", button_1, () => $$props.curation.redo());
	append($$anchor, fragment);
	pop();
}
delegate(["click"]);
// src/ui/curate/AddedSince.svelte
var root$1 = from_html(`<p> </p>`);
var root_1$1 = from_html(`<li class="svelte-1tygksx"><button type="button" class="svelte-1tygksx"> </button> <span class="by svelte-1tygksx"> </span></li>`);
var root_2$1 = from_html(`<ul class="added svelte-1tygksx"></ul>`);
var root_3$1 = from_html(`<label class="svelte-1tygksx"> <input type="date"/></label> <label class="only svelte-1tygksx"><input type="checkbox"/> </label> <!>`, 1);
function AddedSince($$anchor, $$props) {
	push($$props, true);
	const lang = user_derived(() => $$props.app.language);
	const since = user_derived(() => $$props.curation.addedSince);
	const added = user_derived(() => ($$props.curation.workspace?.relations.map((e) => e.value) ?? []).filter((r) => r.added && (!get(since) || String(r.added.at) >= get(since))).sort((a, b) => String(b.added?.at).localeCompare(String(a.added?.at)) || a.id.localeCompare(b.id)));
	const name = (id) => $$props.curation.workspace?.actors.find((e) => e.value.id === id)?.value.name[get(lang)] ?? id;
	var fragment = root_3$1();
	var label = first_child(fragment);
	var text = child(label);
	var input = sibling(text);
	remove_input_defaults(input);
	reset(label);
	var label_1 = sibling(label, 2);
	var input_1 = child(label_1);
	remove_input_defaults(input_1);
	var text_1 = sibling(input_1, 1, true);
	reset(label_1);
	var node = sibling(label_1, 2);
	var consequent = ($$anchor) => {
		var p = root$1();
		var text_2 = only_child(p, true);
		template_effect(($0) => set_text(text_2, $0), [() => ct(get(lang), "noneSince")]);
		append($$anchor, p);
	};
	var alternate = ($$anchor) => {
		var ul = root_2$1();
		each(ul, 21, () => get(added), (r) => r.id, ($$anchor, r) => {
			var li = root_1$1();
			var button = child(li);
			var text_3 = only_child(button);
			var span = sibling(button, 2);
			var text_4 = only_child(span);
			reset(li);
			template_effect(($0, $1) => {
				set_text(text_3, `${$0 ?? ""}
          ${RELATION_INFO[get(r).type].directed ? "→" : "—"}
          ${$1 ?? ""} · ${RELATION_INFO[get(r).type][get(lang)] ?? ""}`);
				set_text(text_4, `${get(r).added?.at ?? ""} · ${get(r).added?.by ?? ""}`);
			}, [() => name(get(r).source), () => name(get(r).target)]);
			delegated("click", button, () => $$props.app.select({
				kind: "edge",
				id: get(r).id
			}, { zoom: true }));
			append($$anchor, li);
		});
		reset(ul);
		append($$anchor, ul);
	};
	if_block(node, ($$render) => {
		if (get(added).length === 0) $$render(consequent);
		else $$render(alternate, -1);
	});
	template_effect(($0, $1) => {
		set_text(text, `${$0 ?? ""} `);
		set_value(input, get(since));
		set_checked(input_1, $$props.curation.reviewOnly);
		input_1.disabled = !get(since);
		set_text(text_1, $1);
	}, [() => ct(get(lang), "since"), () => ct(get(lang), "reviewOnly")]);
	delegated("input", input, (e) => $$props.curation.setReview(e.currentTarget.value, $$props.curation.reviewOnly));
	delegated("change", input_1, (e) => $$props.curation.setReview(get(since), e.currentTarget.checked));
	append($$anchor, fragment);
	pop();
}
delegate([
	"input",
	"change",
	"click"
]);
// src/ui/curate/CurationDrawer.svelte
var root = from_html(`<p class="note svelte-199lg2r"> </p>`);
var root_1 = from_html(`<p class="field-error svelte-199lg2r" role="alert"> </p>`);
var root_2 = from_html(`<p role="status"> </p>`);
var root_3 = from_html(`<button type="button" role="tab" class="svelte-199lg2r"> </button>`);
var root_4 = from_html(`<div class="tabs svelte-199lg2r" role="tablist"></div> <!> <div class="body svelte-199lg2r"><!></div>`, 1);
var root_5 = from_html(`<section class="drawer svelte-199lg2r"><header class="svelte-199lg2r"><h2 class="svelte-199lg2r"> </h2> <button type="button"> </button></header> <!></section>`);
var root_6 = from_html(`<button type="button" class="curate-toggle svelte-199lg2r"> </button> <!>`, 1);
function CurationDrawer($$anchor, $$props) {
	push($$props, true);
	let curation = prop($$props, "curation", 7);
	const lang = user_derived(() => $$props.app.language);
	let tab = state("assistant");
	const pendingCount = user_derived(() => curation().session?.set.done.length ?? 0);
	let top = state(48);
	function toggle(event) {
		curation().open = !curation().open;
		const header = event.currentTarget.closest("header");
		if (header) set(top, Math.round(header.getBoundingClientRect().bottom), true);
		if (curation().open) curation().start();
	}
	var fragment = root_6();
	var button = first_child(fragment);
	var text = only_child(button);
	var node = sibling(button, 2);
	var consequent_7 = ($$anchor) => {
		var section = root_5();
		let styles;
		var header_1 = child(section);
		var h2 = child(header_1);
		var text_1 = only_child(h2, true);
		var button_1 = sibling(h2, 2);
		var text_2 = only_child(button_1, true);
		reset(header_1);
		var node_1 = sibling(header_1, 2);
		var consequent = ($$anchor) => {
			var p = root();
			var text_3 = only_child(p, true);
			template_effect(($0) => set_text(text_3, $0), [() => ct(get(lang), "importedData")]);
			append($$anchor, p);
		};
		var consequent_1 = ($$anchor) => {
			var p_1 = root_1();
			var text_4 = only_child(p_1, true);
			template_effect(() => set_text(text_4, curation().loadError));
			append($$anchor, p_1);
		};
		var consequent_2 = ($$anchor) => {
			var p_2 = root_2();
			var text_5 = only_child(p_2, true);
			template_effect(($0) => set_text(text_5, $0), [() => ct(get(lang), "loading")]);
			append($$anchor, p_2);
		};
		var alternate_1 = ($$anchor) => {
			var fragment_1 = root_4();
			var div = first_child(fragment_1);
			each(div, 20, () => [
				["assistant", "assistant"],
				["edit", "edit"],
				["pending", "pending"],
				["review", "review"]
			], ([value, key]) => value, ($$anchor, $$item) => {
				var $$array = user_derived(() => to_array($$item, 2));
				let value = () => get($$array)[0];
				let key = () => get($$array)[1];
				var button_2 = root_3();
				var text_6 = only_child(button_2);
				template_effect(($0) => {
					set_attribute(button_2, "aria-selected", get(tab) === value());
					set_text(text_6, `${$0 ?? ""}${value() === "pending" && get(pendingCount) > 0 ? ` (${get(pendingCount)})` : ""}`);
				}, [() => ct(get(lang), key())]);
				delegated("click", button_2, () => set(tab, value(), true));
				append($$anchor, button_2);
			});
			reset(div);
			var node_2 = sibling(div, 2);
			var consequent_3 = ($$anchor) => {
				var p_3 = root();
				var text_7 = only_child(p_3, true);
				template_effect(() => set_text(text_7, curation().storageMessage));
				append($$anchor, p_3);
			};
			if_block(node_2, ($$render) => {
				if (curation().storageMessage) $$render(consequent_3);
			});
			var div_1 = sibling(node_2, 2);
			var node_3 = child(div_1);
			var consequent_4 = ($$anchor) => {
				ArticleAssistant($$anchor, {
					get app() {
						return $$props.app;
					},
					get curation() {
						return curation();
					}
				});
			};
			var consequent_5 = ($$anchor) => {
				SelectionEditor($$anchor, {
					get app() {
						return $$props.app;
					},
					get curation() {
						return curation();
					}
				});
			};
			var consequent_6 = ($$anchor) => {
				PendingList($$anchor, {
					get app() {
						return $$props.app;
					},
					get curation() {
						return curation();
					}
				});
			};
			var alternate = ($$anchor) => {
				AddedSince($$anchor, {
					get app() {
						return $$props.app;
					},
					get curation() {
						return curation();
					}
				});
			};
			if_block(node_3, ($$render) => {
				if (get(tab) === "assistant") $$render(consequent_4);
				else if (get(tab) === "edit") $$render(consequent_5, 1);
				else if (get(tab) === "pending") $$render(consequent_6, 2);
				else $$render(alternate, -1);
			});
			reset(div_1);
			append($$anchor, fragment_1);
		};
		if_block(node_1, ($$render) => {
			if (!$$props.editable) $$render(consequent);
			else if (curation().loadError) $$render(consequent_1, 1);
			else if (!curation().workspace) $$render(consequent_2, 2);
			else $$render(alternate_1, -1);
		});
		reset(section);
		template_effect(($0, $1, $2) => {
			set_attribute(section, "aria-label", $0);
			styles = set_style(section, "", styles, { top: `${get(top) ?? ""}px` });
			set_text(text_1, $1);
			set_text(text_2, $2);
		}, [
			() => ct(get(lang), "curateTitle"),
			() => ct(get(lang), "curateTitle"),
			() => ct(get(lang), "close")
		]);
		delegated("click", button_1, () => curation().open = false);
		append($$anchor, section);
	};
	if_block(node, ($$render) => {
		if (curation().open) $$render(consequent_7);
	});
	template_effect(($0, $1) => {
		set_attribute(button, "aria-pressed", curation().open);
		set_attribute(button, "title", $0);
		set_text(text, `${$1 ?? ""}${get(pendingCount) > 0 ? ` (${get(pendingCount)})` : ""}`);
	}, [() => ct(get(lang), "curateTitle"), () => ct(get(lang), "curate")]);
	delegated("click", button, toggle);
	append($$anchor, fragment);
	pop();
}
delegate(["click"]);
// src/ui/curate/curation-module.ts
function createCuration(app) {
	return new CurationState(app);
}
export { CurationDrawer, createCuration };

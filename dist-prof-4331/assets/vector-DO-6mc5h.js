const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/pdf-ClGWckx8.js","assets/rolldown-runtime-SbdDWaPq.js","assets/index-B6LfwzBL.js","assets/index-CuKO-fs4.css","assets/browser-module-CbMC8ViS.js"])))=>i.map(i=>d[i]);
import { S as __vitePreload, _ as fetchFontFile, b as subsetsFor, d as unzlibSync, g as facesOfWeight, h as EMBED_FAMILY, m as sceneTextByWeight, v as pageFaces, x as sceneToSvg, y as readFontFaceRules } from "./index-B6LfwzBL.js";
// src/export/sfnt.ts
var WOFF_SIGNATURE = 2001684038;
var HEADER_SIZE = 44;
var WOFF_ENTRY_SIZE = 20;
var SFNT_HEADER_SIZE = 12;
var SFNT_ENTRY_SIZE = 16;
/** Converts a WOFF 1.0 file to the sfnt it wraps; throws a "woff: …" error on malformed input. */
function woffToSfnt(woff) {
	if (woff.length < HEADER_SIZE) throw new Error(`woff: expected at least ${HEADER_SIZE} bytes, got ${woff.length}`);
	const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
	const signature = view.getUint32(0);
	if (signature !== WOFF_SIGNATURE) throw new Error(signature === 2001684018 ? "woff: this is WOFF2 (Brotli), expected WOFF 1.0" : "woff: expected the signature \"wOFF\"");
	const flavor = view.getUint32(4);
	const length = view.getUint32(8);
	const numTables = view.getUint16(12);
	if (length !== woff.length) throw new Error(`woff: header says ${length} bytes, the file has ${woff.length}`);
	if (numTables === 0) throw new Error("woff: expected at least one table");
	if (HEADER_SIZE + numTables * WOFF_ENTRY_SIZE > woff.length) throw new Error(`woff: the directory of ${numTables} tables runs past the end of the file`);
	const entries = [];
	for (let i = 0; i < numTables; i++) {
		const at = HEADER_SIZE + i * WOFF_ENTRY_SIZE;
		const entry = {
			tag: view.getUint32(at),
			offset: view.getUint32(at + 4),
			compLength: view.getUint32(at + 8),
			origLength: view.getUint32(at + 12),
			checksum: view.getUint32(at + 16)
		};
		if (entry.offset + entry.compLength > woff.length) throw new Error(`woff: table "${tagName(entry.tag)}" runs past the end of the file`);
		if (entry.compLength > entry.origLength) throw new Error(`woff: table "${tagName(entry.tag)}" is larger compressed than plain`);
		entries.push(entry);
	}
	const tables = entries.map((e) => {
		const raw = woff.subarray(e.offset, e.offset + e.compLength);
		if (e.compLength === e.origLength) return raw;
		let data;
		try {
			data = unzlibSync(raw);
		} catch (err) {
			throw new Error(`woff: table "${tagName(e.tag)}" could not be inflated (${err.message})`, { cause: err });
		}
		if (data.length !== e.origLength) throw new Error(`woff: table "${tagName(e.tag)}" inflated to ${data.length} bytes, expected ${e.origLength}`);
		return data;
	});
	return buildSfnt(flavor, entries.map((e, i) => ({
		tag: e.tag,
		data: tables[i]
	})));
}
/** Splits an sfnt (TrueType/OpenType) into its tables; throws a "font: …" error when malformed. */
function readSfnt(font) {
	if (font.length < SFNT_HEADER_SIZE) throw new Error("font: too short for an sfnt header");
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	const flavor = view.getUint32(0);
	const numTables = view.getUint16(4);
	if (SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE > font.length) throw new Error("font: the table directory runs past the end of the file");
	const tables = [];
	for (let i = 0; i < numTables; i++) {
		const at = SFNT_HEADER_SIZE + i * SFNT_ENTRY_SIZE;
		const tag = view.getUint32(at);
		const offset = view.getUint32(at + 8);
		const length = view.getUint32(at + 12);
		if (offset + length > font.length) throw new Error(`font: table "${tagName(tag)}" runs past the end of the file`);
		tables.push({
			tag,
			data: font.subarray(offset, offset + length)
		});
	}
	return {
		flavor,
		tables
	};
}
/** Writes an sfnt: offset table, table records sorted by tag (with checksums), 4-byte aligned data. */
function buildSfnt(flavor, tables) {
	const numTables = tables.length;
	const sorted = [...tables].sort((a, b) => a.tag - b.tag);
	let size = SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE;
	for (const t of sorted) size += align4(t.data.length);
	const out = new Uint8Array(size);
	const o = new DataView(out.buffer);
	let entrySelector = 0;
	while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
	const searchRange = 2 ** entrySelector * 16;
	o.setUint32(0, flavor);
	o.setUint16(4, numTables);
	o.setUint16(6, searchRange);
	o.setUint16(8, entrySelector);
	o.setUint16(10, numTables * 16 - searchRange);
	let offset = SFNT_HEADER_SIZE + numTables * SFNT_ENTRY_SIZE;
	sorted.forEach((t, i) => {
		const record = SFNT_HEADER_SIZE + i * SFNT_ENTRY_SIZE;
		o.setUint32(record, t.tag);
		o.setUint32(record + 4, tableChecksum(t.tag, t.data));
		o.setUint32(record + 8, offset);
		o.setUint32(record + 12, t.data.length);
		out.set(t.data, offset);
		offset += align4(t.data.length);
	});
	return out;
}
var HEAD = 1751474532;
/** Sum of the table's big-endian uint32 words (zero-padded); 'head' without checkSumAdjustment. */
function tableChecksum(tag, data) {
	let sum = 0;
	for (let i = 0; i < data.length; i += 4) {
		let word = 0;
		for (let k = 0; k < 4; k++) {
			const index = i + k;
			const byte = tag === HEAD && index >= 8 && index < 12 ? 0 : data[index] ?? 0;
			word = word << 8 | byte;
		}
		sum = sum + (word >>> 0) >>> 0;
	}
	return sum;
}
var NAME = 1851878757;
/** Name ids that carry the family: family, subfamily, full name, PostScript name, typographic ones. */
var FAMILY_NAME_IDS = /* @__PURE__ */ new Set([
	1,
	2,
	4,
	6,
	16,
	17,
	21,
	22
]);
/**
* A copy of an sfnt under another family name (name table ids 1, 2, 4, 6 rewritten for Windows
* Unicode; the other names, such as copyright and licence, are kept).
*/
function renameFamily(font, family, subfamily = "Regular") {
	const { flavor, tables } = readSfnt(font);
	const name = tables.find((t) => t.tag === NAME);
	const kept = [];
	if (name) {
		const v = new DataView(name.data.buffer, name.data.byteOffset, name.data.byteLength);
		const count = v.getUint16(2);
		const storage = v.getUint16(4);
		for (let i = 0; i < count; i++) {
			const at = 6 + i * 12;
			if (at + 12 > name.data.length) break;
			const ids = [
				0,
				2,
				4,
				6
			].map((k) => v.getUint16(at + k));
			const length = v.getUint16(at + 8);
			const offset = v.getUint16(at + 10);
			if (FAMILY_NAME_IDS.has(ids[3])) continue;
			const start = storage + offset;
			if (start + length > name.data.length) continue;
			kept.push({
				ids,
				bytes: name.data.subarray(start, start + length)
			});
		}
	}
	const utf16 = (text) => {
		const bytes = new Uint8Array(text.length * 2);
		for (let i = 0; i < text.length; i++) {
			bytes[2 * i] = text.charCodeAt(i) >> 8;
			bytes[2 * i + 1] = text.charCodeAt(i) & 255;
		}
		return bytes;
	};
	const postscript = `${family}-${subfamily}`.replace(/[^A-Za-z0-9-]/g, "");
	const own = [
		[1, family],
		[2, subfamily],
		[4, `${family} ${subfamily}`],
		[6, postscript]
	];
	const records = [...kept, ...own.map(([id, text]) => ({
		ids: [
			3,
			1,
			1033,
			id
		],
		bytes: utf16(text)
	}))].sort((a, b) => a.ids[0] - b.ids[0] || a.ids[1] - b.ids[1] || a.ids[2] - b.ids[2] || a.ids[3] - b.ids[3]);
	const headerSize = 6 + records.length * 12;
	const total = headerSize + records.reduce((n, r) => n + r.bytes.length, 0);
	const table = new Uint8Array(total);
	const w = new DataView(table.buffer);
	w.setUint16(0, 0);
	w.setUint16(2, records.length);
	w.setUint16(4, headerSize);
	let offset = 0;
	records.forEach((r, i) => {
		const at = 6 + i * 12;
		r.ids.forEach((id, k) => w.setUint16(at + k * 2, id));
		w.setUint16(at + 8, r.bytes.length);
		w.setUint16(at + 10, offset);
		table.set(r.bytes, headerSize + offset);
		offset += r.bytes.length;
	});
	return buildSfnt(flavor, [...tables.filter((t) => t.tag !== NAME), {
		tag: NAME,
		data: table
	}]);
}
var align4 = (n) => n + 3 & -4;
function tagName(tag) {
	return String.fromCharCode(tag >>> 24 & 255, tag >>> 16 & 255, tag >>> 8 & 255, tag & 255);
}
var CMAP = 1668112752;
/**
* The code point ranges an sfnt's cmap maps (format 12 from a Unicode full-repertoire subtable,
* else format 4 from a Unicode BMP subtable); [] when it has neither.
*/
function cmapRanges(font) {
	const cmap = readSfnt(font).tables.find((t) => t.tag === CMAP)?.data;
	if (!cmap || cmap.length < 4) return [];
	const v = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength);
	const subtables = [];
	for (let i = 0; i < v.getUint16(2) && 4 + i * 8 + 8 <= cmap.length; i++) subtables.push({
		platform: v.getUint16(4 + i * 8),
		encoding: v.getUint16(6 + i * 8),
		offset: v.getUint32(8 + i * 8)
	});
	const unicode = subtables.filter((s) => s.platform === 0 || s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
	const format = (s) => s.offset + 2 <= cmap.length ? v.getUint16(s.offset) : -1;
	const f12 = unicode.find((s) => format(s) === 12);
	if (f12) {
		const ranges = [];
		const groups = v.getUint32(f12.offset + 12);
		for (let i = 0; i < groups; i++) {
			const at = f12.offset + 16 + i * 12;
			if (at + 12 > cmap.length) break;
			ranges.push([v.getUint32(at), v.getUint32(at + 4)]);
		}
		return ranges;
	}
	const f4 = unicode.find((s) => format(s) === 4);
	if (!f4) return [];
	const segments = v.getUint16(f4.offset + 6) / 2;
	const ranges = [];
	for (let i = 0; i < segments; i++) {
		const endAt = f4.offset + 14 + i * 2;
		const startAt = f4.offset + 16 + segments * 2 + i * 2;
		if (startAt + 2 > cmap.length) break;
		const start = v.getUint16(startAt);
		const end = v.getUint16(endAt);
		if (start === 65535) continue;
		ranges.push([start, end]);
	}
	return ranges;
}
// src/export/font-runs.ts
/** A subset's own family name: weight and the subset's index among the faces of that weight. */
var subsetFamily = (weight, index) => `NotoSansJP${weight}s${index}`;
/** Latin subsets first, so that Latin text is one run with its kerning and ligatures. */
function priority(subsets) {
	const rank = (s) => /-latin-\d/.test(s.file) ? 0 : /-latin-ext-/.test(s.file) ? 1 : /-\d+-\d/.test(s.file) ? 3 : 2;
	return [...subsets].sort((a, b) => rank(a) - rank(b));
}
/**
* The subsets (of one weight, in the given order) that cover a character of the text or of its
* accents' base letters (in case the font lacks the accented form), Latin subsets first.
*/
function subsetsForRuns(text, subsets) {
	return priority(subsetsFor(text + text.normalize("NFD"), subsets));
}
/** A subset's font file (WOFF 1.0, or already TrueType/OpenType) as a face of its own family. */
function runFace(file, family, weight) {
	const sfnt = file[0] === 119 && file[1] === 79 && file[2] === 70 && file[3] === 70 ? woffToSfnt(file) : file;
	return {
		family,
		weight,
		sfnt: renameFamily(sfnt, family, weight === 700 ? "Bold" : "Regular"),
		ranges: cmapRanges(sfnt)
	};
}
/**
* Splits a text into runs that one face (of the weight) each covers completely. Renderers'
* fallback between faces of one family is unreliable (resvg turns whole words into boxes when the
* face it picks first lacks a ligature), so every subset is a family of its own and each run names
* its family. A character Noto Sans JP lacks (ğ, accented Greek) is drawn as its base letter when
* the font has that (g, ε); else it stays in the current run and shows as a box.
*/
function splitRuns(text, faces, fallback) {
	const faceOf = (ch) => {
		const c = ch.codePointAt(0);
		return faces.find(({ ranges }) => ranges.some(([lo, hi]) => c >= lo && c <= hi));
	};
	const result = [];
	for (const original of text) {
		let ch = original;
		let face = faceOf(ch);
		if (!face) {
			const base = ch.normalize("NFD").replace(/\p{M}+/gu, "");
			const baseFace = base && [...base].length === 1 ? faceOf(base) : void 0;
			if (baseFace) [ch, face] = [base, baseFace];
		}
		const family = face?.family ?? result.at(-1)?.family ?? faces[0]?.family ?? fallback;
		const last = result.at(-1);
		if (last && last.family === family) last.text += ch;
		else result.push({
			text: ch,
			family
		});
	}
	if (result.length > 1) for (const r of result) r.text = r.text.replace(/f(?=[fijlt])/g, "f‌");
	return result;
}
// src/export/outline.ts
/**
* The runs of a text with their fontkit fonts, each family's font created once from its data (the
* caller hands in fontkit's create, so that fontkit loads only where outlines are drawn).
*/
function fontRuns(split, data, create) {
	const loaded = /* @__PURE__ */ new Map();
	const fontOf = (family) => {
		let font = loaded.get(family);
		if (!font) {
			font = create(data(family));
			loaded.set(family, font);
		}
		return font;
	};
	return (text, weight) => split(text, weight).map((r) => ({
		text: r.text,
		font: fontOf(r.family)
	}));
}
var n = (v) => String(Math.round(v * 100) / 100);
/** The text's outline as SVG path data in picture coordinates, and its advance width. */
function outlinePath(t, runs) {
	const laid = [];
	let width = 0;
	for (const run of runs(t.text, t.weight)) {
		const scale = t.size / run.font.unitsPerEm;
		const layout = run.font.layout(run.text);
		const glyphs = [];
		layout.glyphs.forEach((g, i) => {
			const pos = layout.positions[i];
			glyphs.push({
				commands: g.path.commands,
				dx: width + pos.xOffset * scale
			});
			width += pos.xAdvance * scale;
		});
		laid.push({
			font: run.font,
			glyphs,
			scale
		});
	}
	const x0 = t.anchor === "start" ? t.x : t.anchor === "end" ? t.x - width : t.x - width / 2;
	const parts = [];
	for (const { glyphs, scale } of laid) for (const g of glyphs) for (const c of g.commands) {
		const pts = [];
		for (let i = 0; i + 1 < c.args.length; i += 2) pts.push(`${n(x0 + g.dx + c.args[i] * scale)} ${n(t.y - c.args[i + 1] * scale)}`);
		const letter = c.command === "moveTo" ? "M" : c.command === "lineTo" ? "L" : c.command === "quadraticCurveTo" ? "Q" : c.command === "bezierCurveTo" ? "C" : "Z";
		parts.push(letter === "Z" ? "Z" : `${letter}${pts.join(" ")}`);
	}
	return {
		d: parts.join(""),
		width
	};
}
// src/export/vector.ts
/** The font files could not be read or loaded: the message says which and why. */
var VectorFontError = class extends Error {
	detail;
	constructor(detail) {
		super(`vector export: the font ${EMBED_FAMILY} could not be loaded: ${detail}`);
		this.detail = detail;
	}
};
/**
* The page's Noto Sans JP subsets the text needs, as TrueType faces of a family each (WOFF
* preferred: woff.ts reads WOFF 1.0, not WOFF2), and the split of a text into runs of one face.
* Throws a VectorFontError when the page has no such faces or a file cannot be fetched.
*/
async function pageVectorFonts(text, rules = readFontFaceRules(), load = fetchFontFile) {
	const faces = pageFaces(rules, EMBED_FAMILY, [
		"woff",
		"truetype",
		"opentype"
	]);
	if (faces.length === 0) throw new VectorFontError(`the page has no @font-face rules of "${EMBED_FAMILY}" with a WOFF or TrueType file`);
	const byWeight = /* @__PURE__ */ new Map();
	const data = /* @__PURE__ */ new Map();
	for (const [weight, t] of [[400, text.regular], [700, text.bold]]) {
		if (!t) continue;
		const ofWeight = facesOfWeight(faces, weight).map((face, index) => ({
			...face,
			file: face.url,
			index
		}));
		const prepared = await Promise.all(subsetsForRuns(t, ofWeight).map(async (face) => {
			let bytes;
			try {
				bytes = await load(face.url);
			} catch (e) {
				const cause = e.cause;
				const reason = cause instanceof Error ? cause.message : e.message;
				throw new VectorFontError(`${face.url}: ${reason}`);
			}
			try {
				return runFace(bytes, subsetFamily(weight, face.index), weight);
			} catch (e) {
				throw new VectorFontError(`${face.url}: ${e.message}`);
			}
		}));
		for (const face of prepared) data.set(face.family, face.sfnt);
		byWeight.set(weight, prepared);
	}
	return {
		runs: (s, weight) => splitRuns(s, byWeight.get(weight) ?? [], EMBED_FAMILY),
		data: (family) => {
			const bytes = data.get(family);
			if (!bytes) throw new Error(`vector export: no prepared font for the family "${family}"`);
			return bytes;
		}
	};
}
/** The scene as a PDF file (vector, the Noto Sans JP subsets it uses embedded). */
async function sceneToPdfBlob(scene, title, fonts) {
	const ready = fonts ?? await pageVectorFonts(sceneTextByWeight(scene));
	const { sceneToPdf } = await __vitePreload(async () => {
		const { sceneToPdf } = await import("./pdf-ClGWckx8.js");
		return { sceneToPdf };
	}, __vite__mapDeps([0,1,2,3,4]));
	const bytes = await sceneToPdf(scene, ready, title ? { title } : {});
	return new Blob([bytes], { type: "application/pdf" });
}
/** The scene's SVG with every text as glyph outlines (text kept in <title> and aria-label). */
async function sceneToOutlinedSvg(scene, fonts) {
	const ready = fonts ?? await pageVectorFonts(sceneTextByWeight(scene));
	const fontkit = await __vitePreload(() => import("./browser-module-CbMC8ViS.js").then((n) => n.n), __vite__mapDeps([4,1]));
	const runs = fontRuns(ready.runs, (family) => {
		const d = ready.data(family);
		if (typeof d === "string") throw new Error(`vector export: font "${family}" is a path`);
		return d;
	}, (d) => fontkit.create(d));
	return sceneToSvg(scene, { outlines: (t) => outlinePath(t, runs).d });
}
export { VectorFontError, pageVectorFonts, sceneToOutlinedSvg, sceneToPdfBlob };

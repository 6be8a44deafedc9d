import { O as buildGraph, a as parseCsv, i as isEdgeHeaderLine, l as unzipSync, n as parseJsonText, o as parseGexf, r as parseGraphml, s as ImportCancelled, t as importGraphologyObject } from "./index-B6LfwzBL.js";
import { a as parseDocument, l as isCollection, o as LineCounter, t as validateDataset } from "./validate-BrFUU23u.js";
// src/io/dataset.ts
var isDatasetLike = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && ("actors" in v || "relations" in v || "sources" in v);
/**
* Imports an already parsed document. `text` (the file's text) is used to turn element paths
* such as "relations[3].evidence[0].quote" into line numbers.
*/
function importDataset(value, text, file, syntax) {
	const format = syntax === "yaml" ? "alignmap-yaml" : "alignmap-json";
	const result = validateDataset(value, file);
	const locate = lineLocator(text);
	const toProblem = (p) => ({
		where: p.line > 0 ? `line ${p.line}` : p.path ? locate(p.path) ?? p.path : "file",
		message: p.message
	});
	const errors = result.problems.filter((p) => p.severity === "error").map(toProblem);
	const warnings = result.problems.filter((p) => p.severity === "warning").map(toProblem);
	if (!result.ok || !result.dataset) return {
		ok: false,
		errors: errors.length ? errors : [{
			where: "file",
			message: "the dataset is not valid"
		}],
		warnings,
		format
	};
	if (result.dataset.actors.length === 0) return {
		ok: false,
		errors: [{
			where: "file",
			message: "expected at least one actor in \"actors\""
		}],
		warnings,
		format
	};
	const graph = buildGraph(result.dataset, file);
	graph.mergeAttributes({
		origin: "import",
		importFormat: format
	});
	return {
		ok: true,
		graph,
		warnings,
		format
	};
}
/** Parses YAML (or JSON, which is YAML) with line numbers; syntax errors name their line. */
function parseYamlText(text) {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, {
		lineCounter,
		prettyErrors: false,
		uniqueKeys: true
	});
	if (doc.errors.length > 0) return {
		ok: false,
		errors: doc.errors.slice(0, 20).map((err) => ({
			where: `line ${lineCounter.linePos(err.pos[0]).line}`,
			message: `YAML syntax error: ${yamlMessage(err.message)}`
		}))
	};
	try {
		return {
			ok: true,
			value: doc.toJS({ maxAliasCount: 100 })
		};
	} catch (e) {
		return {
			ok: false,
			errors: [{
				where: "file",
				message: `YAML: ${e.message}`
			}]
		};
	}
}
/** The first line of a YAML error without its position; a stack overflow said plainly. */
function yamlMessage(message) {
	const first = (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
	return /Maximum call stack size exceeded/.test(first) ? `nested too deeply for the YAML reader (${first}); expected lists and mappings a few levels deep` : first;
}
/** Maps "relations[3].evidence[0].quote" to "line N" by walking the YAML/JSON syntax tree. */
function lineLocator(text) {
	let doc;
	let counter;
	return (path) => {
		if (!doc) {
			counter = new LineCounter();
			doc = parseDocument(text, {
				lineCounter: counter,
				prettyErrors: false
			});
			if (doc.errors.length > 0) return void 0;
		}
		const keys = [];
		for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== void 0 ? Number(m[2]) : m[1]);
		for (let n = keys.length; n > 0; n--) {
			const node = doc.getIn(keys.slice(0, n), true);
			if (node && (isCollection(node) || node.range)) {
				const range = node.range;
				if (range && counter) return `line ${counter.linePos(range[0]).line}`;
			}
		}
	};
}
// src/io/detect.ts
/** `head`: the first few kilobytes of the file as text (or the raw bytes' text for zip). */
function detectFormat(name, head) {
	const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
	if (head.startsWith("PK")) return "zip";
	const text = head.replace(/^\uFEFF/, "").trimStart();
	if (text.startsWith("<")) {
		const root = /<(?![?!])([A-Za-z_][\w.:-]*)/.exec(stripProlog(text))?.[1]?.toLowerCase() ?? "";
		const local = root.includes(":") ? root.slice(root.indexOf(":") + 1) : root;
		if (local === "gexf") return "gexf";
		if (local === "graphml") return "graphml";
		if (ext === "gexf") return "gexf";
		if (ext === "graphml") return "graphml";
		return null;
	}
	if (text.startsWith("{") || text.startsWith("[")) return ext === "yaml" || ext === "yml" ? "yaml" : "json";
	switch (ext) {
		case "gexf": return "gexf";
		case "graphml": return "graphml";
		case "json": return "json";
		case "yaml":
		case "yml": return "yaml";
		case "csv":
		case "tsv":
		case "txt": return "csv";
		case "zip": return "zip";
	}
	if (/^(---\s*\n)?(#[^\n]*\n\s*)*(sources|actors|relations)\s*:/m.test(text)) return "yaml";
	if (/^[^\n]*[,;\t][^\n]*\n/.test(text)) return "csv";
	return null;
}
function stripProlog(text) {
	return text.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*/, "");
}
// src/io/import.ts
var fail = (where, message, warnings = []) => ({
	ok: false,
	errors: [{
		where,
		message
	}],
	warnings
});
var megabytes = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
/** One file, or an edges CSV and a nodes CSV together (picked or dropped at the same time). */
async function importFiles(files, options = {}) {
	const maxBytes = options.maxBytes ?? 52428800;
	try {
		if (files.length === 0) return fail("file", "no file given");
		let total = 0;
		for (const f of files) {
			const size = f.bytes.byteLength;
			total += size;
			if (size > maxBytes || total > maxBytes) return fail(f.name, `the file is ${megabytes(size)}, larger than the import limit of ${megabytes(maxBytes)}; import a smaller file or a filtered export`);
		}
		options.onProgress?.({
			phase: "read",
			fraction: 0
		});
		if (files.length === 1) {
			const f = files[0];
			return await importOne(f.name, toBytes(f.bytes), options, maxBytes, true);
		}
		if (files.length === 2) {
			const texts = [];
			const warnings = [];
			for (const f of files) {
				const decoded = decodeText(toBytes(f.bytes));
				if (!decoded.ok) return fail(f.name, decoded.message);
				if (decoded.warning) warnings.push({
					where: f.name,
					message: decoded.warning
				});
				if (detectFormat(f.name, decoded.text.slice(0, 4096)) !== "csv") return fail(f.name, "two files can be imported together only as an edges CSV and a nodes CSV");
				texts.push({
					name: f.name,
					text: decoded.text
				});
			}
			return withWarnings(await importCsvPair(texts, options), warnings);
		}
		return fail("files", `${files.length} files given; expected one file, or an edges CSV and a nodes CSV`);
	} catch (e) {
		if (e instanceof ImportCancelled) return fail("file", e.message);
		return fail("file", `import: internal error: ${e.message ?? String(e)}`);
	}
}
function toBytes(b) {
	return b instanceof Uint8Array ? b : new Uint8Array(b);
}
function withWarnings(result, warnings) {
	if (warnings.length === 0) return result;
	return {
		...result,
		warnings: [...warnings, ...result.warnings]
	};
}
async function importOne(name, bytes, options, maxBytes, allowZip) {
	if (bytes[0] === 80 && bytes[1] === 75 && bytes[2] === 3 && bytes[3] === 4) {
		if (!allowZip) return fail(name, "a zip inside a zip is not supported");
		return importZip(name, bytes, options, maxBytes);
	}
	const decoded = decodeText(bytes);
	if (!decoded.ok) return fail(name, decoded.message);
	options.onProgress?.({
		phase: "read",
		fraction: 1
	});
	const format = detectFormat(name, decoded.text.slice(0, 4096));
	return withWarnings(await importDecoded(name, decoded.text, format, options), decoded.warning ? [{
		where: name,
		message: decoded.warning
	}] : []);
}
async function importDecoded(name, text, format, options) {
	switch (format) {
		case "gexf": return parseGexf(text, options);
		case "graphml": return parseGraphml(text, options);
		case "csv": return parseCsv({ edges: {
			name: "",
			text
		} }, options);
		case "json": {
			options.onProgress?.({
				phase: "parse",
				fraction: 0
			});
			const parsed = parseJsonText(text);
			if (!parsed.ok) return {
				...fail(parsed.where, parsed.message),
				format: "graphology-json"
			};
			return fromParsedObject(name, text, parsed.value, "json", options);
		}
		case "yaml": {
			options.onProgress?.({
				phase: "parse",
				fraction: 0
			});
			const parsed = parseYamlText(text);
			if (!parsed.ok) return {
				ok: false,
				errors: parsed.errors,
				warnings: [],
				format: "alignmap-yaml"
			};
			return fromParsedObject(name, text, parsed.value, "yaml", options);
		}
		case "zip": return fail(name, "expected zip bytes; import the file with importFile");
		case null: return fail(name, "unrecognised format; expected GEXF (.gexf), GraphML (.graphml), graphology JSON or an Alignmap dataset (.json, .yaml), CSV (.csv) or a zip of CSV files");
	}
}
async function fromParsedObject(name, text, value, syntax, options) {
	if (isDatasetLike(value)) {
		options.onProgress?.({
			phase: "validate",
			fraction: 0
		});
		return importDataset(value, text, name, syntax);
	}
	if (typeof value === "object" && value !== null && Array.isArray(value.nodes)) return importGraphologyObject(value, options);
	return fail("file", "expected a graphology export ({ \"nodes\": [...], \"edges\": [...] }) or an Alignmap dataset ({ sources, actors, relations })");
}
var SUPPORTED = /\.(gexf|graphml|json|ya?ml|csv|tsv|txt)$/i;
function importZip(name, bytes, options, maxBytes) {
	let declared = 0;
	let entries;
	try {
		entries = unzipSync(bytes, { filter: (file) => {
			if (file.name.endsWith("/") || file.name.startsWith("__MACOSX/") || !SUPPORTED.test(file.name)) return false;
			declared += file.originalSize;
			if (declared > maxBytes) throw new Error(`its contents are larger than the import limit of ${megabytes(maxBytes)}`);
			return true;
		} });
	} catch (e) {
		return fail(name, `not a readable zip file: ${e.message}`);
	}
	if (Object.values(entries).reduce((n, b) => n + b.byteLength, 0) > maxBytes) return fail(name, `its contents are larger than the import limit of ${megabytes(maxBytes)}`);
	const names = Object.keys(entries);
	const csvs = names.filter((n) => /\.(csv|tsv|txt)$/i.test(n));
	if (csvs.length === 2 && names.length === 2) {
		const texts = [];
		for (const n of csvs) {
			const decoded = decodeText(entries[n]);
			if (!decoded.ok) return fail(`${name}: ${n}`, decoded.message);
			texts.push({
				name: n,
				text: decoded.text
			});
		}
		return importCsvPair(texts, options);
	}
	if (names.length === 1) {
		const inner = names[0];
		return importOne(inner, entries[inner], options, maxBytes, false);
	}
	return fail(name, `the zip holds ${names.length === 0 ? "no supported file" : `${names.length} files (${someNames(names)})`}; expected one graph file, or nodes.csv and edges.csv`);
}
/** The first few names of a list, then how many more ("a.csv, b.csv, … and 19,995 more"). */
function someNames(names, shown = 5) {
	const head = names.slice(0, shown).join(", ");
	return names.length > shown ? `${head}, … and ${(names.length - shown).toLocaleString("en")} more` : head;
}
function importCsvPair(texts, options) {
	const [a, b] = texts;
	const aEdges = isEdgeHeaderLine(a.text);
	if (aEdges === isEdgeHeaderLine(b.text)) return fail(`${a.name}, ${b.name}`, "expected one edges CSV (with source and target columns) and one nodes CSV (with an id column)");
	const [edges, nodes] = aEdges ? [a, b] : [b, a];
	return parseCsv({
		edges,
		nodes
	}, options);
}
/**
* UTF-8 (BOM removed), UTF-16 with a BOM, or, for files that are not valid UTF-8, Shift_JIS (what
* Excel saves for Japanese users) with a warning. Binary data is refused.
*/
function decodeText(bytes) {
	let text;
	let warning;
	if (bytes[0] === 255 && bytes[1] === 254) text = new TextDecoder("utf-16le").decode(bytes.subarray(2));
	else if (bytes[0] === 254 && bytes[1] === 255) text = new TextDecoder("utf-16be").decode(bytes.subarray(2));
	else {
		const start = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
		try {
			text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start));
		} catch {
			let sjis;
			try {
				sjis = new TextDecoder("shift_jis", { fatal: true });
			} catch {
				sjis = void 0;
			}
			try {
				if (!sjis) throw new Error("no decoder");
				text = sjis.decode(bytes);
				warning = "the file is not UTF-8; it was read as Shift_JIS (check that names look right)";
			} catch {
				return {
					ok: false,
					message: "not a text file: expected UTF-8 text (or a zip)"
				};
			}
		}
	}
	if (text.includes("\0")) return {
		ok: false,
		message: "not a text file (it contains NUL bytes); expected UTF-8 text (or a zip)"
	};
	return warning ? {
		ok: true,
		text,
		warning
	} : {
		ok: true,
		text
	};
}
export { importFiles };

// Entry point of imports: size limit, zip, text decoding, format detection, then the format's
// reader. Every outcome is a result ({ ok: true, graph } or { ok: false, errors }); nothing throws.
// The graph is built off to the side, so a failed import leaves the graph on screen untouched.
import { unzipSync } from 'fflate';
import { isEdgeHeaderLine, parseCsv } from './csv';
import { importDataset, isDatasetLike, parseYamlText } from './dataset';
import { detectFormat, type DetectedFormat } from './detect';
import { parseGexf } from './gexf';
import { parseGraphml } from './graphml';
import { importGraphologyObject, parseJsonText } from './json';
import { ImportCancelled } from './slicer';
import {
  DEFAULT_MAX_BYTES,
  type ImportOptions,
  type ImportProblem,
  type ImportResult,
} from './types';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array | ArrayBuffer;
}

const fail = (where: string, message: string, warnings: ImportProblem[] = []): ImportResult => ({
  ok: false,
  errors: [{ where, message }],
  warnings,
});

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Imports one file: GEXF, GraphML, graphology JSON, the project's YAML/JSON, CSV, or a zip. */
export function importFile(
  name: string,
  bytes: Uint8Array | ArrayBuffer,
  options: ImportOptions = {},
): Promise<ImportResult> {
  return importFiles([{ name, bytes }], options);
}

/** One file, or an edges CSV and a nodes CSV together (picked or dropped at the same time). */
export async function importFiles(
  files: NamedBytes[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (files.length === 0) return fail('file', 'no file given');
    let total = 0;
    for (const f of files) {
      const size = f.bytes.byteLength;
      total += size;
      if (size > maxBytes || total > maxBytes) {
        return fail(
          f.name,
          `the file is ${megabytes(size)}, larger than the import limit of ${megabytes(maxBytes)}; import a smaller file or a filtered export`,
        );
      }
    }
    options.onProgress?.({ phase: 'read', fraction: 0 });
    if (files.length === 1) {
      const f = files[0] as NamedBytes;
      return await importOne(f.name, toBytes(f.bytes), options, maxBytes, true);
    }
    if (files.length === 2) {
      const texts: { name: string; text: string }[] = [];
      const warnings: ImportProblem[] = [];
      for (const f of files) {
        const decoded = decodeText(toBytes(f.bytes));
        if (!decoded.ok) return fail(f.name, decoded.message);
        if (decoded.warning) warnings.push({ where: f.name, message: decoded.warning });
        if (detectFormat(f.name, decoded.text.slice(0, 4096)) !== 'csv') {
          return fail(
            f.name,
            'two files can be imported together only as an edges CSV and a nodes CSV',
          );
        }
        texts.push({ name: f.name, text: decoded.text });
      }
      return withWarnings(await importCsvPair(texts, options), warnings);
    }
    return fail(
      'files',
      `${files.length} files given; expected one file, or an edges CSV and a nodes CSV`,
    );
  } catch (e) {
    if (e instanceof ImportCancelled) return fail('file', e.message);
    return fail('file', `import: internal error: ${(e as Error).message ?? String(e)}`);
  }
}

/** Imports text that is already decoded (the CLI, tests). */
export async function importText(
  name: string,
  text: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    return await importDecoded(name, text, detectFormat(name, text.slice(0, 4096)), options);
  } catch (e) {
    if (e instanceof ImportCancelled) return fail('file', e.message);
    return fail('file', `import: internal error: ${(e as Error).message ?? String(e)}`);
  }
}

function toBytes(b: Uint8Array | ArrayBuffer): Uint8Array {
  return b instanceof Uint8Array ? b : new Uint8Array(b);
}

function withWarnings(result: ImportResult, warnings: ImportProblem[]): ImportResult {
  if (warnings.length === 0) return result;
  return { ...result, warnings: [...warnings, ...result.warnings] };
}

async function importOne(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
  maxBytes: number,
  allowZip: boolean,
): Promise<ImportResult> {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    if (!allowZip) return fail(name, 'a zip inside a zip is not supported');
    return importZip(name, bytes, options, maxBytes);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return fail(name, decoded.message);
  options.onProgress?.({ phase: 'read', fraction: 1 });
  const format = detectFormat(name, decoded.text.slice(0, 4096));
  const result = await importDecoded(name, decoded.text, format, options);
  return withWarnings(result, decoded.warning ? [{ where: name, message: decoded.warning }] : []);
}

async function importDecoded(
  name: string,
  text: string,
  format: DetectedFormat | null,
  options: ImportOptions,
): Promise<ImportResult> {
  switch (format) {
    case 'gexf':
      return parseGexf(text, options);
    case 'graphml':
      return parseGraphml(text, options);
    case 'csv':
      return parseCsv({ edges: { name: '', text } }, options);
    case 'json': {
      options.onProgress?.({ phase: 'parse', fraction: 0 });
      const parsed = parseJsonText(text);
      if (!parsed.ok) return { ...fail(parsed.where, parsed.message), format: 'graphology-json' };
      return fromParsedObject(name, text, parsed.value, 'json', options);
    }
    case 'yaml': {
      options.onProgress?.({ phase: 'parse', fraction: 0 });
      const parsed = parseYamlText(text);
      if (!parsed.ok)
        return { ok: false, errors: parsed.errors, warnings: [], format: 'alignmap-yaml' };
      return fromParsedObject(name, text, parsed.value, 'yaml', options);
    }
    case 'zip':
      return fail(name, 'expected zip bytes; import the file with importFile');
    case null:
      return fail(
        name,
        'unrecognised format; expected GEXF (.gexf), GraphML (.graphml), graphology JSON or an Alignmap dataset (.json, .yaml), CSV (.csv) or a zip of CSV files',
      );
  }
}

async function fromParsedObject(
  name: string,
  text: string,
  value: unknown,
  syntax: 'json' | 'yaml',
  options: ImportOptions,
): Promise<ImportResult> {
  if (isDatasetLike(value)) {
    options.onProgress?.({ phase: 'validate', fraction: 0 });
    return importDataset(value, text, name, syntax);
  }
  if (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { nodes?: unknown }).nodes)
  ) {
    return importGraphologyObject(value, options);
  }
  return fail(
    'file',
    'expected a graphology export ({ "nodes": [...], "edges": [...] }) or an Alignmap dataset ({ sources, actors, relations })',
  );
}

const SUPPORTED = /\.(gexf|graphml|json|ya?ml|csv|tsv|txt)$/i;

function importZip(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
  maxBytes: number,
): Promise<ImportResult> | ImportResult {
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (
          file.name.endsWith('/') ||
          file.name.startsWith('__MACOSX/') ||
          !SUPPORTED.test(file.name)
        )
          return false;
        declared += file.originalSize;
        if (declared > maxBytes)
          throw new Error(
            `its contents are larger than the import limit of ${megabytes(maxBytes)}`,
          );
        return true;
      },
    });
  } catch (e) {
    return fail(name, `not a readable zip file: ${(e as Error).message}`);
  }
  const inflated = Object.values(entries).reduce((n, b) => n + b.byteLength, 0);
  if (inflated > maxBytes)
    return fail(name, `its contents are larger than the import limit of ${megabytes(maxBytes)}`);
  const names = Object.keys(entries);
  const csvs = names.filter((n) => /\.(csv|tsv|txt)$/i.test(n));
  if (csvs.length === 2 && names.length === 2) {
    const texts: { name: string; text: string }[] = [];
    for (const n of csvs) {
      const decoded = decodeText(entries[n] as Uint8Array);
      if (!decoded.ok) return fail(`${name}: ${n}`, decoded.message);
      texts.push({ name: n, text: decoded.text });
    }
    return importCsvPair(texts, options);
  }
  if (names.length === 1) {
    const inner = names[0] as string;
    return importOne(inner, entries[inner] as Uint8Array, options, maxBytes, false);
  }
  return fail(
    name,
    `the zip holds ${names.length === 0 ? 'no supported file' : `${names.length} files (${someNames(names)})`}; expected one graph file, or nodes.csv and edges.csv`,
  );
}

/** The first few names of a list, then how many more ("a.csv, b.csv, … and 19,995 more"). */
function someNames(names: string[], shown = 5): string {
  const head = names.slice(0, shown).join(', ');
  return names.length > shown
    ? `${head}, … and ${(names.length - shown).toLocaleString('en')} more`
    : head;
}

function importCsvPair(
  texts: { name: string; text: string }[],
  options: ImportOptions,
): Promise<ImportResult> | ImportResult {
  const [a, b] = texts as [{ name: string; text: string }, { name: string; text: string }];
  const aEdges = isEdgeHeaderLine(a.text);
  const bEdges = isEdgeHeaderLine(b.text);
  if (aEdges === bEdges) {
    return fail(
      `${a.name}, ${b.name}`,
      'expected one edges CSV (with source and target columns) and one nodes CSV (with an id column)',
    );
  }
  const [edges, nodes] = aEdges ? [a, b] : [b, a];
  return parseCsv({ edges, nodes }, options);
}

export type Decoded = { ok: true; text: string; warning?: string } | { ok: false; message: string };

/**
 * UTF-8 (BOM removed), UTF-16 with a BOM, or, for files that are not valid UTF-8, Shift_JIS (what
 * Excel saves for Japanese users) with a warning. Binary data is refused.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  let text: string;
  let warning: string | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
    } catch {
      let sjis: TextDecoder | undefined;
      try {
        sjis = new TextDecoder('shift_jis', { fatal: true });
      } catch {
        sjis = undefined;
      }
      try {
        if (!sjis) throw new Error('no decoder');
        text = sjis.decode(bytes);
        warning = 'the file is not UTF-8; it was read as Shift_JIS (check that names look right)';
      } catch {
        return { ok: false, message: 'not a text file: expected UTF-8 text (or a zip)' };
      }
    }
  }
  if (text.includes('\u0000'))
    return {
      ok: false,
      message: 'not a text file (it contains NUL bytes); expected UTF-8 text (or a zip)',
    };
  return warning ? { ok: true, text, warning } : { ok: true, text };
}

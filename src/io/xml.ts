// A small, strict-enough XML pull reader for GEXF and GraphML (no DOM, so it runs in Node, in the
// page and in a Web Worker; reports line numbers; never expands DTD entities) and the escaping
// helpers the XML writers share.

/** Characters XML 1.0 cannot carry at all (not even as character references). */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to replace
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with the characters XML 1.0 cannot carry replaced by U+FFFD (also used for CSV). */
export function replaceForbidden(value: string): string {
  return value.replace(FORBIDDEN, '\uFFFD');
}

/** Escapes text for an attribute value in double quotes; forbidden characters become U+FFFD. */
export function escapeAttr(value: string): string {
  return value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

/** Escapes element text content; forbidden characters become U+FFFD. */
export function escapeText(value: string): string {
  return value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export class XmlSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export type XmlEvent =
  | { type: 'open'; name: string; local: string; attrs: Map<string, string>; line: number }
  | { type: 'close'; name: string; local: string; line: number }
  | { type: 'text'; text: string; line: number };

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Pull reader: `next()` returns the next event or null at the end, and throws XmlSyntaxError with
 * a line number for malformed input (unclosed or mismatched tags, unterminated constructs).
 * Self-closing tags produce an open event followed by a close event.
 */
export class XmlReader {
  private pos = 0;
  private line = 1;
  /** Offset of the first line break not yet counted (-1: none left; undefined: not searched). */
  private nextBreak: number | undefined;
  private readonly stack: { name: string; line: number }[] = [];
  private pendingClose: XmlEvent | null = null;
  private sawRoot = false;

  constructor(private readonly text: string) {}

  get position(): number {
    return this.pos;
  }

  get length(): number {
    return this.text.length;
  }

  /**
   * 1-based line of a character offset (offsets must not go backwards between calls). Each line
   * break is found once, so counting lines costs one pass over the text in all (a file on one
   * line is not rescanned to its end on every call).
   */
  private lineAt(offset: number): number {
    const text = this.text;
    let next = this.nextBreak ?? text.indexOf('\n');
    while (next !== -1 && next < offset) {
      this.line++;
      next = text.indexOf('\n', next + 1);
    }
    this.nextBreak = next;
    return this.line;
  }

  next(): XmlEvent | null {
    if (this.pendingClose) {
      const ev = this.pendingClose;
      this.pendingClose = null;
      return ev;
    }
    const text = this.text;
    for (;;) {
      if (this.pos >= text.length) {
        const open = this.stack[this.stack.length - 1];
        if (open) {
          throw new XmlSyntaxError(
            this.lineAt(text.length),
            `unexpected end of file: <${open.name}> opened at line ${open.line} is not closed`,
          );
        }
        if (!this.sawRoot) throw new XmlSyntaxError(this.lineAt(text.length), 'no root element');
        return null;
      }
      const lt = text.indexOf('<', this.pos);
      if (lt !== this.pos) {
        const end = lt === -1 ? text.length : lt;
        const raw = text.slice(this.pos, end);
        const line = this.lineAt(this.pos);
        this.pos = end;
        if (this.stack.length === 0) {
          if (raw.trim() !== '') {
            throw new XmlSyntaxError(
              line,
              this.sawRoot
                ? 'text after the end of the root element'
                : 'expected "<" at the start of the document',
            );
          }
          continue;
        }
        return { type: 'text', text: decodeEntities(raw.replace(/\r\n?/g, '\n'), line), line };
      }
      const line = this.lineAt(lt);
      const c = text.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        this.pos = this.skipPast(lt, '?>', 'processing instruction', line);
        continue;
      }
      if (c === 33 /* ! */) {
        if (text.startsWith('<!--', lt)) {
          this.pos = this.skipPast(lt + 4, '-->', 'comment', line);
          continue;
        }
        if (text.startsWith('<![CDATA[', lt)) {
          const end = text.indexOf(']]>', lt + 9);
          if (end === -1) throw new XmlSyntaxError(line, 'a CDATA section is not closed ("]]>")');
          this.pos = end + 3;
          if (this.stack.length === 0) throw new XmlSyntaxError(line, 'CDATA outside the root');
          return { type: 'text', text: text.slice(lt + 9, end).replace(/\r\n?/g, '\n'), line };
        }
        if (text.startsWith('<!DOCTYPE', lt)) {
          this.pos = this.skipDoctype(lt, line);
          continue;
        }
        throw new XmlSyntaxError(line, 'unexpected "<!"; expected a comment, CDATA or DOCTYPE');
      }
      if (c === 47 /* / */) {
        const gt = text.indexOf('>', lt);
        if (gt === -1) throw new XmlSyntaxError(line, 'an end tag is not closed with ">"');
        const name = text.slice(lt + 2, gt).trim();
        this.pos = gt + 1;
        const open = this.stack.pop();
        if (!open) throw new XmlSyntaxError(line, `unexpected end tag </${name}>`);
        if (open.name !== name) {
          throw new XmlSyntaxError(
            line,
            `expected </${open.name}> (opened at line ${open.line}), found </${name}>`,
          );
        }
        return { type: 'close', name, local: localName(name), line };
      }
      return this.readStartTag(lt, line);
    }
  }

  private skipPast(from: number, terminator: string, what: string, line: number): number {
    const end = this.text.indexOf(terminator, from);
    if (end === -1) throw new XmlSyntaxError(line, `a ${what} is not closed ("${terminator}")`);
    return end + terminator.length;
  }

  /** Skips <!DOCTYPE ...> including an internal subset; its entities are never expanded. */
  private skipDoctype(from: number, line: number): number {
    const text = this.text;
    let depth = 0;
    for (let i = from + 9; i < text.length; i++) {
      const ch = text[i];
      if (ch === '[') depth++;
      else if (ch === ']') depth--;
      else if (ch === '>' && depth <= 0) return i + 1;
    }
    throw new XmlSyntaxError(line, 'a DOCTYPE declaration is not closed');
  }

  private readStartTag(lt: number, line: number): XmlEvent {
    const text = this.text;
    let i = lt + 1;
    const nameStart = i;
    while (i < text.length && !isNameEnd(text.charCodeAt(i))) i++;
    const name = text.slice(nameStart, i);
    if (name === '') throw new XmlSyntaxError(line, 'expected an element name after "<"');
    if (this.stack.length === 0 && this.sawRoot) {
      throw new XmlSyntaxError(line, `a second root element <${name}>; expected one root`);
    }
    const attrs = new Map<string, string>();
    for (;;) {
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (i >= text.length) throw new XmlSyntaxError(line, `the tag <${name}> is not closed`);
      const ch = text[i];
      if (ch === '>' || (ch === '/' && text[i + 1] === '>')) {
        const selfClosing = ch === '/';
        this.pos = i + (selfClosing ? 2 : 1);
        this.sawRoot = true;
        const local = localName(name);
        if (selfClosing) this.pendingClose = { type: 'close', name, local, line };
        else this.stack.push({ name, line });
        return { type: 'open', name, local, attrs, line };
      }
      const attrStart = i;
      while (i < text.length && !isNameEnd(text.charCodeAt(i)) && text[i] !== '=') i++;
      const attrName = text.slice(attrStart, i);
      if (attrName === '') {
        throw new XmlSyntaxError(line, `unexpected "${ch}" in <${name}>; expected an attribute`);
      }
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (text[i] !== '=') {
        throw new XmlSyntaxError(line, `attribute ${attrName} of <${name}> has no "=" and value`);
      }
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      const quote = text[i];
      if (quote !== '"' && quote !== "'") {
        throw new XmlSyntaxError(
          line,
          `attribute ${attrName} of <${name}>: expected a quoted value`,
        );
      }
      const end = text.indexOf(quote, i + 1);
      if (end === -1) {
        throw new XmlSyntaxError(
          line,
          `attribute ${attrName} of <${name}>: the value is not closed`,
        );
      }
      const raw = text.slice(i + 1, end);
      if (raw.includes('<')) {
        throw new XmlSyntaxError(line, `attribute ${attrName} of <${name}> contains "<"`);
      }
      attrs.set(attrName, decodeEntities(raw.replace(/\r\n?|[\n\t]/g, ' '), line));
      i = end + 1;
    }
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 62 /* > */ || c === 47; /* / */
}

/** Predefined and numeric entities; a lone "&" or an unknown entity stays as written. */
function decodeEntities(raw: string, line: number): string {
  if (raw.indexOf('&') === -1) return raw;
  return raw.replace(
    /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,9});/g,
    (m, ref: string) => {
      if (ref[0] !== '#') return PREDEFINED[ref] ?? m;
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) {
        throw new XmlSyntaxError(line, `invalid character reference ${m}`);
      }
      return String.fromCodePoint(code);
    },
  );
}

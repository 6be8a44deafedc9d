// The event loop the GEXF and GraphML readers share: pulls XML events, checks the root element,
// yields to the page between slices, gathers element text, and turns malformed XML into one located
// error. A format supplies a handler (what an opening tag, a closing tag and text mean in it) and
// uses the shared pieces: the open <node>/<edge> being read (`PendingElement`), element names for
// messages, typed attribute values with their warnings, and adding a finished node or edge.
import { GraphBuilder, type Attrs } from './builder';
import { parseTyped } from './columns';
import { Slicer } from './slicer';
import type { ImportFormat, ImportOptions, ImportResult } from './types';
import { XmlReader, XmlSyntaxError, type XmlEvent } from './xml';

export type OpenEvent = Extract<XmlEvent, { type: 'open' }>;
export type CloseEvent = Extract<XmlEvent, { type: 'close' }>;

/** A <node> or <edge> being read: its XML attributes, and the attributes gathered for the graph. */
export interface PendingElement {
  kind: 'node' | 'edge';
  line: number;
  xml: Map<string, string>;
  attrs: Attrs;
}

/** What a format does with the events after the root element. */
export interface XmlGraphHandler {
  open(ev: OpenEvent): void;
  /** `text`: the text gathered since the last tag. */
  close(ev: CloseEvent, text: string): void;
  /** Text inside the document: true to gather it for the next close (default), false to drop it. */
  text?(text: string): boolean;
  /** After the last event of a well-formed document. */
  end?(): void;
}

/** `line 12, <edge id="e3">`: the place of an element in messages. */
export const where = (line: number, what: string): string => `line ${line}, ${what}`;

/** `<node id="a">`, or `<node>` without an id. */
export function describeElement(local: string, attrs: Map<string, string>): string {
  const id = attrs.get('id');
  return id !== undefined ? `<${local} id="${id}">` : `<${local}>`;
}

/** Runs the shared loop over `text`: the root must be <`root`>; `handler(b)` reads the rest. */
export function readXmlGraph(
  text: string,
  options: ImportOptions,
  format: ImportFormat,
  root: string,
  handler: (b: GraphBuilder) => XmlGraphHandler,
): Promise<ImportResult> {
  const slicer = new Slicer(options);
  const reader = new XmlReader(text);
  return GraphBuilder.run(format, async (b) => {
    const h = handler(b);
    let gathered = '';
    let first = true;
    try {
      for (let ev = reader.next(); ev; ev = reader.next()) {
        await slicer.tick('parse', reader.position / reader.length);
        if (first && ev.type === 'open') {
          first = false;
          if (ev.local !== root) {
            b.error(
              where(ev.line, `<${ev.name}>`),
              `expected a <${root}> root element, found <${ev.name}>`,
            );
            return;
          }
          continue;
        }
        if (ev.type === 'text') {
          if (h.text?.(ev.text) ?? true) gathered += ev.text;
        } else if (ev.type === 'close') {
          const t = gathered;
          gathered = '';
          h.close(ev, t);
        } else {
          gathered = '';
          h.open(ev);
        }
      }
    } catch (e) {
      if (e instanceof XmlSyntaxError) {
        b.error(`line ${e.line}`, `not well-formed XML: ${e.message}`);
        return;
      }
      throw e;
    }
    h.end?.();
  });
}

/** A declared attribute (GEXF <attribute>, GraphML <key>): its name in the graph and its type. */
export interface DeclaredAttribute {
  name: string;
  type: string;
  defaultValue?: string;
}

/**
 * Stores one value read from the file in `target`: typed as declared (a value that does not fit
 * its type is kept as text with a warning), or as text with a warning when nothing declares `ref`.
 */
export function storeValue(
  b: GraphBuilder,
  target: Attrs,
  ref: string,
  value: string,
  declared: DeclaredAttribute | undefined,
  place: string,
  undeclared: string,
): void {
  if (!declared) {
    b.warnOnce(`undeclared-${ref}`, place, undeclared);
    target[ref] = value;
    return;
  }
  const parsed = parseTyped(value, declared.type);
  if (parsed.ok) target[declared.name] = parsed.value;
  else {
    b.warn(
      place,
      `"${truncate(value)}" is not ${parsed.expected} as declared for "${declared.name}"; kept as text`,
    );
    target[declared.name] = value;
  }
}

/** Fills the declared defaults an element does not give (values that do not fit are skipped). */
export function applyDefaults(p: PendingElement, declared: Iterable<DeclaredAttribute>): void {
  for (const d of declared) {
    if (d.defaultValue === undefined || p.attrs[d.name] !== undefined) continue;
    const parsed = parseTyped(d.defaultValue, d.type);
    if (parsed.ok) p.attrs[d.name] = parsed.value;
  }
}

/**
 * Adds a finished element to the graph: a node needs an id; an edge its two ends, and `directed`
 * decides its direction (called only when both ends are there).
 */
export function addElement(
  b: GraphBuilder,
  p: PendingElement,
  directed: (place: string) => boolean,
): void {
  const id = p.xml.get('id');
  const place = where(p.line, describeElement(p.kind, p.xml));
  if (p.kind === 'node') {
    if (id === undefined) b.error(place, 'expected an "id" attribute on <node>');
    else b.addNode(id, p.attrs, place);
    return;
  }
  const source = p.xml.get('source');
  const target = p.xml.get('target');
  if (source === undefined || target === undefined) {
    b.error(place, 'expected "source" and "target" attributes on <edge>');
    return;
  }
  b.addEdge(id, source, target, directed(place), p.attrs, place);
}

export function truncate(s: string, n = 40): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

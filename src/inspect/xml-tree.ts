import { SaxesParser } from 'saxes';

/** The XML namespace, which `xml:base` and `xml:lang` belong to (Namespaces in XML). */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** One element of a package descriptor, with where it starts so diagnostics can point at it. */
export interface XmlElement {
  /** Local name, without prefix: descriptors are matched by namespace URI, not by prefix. */
  local: string;
  uri: string;
  attributes: readonly { local: string; uri: string; value: string }[];
  children: XmlElement[];
  /** Text directly inside the element, trimmed. */
  text: string;
  line: number;
  column: number;
}

export class XmlSyntaxError extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

/**
 * Real descriptors nest a few levels (SCORM items inside items, a dozen at
 * most); libxml2 refuses more than 256 by default. Deeper is an attack on
 * the checks' time and stack, so parsing stops there.
 */
const MAX_DEPTH = 256;

/** Well-formed, perhaps, but beyond what inspect agrees to parse. */
export class XmlLimitError extends XmlSyntaxError {}

/** The document declares a DOCTYPE, which a descriptor never needs and a hostile one uses against the LMS's parser. */
export class XmlDoctypeError extends XmlSyntaxError {}

/**
 * Parses a descriptor into a small element tree. saxes checks well-formedness
 * and namespace bindings; the first fault is thrown as an XmlSyntaxError.
 * saxes never loads a DTD nor expands a declared entity; a DOCTYPE stops the
 * parse with an XmlDoctypeError that says what it asks a parser to do.
 */
export function parseXml(input: string): XmlElement {
  const text = input.replace(/^\uFEFF/, '');
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const texts: string[][] = [];
  let root: XmlElement | undefined;
  let start = { line: 1, column: 1 };

  parser.on('opentagstart', () => {
    start = { line: parser.line, column: parser.column };
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_DEPTH) {
      throw new XmlLimitError(`its elements are nested more than ${MAX_DEPTH} levels deep, which no descriptor needs`, parser.line, parser.column);
    }
    const element: XmlElement = {
      local: tag.local,
      uri: tag.uri,
      attributes: Object.values(tag.attributes).map(({ local, uri, value }) => ({ local, uri, value })),
      children: [],
      text: '',
      ...start,
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
    texts.push([]);
  });
  parser.on('doctype', (doctype) => {
    // saxes counts positions in code points; astral characters before the DOCTYPE only move it back.
    const at = Math.max(text.lastIndexOf('<!DOCTYPE', parser.position), text.indexOf('<!DOCTYPE'));
    const before = text.slice(0, Math.max(0, at)).split('\n');
    throw new XmlDoctypeError(doctypeDanger(doctype), before.length, before.at(-1)!.length + 1);
  });
  parser.on('text', (chunk) => texts.at(-1)?.push(chunk));
  parser.on('cdata', (chunk) => texts.at(-1)?.push(chunk));
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) element.text = (texts.pop() ?? []).join('').trim();
  });
  parser.on('error', (error) => {
    // saxes prefixes "line:column: " and ends with a period; the diagnostic has both already.
    throw new XmlSyntaxError(error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, ''), parser.line, parser.column);
  });

  parser.write(text).close();
  if (!root) throw new XmlSyntaxError('the file holds no XML element', 1, 1);
  return root;
}

/**
 * What a DOCTYPE would make a DTD-resolving parser do (XML 1.0 §2.8, §4.2):
 * fetch an external DTD or external entity (server-side request forgery,
 * reading the server's files), or expand entities (memory exhaustion).
 */
function doctypeDanger(doctype: string): string {
  const quoted = (text: string) => /["']([^"']*)["']/.exec(text)?.[1] ?? '';
  const [head = '', subset = ''] = doctype.split('[');
  const dangers: string[] = [];
  if (/\b(SYSTEM|PUBLIC)\b/.test(head)) dangers.push(`loads the external DTD "${quoted(head.replace(/^.*?PUBLIC\s*["'][^"']*["']/s, ''))}"`);
  for (const [, name = '', rest = ''] of subset.matchAll(/<!ENTITY\s+(?:%\s+)?([^\s>]+)([^>]*)>/g)) {
    dangers.push(/\b(SYSTEM|PUBLIC)\b/.test(rest) ? `declares the external entity ${name} ("${quoted(rest.replace(/^.*?PUBLIC\s*["'][^"']*["']/s, ''))}")` : `declares the entity ${name}`);
  }
  const what = dangers.length > 0 ? `a DOCTYPE that ${dangers.join(', ')}` : 'a DOCTYPE';
  return `the descriptor has ${what}. An LMS whose XML parser resolves DTDs would fetch such URLs from inside the city's network, read files on its server (XXE) or expand entities until it runs out of memory; cease resolved and fetched nothing`;
}

/** An attribute by local name; `uri` '' means an unprefixed attribute. */
export function attr(element: XmlElement, local: string, uri = ''): string | undefined {
  return element.attributes.find((a) => a.local === local && a.uri === uri)?.value;
}

/** Child elements by local name, in the element's own namespace unless told otherwise. */
export function childrenNamed(element: XmlElement, local: string, uri = element.uri): XmlElement[] {
  return element.children.filter((child) => child.local === local && child.uri === uri);
}

export function childNamed(element: XmlElement, local: string, uri = element.uri): XmlElement | undefined {
  return childrenNamed(element, local, uri)[0];
}

/** Every element below (and including) `element`, document order. */
export function descendants(element: XmlElement): XmlElement[] {
  const all: XmlElement[] = [];
  const visit = (current: XmlElement) => {
    all.push(current);
    for (const child of current.children) visit(child);
  };
  visit(element);
  return all;
}

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
 * Parses a descriptor into a small element tree. saxes checks well-formedness
 * and namespace bindings; the first fault is thrown as an XmlSyntaxError.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  const texts: string[][] = [];
  let root: XmlElement | undefined;
  let start = { line: 1, column: 1 };

  parser.on('opentagstart', () => {
    start = { line: parser.line, column: parser.column };
  });
  parser.on('opentag', (tag) => {
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

  parser.write(text.replace(/^\uFEFF/, '')).close();
  if (!root) throw new XmlSyntaxError('the file holds no XML element', 1, 1);
  return root;
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
  return [element, ...element.children.flatMap(descendants)];
}

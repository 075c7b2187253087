import { JSDOM } from 'jsdom';
import { SaxesParser } from 'saxes';
import type { OpenedPackage } from './package-zip.js';

/** Elements that run code or load other documents; the sanitiser must never let one through. */
const ACTIVE_ELEMENTS = 'script, iframe, frame, object, embed, applet, form, base, meta[http-equiv], link[rel=import]';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'];

/**
 * Everything in a built package that a browser could execute, described so a
 * failing test shows it: script elements other than the player's own and its data,
 * event-handler attributes, javascript: URLs, also inside the HTML fragments
 * the player injects from its JSON course data, and scripted SVG assets.
 */
export function executableMarkup(pkg: OpenedPackage): string[] {
  const found: string[] = [];
  const page = new JSDOM(pkg.text('index.html')).window.document;
  for (const script of page.querySelectorAll('script')) {
    const isPlayer = script.getAttribute('src') === 'cease.js' && script.textContent === '';
    const isData = script.getAttribute('type') === 'application/json' && /^cease-(course|screens-[1-9]\d*)$/.test(script.id);
    if (!isPlayer && !isData) found.push(`index.html: ${script.outerHTML.slice(0, 120)}`);
  }
  found.push(...activeInside(page.documentElement, 'index.html', ACTIVE_ELEMENTS.replace('script, ', '')));

  const html: string[] = [];
  for (const data of page.querySelectorAll('script[type="application/json"]')) collectHtml(JSON.parse(data.textContent ?? ''), html);
  for (const fragment of html) {
    const body = new JSDOM(`<body>${fragment}</body>`).window.document.body;
    found.push(...activeInside(body, 'course data', ACTIVE_ELEMENTS));
  }
  for (const name of pkg.names.filter((entry) => /\.svg$/i.test(entry))) {
    if (/<script|\son[a-z]+\s*=|javascript:/i.test(pkg.text(name))) found.push(`${name}: scripted SVG`);
  }
  return found;
}

function activeInside(root: Element, where: string, selector: string): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll(selector)) found.push(`${where}: <${element.tagName.toLowerCase()}>`);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${where}: ${attribute.name}= on <${element.tagName.toLowerCase()}>`);
      if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase()) && /^\s*(javascript|vbscript|data):/i.test(attribute.value)) {
        found.push(`${where}: ${attribute.name}="${attribute.value}"`);
      }
    }
  }
  return found;
}

/** Strings under keys named `html` or `…Html` in the player's course data. */
function collectHtml(value: unknown, into: string[], key = ''): void {
  if (typeof value === 'string' && /(^h|H)tml$/.test(key)) into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectHtml(item, into, key));
  else if (value && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) collectHtml(item, into, name);
  }
}

/** The first well-formedness error of an XML document, or null. */
export function xmlError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (cause) => {
    error ??= cause.message;
  });
  parser.write(xml).close();
  return error;
}

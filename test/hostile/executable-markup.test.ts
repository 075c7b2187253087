import { describe, expect, it } from 'vitest';
import { executableMarkup, xmlError } from '../helpers/executable-markup.js';
import type { OpenedPackage } from '../helpers/package-zip.js';
import { scriptJson } from '../../src/model/player-page-data.js';

/** The hostile corpus trusts these detectors to say "nothing executable"; each must see what it looks for. */
function fakePackage(files: Record<string, string>): OpenedPackage {
  return { names: Object.keys(files), has: (name) => name in files, text: (name) => files[name] ?? '' };
}

/** The player page with the course outline in `data` and each module's screens in `screens`. */
const page = (body: string, data: object, ...screens: object[]) =>
  `<!DOCTYPE html><html><head><script src="cease.js" defer></script></head><body>${body}` +
  [data, ...screens].map((json, index) => `<script type="application/json" id="${index ? `cease-screens-${index}` : 'cease-course'}">${scriptJson(json)}</script>`).join('') +
  '</body></html>';

describe('the executable-markup detector used on built packages', () => {
  it('accepts the player page with only its own two scripts and inert course data', () => {
    const pkg = fakePackage({ 'index.html': page('<p>&lt;script&gt;</p>', { title: '<script>as text</script>', promptHtml: '<p>&#x3C;b onclick></p>' }) });
    expect(executableMarkup(pkg)).toEqual([]);
  });

  it('finds an extra script, handlers and javascript: URLs on the page', () => {
    const pkg = fakePackage({ 'index.html': page('<script>alert(1)</script><img src=x onerror=alert(1)><a href=" javascript:alert(1)">x</a><iframe></iframe>', {}) });
    expect(executableMarkup(pkg)).toHaveLength(4);
  });

  it('finds executable markup in the HTML fragments of the course data, outline and screens alike', () => {
    const pkg = fakePackage({
      'index.html': page('', { modules: [{ screens: [{ id: 'm1s1' }] }], questions: [{ feedbackHtml: '<a href="javascript:x" onmouseover="y">z</a>' }] }, [[{ kind: 'html', html: '<svg><script>x</script></svg>' }]]),
    });
    expect(executableMarkup(pkg).sort()).toEqual(['course data: <script>', 'course data: href="javascript:x"', 'course data: onmouseover= on <a>']);
  });

  it('finds a scripted SVG asset', () => {
    const pkg = fakePackage({ 'index.html': page('', {}), 'assets/a.svg': '<svg onload="alert(1)"/>' });
    expect(executableMarkup(pkg)).toEqual(['assets/a.svg: scripted SVG']);
  });

  it('tells well-formed XML from broken XML', () => {
    expect(xmlError('<a><b>x</b></a>')).toBeNull();
    expect(xmlError('<a><b>x\u0000</a>')).not.toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { stringsFor } from '../../src/model/ui-strings.js';
import { createHtmlRenderer } from '../../src/render/markdown-to-html.js';

const render = (markdown: string, language = 'en') =>
  createHtmlRenderer(stringsFor(language))(parseMarkdown(markdown).children);

describe('lesson Markdown becomes safe HTML', () => {
  it('drops raw HTML, so an author cannot inject script', () => {
    const html = render('Hello <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<iframe src="https://example.org"></iframe>');
    expect(html).not.toMatch(/<script|onerror|<iframe/i);
    expect(html).toContain('Hello');
  });

  it('removes javascript: and data: link targets but keeps the link text', () => {
    const html = render('[one](javascript:alert(1)) [two](data:text/html,<b>x</b>) [three](https://example.org)');
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('<a href="https://example.org">three</a>');
    expect(html).toContain('one');
  });

  it('renders :::myth and :::fact as labelled notes in the course language', () => {
    expect(render(':::myth\nIt only happens elsewhere.\n:::')).toBe(
      '<div class="callout callout-myth" role="note"><p class="callout-label"><strong>Myth</strong></p><p>It only happens elsewhere.</p></div>',
    );
    expect(render(':::fact\nCualquier comunidad.\n:::', 'es')).toContain('<strong>Realidad</strong>');
  });

  it('shows an accidental :word in running text as written', () => {
    expect(render('Remember this tip:always report.')).toBe('<p>Remember this tip:always report.</p>');
  });

  it('keeps GitHub tables with their header row', () => {
    const html = render('| Where | Sign |\n| --- | --- |\n| Motel | Many visitors |');
    expect(html).toContain('<th>Where</th>');
    expect(html).toContain('<td>Motel</td>');
  });
});

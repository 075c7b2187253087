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

describe('content blocks become plain, sanitised HTML', () => {
  it('renders an expandable section as native details with its title as the summary', () => {
    expect(render(':::expand[Why *now*?]\nBecause.\n:::')).toBe(
      '<details class="block-expand"><summary>Why <em>now</em>?</summary><div class="block-expand-body"><p>Because.</p></div></details>',
    );
  });

  it('attributes a quote to its speaker, role and source, all as text', () => {
    const html = render(':::quote{speaker="Jane <b>Doe</b>" role="Advocate" source="AATN, 2023" class="evil" onclick="x()"}\nWords.\n:::');
    expect(html).toBe(
      '<figure class="block-quote"><blockquote><p>Words.</p></blockquote><figcaption><span class="block-quote-speaker">Jane &#x3C;b>Doe&#x3C;/b></span>, Advocate, <cite>AATN, 2023</cite></figcaption></figure>',
    );
  });

  it('compiles a reveal card to a plain front and back, readable without script', () => {
    expect(render(':::reveal[Who *can* be trafficked?]\nAnyone.\n:::')).toBe(
      '<div class="block-reveal"><p class="block-reveal-front">Who <em>can</em> be trafficked?</p><div class="block-reveal-back"><p>Anyone.</p></div></div>',
    );
  });

  it('gives an audio clip its controls and its transcript under a "Transcript" disclosure in the course language, never autoplay', () => {
    const html = render(':::audio[Un relato]{autoplay}\n[Escuchar](assets/relato.mp3)\n\nLo que se dice.\n:::', 'es');
    expect(html).toBe(
      '<figure class="block-media"><audio src="assets/relato.mp3" controls preload="metadata"><p><a href="assets/relato.mp3">Escuchar</a></p></audio><figcaption>Un relato</figcaption><details class="block-media-transcript"><summary>Transcripción</summary><p>Lo que se dice.</p></details></figure>',
    );
  });

  it('gives key takeaways a heading in the course language', () => {
    expect(render(':::takeaways\n- Uno.\n:::', 'es')).toContain('<section class="block-takeaways"><h2 class="block-title">Lo esencial</h2><ul>');
  });

  it('puts a figure\'s caption in a figcaption and an image beside its text', () => {
    expect(render(':::figure\n![A map](assets/map.png)\n\nThe caption.\n:::')).toBe(
      '<figure class="block-figure"><img src="assets/map.png" alt="A map"><figcaption><p>The caption.</p></figcaption></figure>',
    );
    expect(render(':::beside\n![A map](assets/map.png)\n\nThe text.\n:::')).toBe(
      '<div class="block-beside"><div class="block-beside-media"><img src="assets/map.png" alt="A map"></div><div class="block-beside-text"><p>The text.</p></div></div>',
    );
  });

  it('still strips a block class an author writes by hand in raw HTML', () => {
    expect(render('<figure class="block-quote"><figcaption>x</figcaption></figure>\n\n:::steps\n1. One\n:::')).toBe('<div class="block-steps"><ol>\n<li>One</li>\n</ol></div>');
  });
});

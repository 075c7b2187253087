import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../helpers/course-files.js';

async function findings(files: Record<string, string>) {
  const { diagnostics } = await compileFiles(files);
  return diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.severity} ${d.ruleId}`);
}

describe('link-target', () => {
  it('names a linked file that is missing, and links that climb out of the course folder', async () => {
    const text = '# A\n\nRead [the handout](assets/handout.pdf).\n\nOr [the policy](../policy.pdf) and [the form](/etc/form.pdf).\n';
    expect(await findings({ '01-a.md': text })).toEqual([
      '01-a.md:3 error link-target',
      '01-a.md:5 error link-target',
      '01-a.md:5 error link-target',
    ]);
  });

  it('refuses schemes the course cannot open, reference definitions included', async () => {
    const text = '# A\n\nOpen [the share][share].\n\n[share]: file:///srv/share/guide.pdf\n';
    expect(await findings({ '01-a.md': text })).toEqual(['01-a.md:5 error link-target']);
  });

  it('accepts files in the folder, in-page anchors, https, mailto, tel and sms links', async () => {
    const text = '# A\n\n[The handout](assets/handout.pdf), [below](#more), [the site](https://example.org/a), ' +
      '[the office](mailto:help@example.org), [the hotline](tel:+15550100), [text us](sms:233733).\n';
    expect(await findings({ '01-a.md': text, 'assets/handout.pdf': '%PDF-1.4\n' })).toEqual([]);
  });

  it('packages a linked file and points the link at its place in the package', async () => {
    const { course } = await compileFiles({
      '01-a.md': '# A\n\nRead [the handout](assets/Hand%20out.pdf).\n',
      'assets/Hand out.pdf': '%PDF-1.4\n',
    });
    expect(course?.assets.map((asset) => asset.packagePath)).toEqual(['assets/Hand_out.pdf']);
    const html = course?.modules[0]?.screens[0]?.blocks.map((block) => (block.kind === 'html' ? block.html : '')).join('');
    expect(html).toContain('href="assets/Hand_out.pdf"');
  });
});

import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../helpers/course-files.js';

async function findings(files: Record<string, string>) {
  const { diagnostics } = await compileFiles(files);
  return diagnostics.map((d) => `${d.file}:${d.line ?? ''} ${d.severity} ${d.ruleId}`);
}

describe('unused-asset', () => {
  it('warns about a file in assets/ that no lesson uses', async () => {
    const result = await findings({
      '01-a.md': '# A\n\n![A poster](assets/poster.png)\n',
      'assets/poster.png': 'x',
      'assets/old/poster-v1.png': 'x',
    });
    expect(result).toEqual(['assets/old/poster-v1.png: warning unused-asset']);
  });

  it('counts images, links, reference definitions and encoded or ./ paths as uses', async () => {
    const text = '# A\n\n![A poster](./assets/poster%20one.png)\n\nGet [the handout](assets/handout.pdf).\n\n'
      + '![The map][map]\n\n[map]: assets/map.svg\n';
    const result = await findings({
      '01-a.md': text,
      'assets/poster one.png': 'x',
      'assets/handout.pdf': 'x',
      'assets/map.svg': '<svg/>',
      'notes/draft.txt': 'files outside assets/ are not checked',
    });
    expect(result).toEqual([]);
  });

  it('counts a use by another language of the course, which this build does not include', async () => {
    const result = await findings({
      '01-a.md': '# A\n\n![A poster](assets/poster.png)\n',
      'locales/es/01-a.md': '# A\n\n![Un cartel](assets/cartel.png)\n',
      'assets/poster.png': 'x',
      'assets/cartel.png': 'x',
      'assets/leftover.png': 'x',
    });
    expect(result).toEqual(['assets/leftover.png: warning unused-asset']);
  });

  it('counts the theme logo, and a logo only a city file in cities/ names, as uses', async () => {
    const result = await findings({
      'course.yml': 'id: demo\ntitle: Demo\nversion: 1.0.0\ntheme:\n  logo: assets/logo.png\n',
      'cities/springfield.yml': 'theme:\n  logo: assets/logos/springfield.png\n',
      '01-a.md': '# A\n\nText.\n',
      'assets/logo.png': 'x',
      'assets/logos/springfield.png': 'x',
      'assets/logos/shelbyville.png': 'x',
    });
    expect(result).toEqual(['assets/logos/shelbyville.png: warning unused-asset']);
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCourse } from '../../src/build.js';
import { scratchDir } from '../helpers/cli.js';

const scratch = scratchDir();
afterAll(scratch.cleanup);

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

describe('file names in either Unicode form', () => {
  // A Mac may store "café" decomposed (e + combining accent) while the
  // author's editor writes it composed in the Markdown, or the other way round.
  for (const [label, onDisk, inMarkdown] of [
    ['decomposed on disk, composed in the lesson', 'café'.normalize('NFD'), 'café'.normalize('NFC')],
    ['composed on disk, decomposed in the lesson', 'café'.normalize('NFC'), 'café'.normalize('NFD')],
  ] as const) {
    it(`finds and packages an image ${label}`, async () => {
      const dir = join(scratch.dir, label.replace(/\W+/g, '-'));
      mkdirSync(join(dir, 'assets'), { recursive: true });
      writeFileSync(join(dir, 'course.yml'), 'id: demo\ntitle: Demo\nversion: 1.0.0\n');
      writeFileSync(join(dir, 'assets', `${onDisk}.svg`), SVG);
      writeFileSync(join(dir, '01-a.md'), `# A\n\n![A café counter](assets/${inMarkdown}.svg)\n`);
      const { packages, diagnostics } = await buildCourse(dir, { outDir: join(dir, 'dist'), cwd: dir });
      expect(diagnostics).toEqual([]);
      const zip = new AdmZip(packages[0]?.path);
      const asset = zip.getEntries().find((entry) => entry.entryName.startsWith('assets/'));
      expect(asset?.getData().toString()).toBe(SVG);
      expect(asset?.entryName).toBe('assets/cafe_.svg');
      expect(zip.readAsText('index.html')).toContain(`src=\\"${asset?.entryName}\\"`);
    });
  }
});

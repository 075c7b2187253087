import { describe, expect, it } from 'vitest';
import type { Course } from '../../src/model/course.js';
import { scorm12 } from '../../src/package/scorm12/scorm12-format.js';
import { packageManifest } from '../../src/package/package-manifest.js';

const course = { id: 'demo', version: '1.0.0' } as Course;
const files = (...paths: string[]) => ['index.html', ...paths].map((path) => ({ path, contents: '' }));

describe('the package manifest check before zipping', () => {
  it('names the package <id>-<version>-<format>.zip and lists its files sorted', () => {
    const manifest = packageManifest(course, scorm12, files('cease.js', 'assets/map.png'));
    expect(manifest.fileName).toBe('demo-1.0.0-scorm12.zip');
    expect(manifest.files).toEqual(['assets/map.png', 'cease.js', 'index.html']);
  });

  for (const bad of ['../outside.txt', 'assets/../../etc/passwd', '/etc/passwd', 'C:/boot.ini', 'assets\\map.png', 'assets//map.png', './index2.html', 'assets/my map.png', 'assets/ma\u0301p.png']) {
    it(`refuses the path ${JSON.stringify(bad)}`, () => {
      expect(() => packageManifest(course, scorm12, files(bad))).toThrow(/refusing to write demo-1.0.0-scorm12.zip/);
    });
  }

  it('refuses the same path twice and a package without its launch page', () => {
    expect(() => packageManifest(course, scorm12, files('cease.js', 'cease.js'))).toThrow(/refusing/);
    expect(() => packageManifest(course, scorm12, [{ path: 'cease.js', contents: '' }])).toThrow(/no index.html/);
  });
});

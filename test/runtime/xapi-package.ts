/**
 * A fixture course (the minimal one unless named) built as an xAPI or cmi5 package by the real
 * compiler (runtime from build/, as the CLI uses it), unzipped for launching.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { buildCourse } from '../../src/index.js';
import type { PlayerCourse } from '../../src/model/player.js';
import { repoRoot } from '../helpers/cli.js';
import { courseInPage } from '../helpers/page-course.js';

export interface BuiltPackage {
  dir: string;
  zip: string;
  course: PlayerCourse;
}

export async function builtPackage(format: 'xapi' | 'cmi5', fixture = 'minimal'): Promise<BuiltPackage> {
  const out = await mkdtemp(join(tmpdir(), `cease-${format}-`));
  const { packages, diagnostics } = await buildCourse(join(repoRoot, 'test/fixtures', fixture), { outDir: out, formats: [format] });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length || !packages[0]) throw new Error(`the fixture did not build: ${JSON.stringify(errors)}`);
  const dir = join(out, 'package');
  const zip = new AdmZip(packages[0].path);
  zip.extractAllTo(dir);
  const page = zip.getEntry('index.html')?.getData().toString('utf8') ?? '';
  return { dir, zip: packages[0].path, course: courseInPage(page) };
}

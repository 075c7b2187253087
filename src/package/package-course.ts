import { join } from 'node:path';
import type { Course } from '../model/course.js';
import type { PackageFormat } from './format.js';
import { packageManifest } from './package-manifest.js';
import { playerFiles } from './player-files.js';
import { writeZip } from './write-zip.js';

export { packageFileName } from './package-manifest.js';

export interface WrittenPackage {
  format: string;
  path: string;
  bytes: number;
}

/** Package stage: the compiled course plus one format's descriptor, zipped into `outDir`. */
export async function packageCourse(course: Course, format: PackageFormat, outDir: string): Promise<WrittenPackage> {
  const content = await playerFiles(course, format.runtime);
  const files = [...content, ...format.describe(course, content)];
  const manifest = packageManifest(course, format, files);
  const path = join(outDir, manifest.fileName);
  const bytes = await writeZip(path, files);
  return { format: format.name, path, bytes };
}

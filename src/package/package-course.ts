import { join } from 'node:path';
import type { Course } from '../model/course.js';
import type { PackageFormat } from './format.js';
import { playerFiles } from './player-files.js';
import { writeZip } from './write-zip.js';

export interface WrittenPackage {
  format: string;
  path: string;
  bytes: number;
}

/** `<id>-<version>-<format>.zip`: stable, so a rebuild replaces the previous package. */
export function packageFileName(course: Course, format: PackageFormat): string {
  return `${course.id}-${course.version}-${format.name}.zip`;
}

/** Package stage: the compiled course plus one format's descriptor, zipped into `outDir`. */
export async function packageCourse(course: Course, format: PackageFormat, outDir: string): Promise<WrittenPackage> {
  const content = await playerFiles(course, format.runtime);
  const files = [...content, ...format.describe(course, content)];
  const path = join(outDir, packageFileName(course, format));
  const bytes = await writeZip(path, files);
  return { format: format.name, path, bytes };
}

import { join } from 'node:path';
import type { Course } from '../model/course.js';
import type { PackageFormat } from './format.js';
import type { PackageFile } from './package-file.js';
import { packageManifest, type PackageManifest } from './package-manifest.js';
import { playerFiles } from './player-files.js';
import { writeZip } from './write-zip.js';

export { packageFileName } from './package-manifest.js';

export interface WrittenPackage {
  format: string;
  path: string;
  bytes: number;
}

/**
 * Everything one format's package holds, checked against the package
 * manifest schema: the player, the assets and the format's descriptor.
 * `cease build` zips it; `cease preview` serves it from memory.
 */
export async function packageFiles(course: Course, format: PackageFormat): Promise<{ manifest: PackageManifest; files: PackageFile[] }> {
  const content = await playerFiles(course, format.runtime);
  const files = [...content, ...format.describe(course, content)];
  return { manifest: packageManifest(course, format, files), files };
}

/** Package stage: the compiled course plus one format's descriptor, zipped into `outDir`. */
export async function packageCourse(course: Course, format: PackageFormat, outDir: string): Promise<WrittenPackage> {
  const { manifest, files } = await packageFiles(course, format);
  const path = join(outDir, manifest.fileName);
  const bytes = await writeZip(path, files);
  return { format: format.name, path, bytes };
}

import type { Course } from '../model/course.js';
import { schemaValidator } from '../model/schema-validator.js';
import type { PackageFormat } from './format.js';
import type { PackageFile } from './package-file.js';
import { PLAYER_PAGE } from './player-files.js';

/** What a package will hold, before it is zipped: the contract of schemas/package-manifest.schema.json. */
export interface PackageManifest {
  format: string;
  /** `<id>-<version>-<format>.zip`. */
  fileName: string;
  identifier: string;
  version: string;
  launch: string;
  files: string[];
}

/** `<id>-<version>-<format>.zip`: stable, so a rebuild replaces the previous package. */
export function packageFileName(course: Course, format: PackageFormat): string {
  return `${course.id}-${course.version}-${format.name}.zip`;
}

/**
 * Describes a package and checks it against its schema. A failure here is a
 * bug in cease, not in the course (the checks upstream make paths safe), so it
 * throws rather than reporting a diagnostic: no package may ever carry an
 * absolute, climbing, duplicate or non-ASCII path.
 */
export function packageManifest(course: Course, format: PackageFormat, files: readonly PackageFile[]): PackageManifest {
  const manifest: PackageManifest = {
    format: format.name,
    fileName: packageFileName(course, format),
    identifier: course.id,
    version: course.version,
    launch: PLAYER_PAGE,
    files: files.map((file) => file.path).sort(),
  };
  const validate = schemaValidator('package-manifest');
  const valid: boolean = validate(manifest);
  if (!valid) {
    const problems = (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());
    throw new Error(`refusing to write ${manifest.fileName}: ${problems.join('; ')}`);
  }
  if (!manifest.files.includes(manifest.launch)) throw new Error(`refusing to write ${manifest.fileName}: no ${manifest.launch}`);
  return manifest;
}

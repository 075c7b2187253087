import type { Course } from '../model/course.js';
import type { PackageFile } from './package-file.js';

/**
 * A package format: which runtime transport the player is bundled with and
 * the descriptor files that sit beside it. Formats never touch one another.
 */
export interface PackageFormat {
  /** CLI name and file-name suffix, e.g. `scorm12`. */
  name: string;
  /** Bundle in build/runtime/ (without `.js`) that carries this format's transport. */
  runtime: string;
  /** Descriptor and control files, given the player files already in the package. */
  describe(course: Course, contentFiles: readonly PackageFile[]): PackageFile[];
}

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
  /** What the platform keeps of the player's resume data; the transport's `suspendDataLimit`. */
  resumeData: ResumeDataLimit;
  /** Descriptor and control files, given the player files already in the package. */
  describe(course: Course, contentFiles: readonly PackageFile[]): PackageFile[];
}

export interface ResumeDataLimit {
  /** Characters of the encoded state (printable ASCII, so characters and bytes agree). */
  characters: number;
  /** The standard's name, for messages: `SCORM 1.2`. */
  standard: string;
  /** Where the platform stores it and why that much, for messages: "cmi.suspend_data (…)". */
  store: string;
}

import type { PackageFormat } from './format.js';
import { scorm12 } from './scorm12/scorm12-format.js';

/** Every format `cease build --format` accepts, by name. */
export const formats: ReadonlyMap<string, PackageFormat> = new Map([[scorm12.name, scorm12]]);

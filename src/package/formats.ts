import type { PackageFormat } from './format.js';
import { scorm12 } from './scorm12/scorm12-format.js';
import { scorm2004 } from './scorm2004/scorm2004-format.js';
import { xapi } from './xapi/xapi-format.js';
import { cmi5 } from './cmi5/cmi5-format.js';

/** Every format `cease build --format` accepts, by name. */
export const formats: ReadonlyMap<string, PackageFormat> = new Map([
  [scorm12.name, scorm12],
  [scorm2004.name, scorm2004],
  [xapi.name, xapi],
  [cmi5.name, cmi5],
]);

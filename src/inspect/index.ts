/** `cease inspect`: checks a course package zip from anyone, before it goes into an LMS. */
export { inspectPackage } from './inspect-package.js';
export { registerInspectCommand, type InspectIo } from './inspect-command.js';
export { InspectInputError } from './read-zip.js';
export type { InspectFormat, InspectReport } from './inspect-report.js';

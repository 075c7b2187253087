/** cease as a library: everything the CLI does, callable from code. */
export { buildCourse, UnknownFormatError, type BuildOptions, type BuildResult } from './build.js';
export { compileCourse, type CompileResult } from './compile.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export { formatDiagnostics, type ReporterName } from './diagnostics/reporter.js';
export type * from './model/course.js';
export { formats } from './package/formats.js';
export { rules } from './check/rules/index.js';
export { inspectPackage, InspectInputError, type InspectFormat, type InspectReport } from './inspect/index.js';
export { reportProgress, ReportInputError, htmlReport, jsonReport, notDoneCsv, terminalSummary, type ReportOptions, type ProgressReport, type ReportFigures } from './report/index.js';

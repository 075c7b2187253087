/** `cease report`: completion against a goal, from an LMS export or an LRS, joined with the employee list. */
export { reportProgress, DEFAULT_THRESHOLD, DEFAULT_ONBOARDING_DAYS, type ReportOptions, type ProgressReport } from './make-report.js';
export { ReportInputError } from './report-error.js';
export { registerReportCommand, REPORT_EXIT, type ReportIo } from './report-command.js';
export type { ReportFigures, Share, DepartmentShare, MonthCount, Projection } from './compute.js';
export { htmlReport, jsonReport, notDoneCsv, terminalSummary } from './render/index.js';

export { htmlReport } from './html.js';
export { jsonReport } from './json.js';
export { notDoneCsv } from './not-done-csv.js';
export { terminalSummary } from './terminal.js';

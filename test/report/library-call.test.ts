import { afterAll, describe, expect, it } from 'vitest';
import { reportProgress } from '../../src/index.js';
import { crlf, reportWorkspace } from './report-files.js';

describe('reportProgress, the library call behind cease report', () => {
  const work = reportWorkspace();
  afterAll(() => work.cleanup());

  it('gives the figures and the unusable rows without printing anything', async () => {
    const roster = work.write('people.csv', crlf(['Employee ID,Department', '1,A', '2,A', '3,B']));
    const completions = work.write('lms.csv', crlf(['Employee ID,Status,Completion Date', '1,Completed,2025-01-02', '3,Passed,2025-01-09', '4,Completed,2025-01-10']));
    const report = await reportProgress({ roster, completions, asOf: '2025-01-31', threshold: 60 });
    // 2 of 3 = 66.66… %, over the 60 % goal (1.8, so 2 needed).
    expect(report.figures?.overall).toEqual({ employees: 3, done: 2, percent: 66.66, needed: 0, met: true });
    expect(report.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[4, 'report-row-unmatched']]);
  });
});

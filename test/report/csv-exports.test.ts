import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crlf, reportWorkspace } from './report-files.js';

// Eight people; 0003 has left. Hand count: done are 0001 (Jan 20), 0002 (best of
// two attempts: passed Feb 3) and 0006 (first completion Dec 5), so 3 of 7 =
// 42.857… %, shown rounded down as 42.85. 75 % of 7 is 5.25, so 6 are needed: 3 more.
const ROSTER = crlf([
  'Employee Number,Full Name,Work Email,Department,Employment Status,Hire Date',
  '0001,"Lee, Ann",ann@city.gov,Police,Active,1/15/2020',
  '0002,"Bo',
  'Diaz",bo@city.gov,Police,Active,2024-06-01',
  '0003,Cy,cy@city.gov,Police,Terminated,2019-03-03',
  '0004,Di,di@city.gov,Parks,Active,3/1/2021',
  '0005,Ed,ed@city.gov,Parks,On Leave,2025-01-20',
  '0006,Flo,flo@city.gov,Parks,Active,2018-05-05',
  '0007,Gus,gus@city.gov,Library,Active,2017-01-01',
  '0008,Hal,hal@city.gov,Library,active,11/1/2024',
]);

// A byte-order mark, ';' delimiters, ids without leading zeros, e-mail in
// other case, a quoted newline and doubled quotes in a column only some rows
// have, five spellings of status and two date formats.
const EXPORT = `\ufeff${[
  'User ID;Learner Email;Course;Lesson Status;Completed On;Notes',
  '1;;CEASE;Completed;1/20/2025',
  ';BO@City.gov;CEASE;In_Progress;',
  ';bo@city.gov;CEASE;passed;2025-02-03T09:00:00Z',
  '4;;CEASE;Failed;',
  '4;;CEASE;Incomplete;;"second',
  'try, after ""Failed""";',
  '6;;CEASE;Satisfied;12/5/2024',
  '6;;CEASE;Complete;1/2/2025',
  '7;;CEASE;Not Started;',
  '3;;CEASE;Completed;1/10/2025',
  '99;;CEASE;Completed;1/1/2025',
  '5;;CEASE;Done-ish;',
].join('\n')}\n`;

describe('cease report on a messy LMS export and employee list', async () => {
  const work = reportWorkspace();
  afterAll(() => work.cleanup());
  work.write('employees.csv', ROSTER);
  work.write('export.csv', EXPORT);
  const run = await work.report(['--roster', 'employees.csv', '--completions', 'export.csv', '--as-of', '2025-02-04', '--json', '--csv', 'not-done.csv', '--html', 'report.html']);
  const json = JSON.parse(run.stdout) as Record<string, any>;

  it('counts each active person once, by their best attempt, leaving out who has left', () => {
    expect(run.code).toBe(0);
    expect(json['overall']).toEqual({ employees: 7, done: 3, percent: 42.85, needed: 3, met: false });
    expect(json['left']).toBe(1);
    expect(json['departments']).toEqual([
      { name: 'Library', employees: 2, done: 0, percent: 0, needed: 2, met: false },
      { name: 'Parks', employees: 3, done: 1, percent: 33.33, needed: 2, met: false },
      { name: 'Police', employees: 2, done: 2, percent: 100, needed: 0, met: true },
    ]);
  });

  it('dates each completion by its first day, in either date format, and projects at the last 90 days\' rate', () => {
    expect(json['timeline']).toEqual([
      { month: '2024-12', completions: 1, cumulative: 1, percent: 14.28 },
      { month: '2025-01', completions: 1, cumulative: 2, percent: 28.57 },
      { month: '2025-02', completions: 1, cumulative: 3, percent: 42.85 },
    ]);
    // 3 completions in 90 days: one every 30 days; 3 more take 90 days, 4 more (90 % of 7 is 6.3) 120.
    expect(json['rate']).toEqual({ windowDays: 90, completions: 3, perDay: 3 / 90 });
    expect(json['projections']).toEqual([
      { percent: 75, needed: 3, date: '2025-05-05', reached: false },
      { percent: 90, needed: 4, date: '2025-06-04', reached: false },
    ]);
    expect(json['newHires']).toEqual({ onboardingDays: 30, withinWindow: 1, overdue: 1 });
  });

  it('lists each row it could not use at its line (after a quoted newline too) and counts every row', () => {
    expect(json['rows']).toEqual({ read: 11, used: 9, unmatched: 1, skipped: 1, voided: 0, otherCourses: 0 });
    expect(run.stderr).toContain('export.csv:12  warning  99 is not on the employee list (employees.csv); the row is not counted.  report-row-unmatched');
    expect(run.stderr).toContain('export.csv:13  warning  Unknown completion status "Done-ish"; the row is skipped.  report-row-status');
    expect(json['diagnostics'].map((d: { line: number; ruleId: string }) => `${d.line} ${d.ruleId}`)).toEqual(['12 report-row-unmatched', '13 report-row-status']);
  });

  it('prints the answer, the gap and the departments in the terminal', () => {
    expect(run.stderr).toContain('3 of 7 employees have completed the course: 42.8 %.');
    expect(run.stderr).toContain('3 more completions needed to reach 75 %.');
    expect(run.stderr).toMatch(/Library\s+0\s+2\s+0\.0 %\s+2/);
    expect(run.stderr).toContain('75 %: around 2025-05-05 at that rate (3 more completions).');
  });

  it('writes who is not done by employee number and roster line only, without names or e-mails', () => {
    expect(readFileSync(join(work.dir, 'not-done.csv'), 'utf8')).toBe(crlf([
      'roster_line,employee_id,department,progress,hired,onboarding_overdue',
      '6,0004,Parks,failed,2021-03-01,no',
      '7,0005,Parks,not-started,2025-01-20,no',
      '9,0007,Library,not-started,2017-01-01,no',
      '10,0008,Library,not-started,2024-11-01,yes',
    ]));
    const html = readFileSync(join(work.dir, 'report.html'), 'utf8');
    for (const personal of ['Gus', 'gus@city.gov', '0007', 'Lee']) expect(html).not.toContain(personal);
    expect(run.stdout).not.toContain('gus@city.gov');
  });

  it('writes the same HTML bytes for the same inputs', async () => {
    const again = await work.report(['--roster', 'employees.csv', '--completions', 'export.csv', '--as-of', '2025-02-04', '--html', 'again.html']);
    expect(again.code).toBe(0);
    expect(readFileSync(join(work.dir, 'again.html'))).toEqual(readFileSync(join(work.dir, 'report.html')));
  });

  it('adds names and e-mails to the list with --names', async () => {
    const named = await work.report(['--roster', 'employees.csv', '--completions', 'export.csv', '--as-of', '2025-02-04', '--csv', 'named.csv', '--names']);
    expect(named.code).toBe(0);
    expect(readFileSync(join(work.dir, 'named.csv'), 'utf8').split('\r\n').slice(0, 2)).toEqual([
      'roster_line,employee_id,name,email,department,progress,hired,onboarding_overdue',
      '6,0004,Di,di@city.gov,Parks,failed,2021-03-01,no',
    ]);
  });
});

describe('cease report with a mapping file', () => {
  const work = reportWorkspace();
  afterAll(() => work.cleanup());
  work.write('staff.csv', crlf(['Personnel No,Email,Unit', '1,a@city.gov,Water', '2,b@city.gov,Water', '3,c@city.gov,Fire']));

  it('reads a tab-separated UTF-16 export with its own column names, status word and day-first dates', async () => {
    work.write('report.yml', 'dateOrder: DMY\ncompletions:\n  columns:\n    id: Personnel No\n    status: Outcome\n    date: When\n  done: [Attended]\n');
    const text = 'Personnel No\tOutcome\tWhen\r\n1\tAttended\t04/02/2025\r\n2\tIn Progress\t\r\n3\tAttended\t28/01/2025\r\n';
    work.write('lms.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const run = await work.report(['--roster', 'staff.csv', '--completions', 'lms.txt', '--map', 'report.yml', '--as-of', '2025-02-10', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, any>;
    // 2 of 3 = 66.666… %, rounded down.
    expect(json['overall']).toEqual({ employees: 3, done: 2, percent: 66.66, needed: 1, met: false });
    expect(json['timeline']).toEqual([
      { month: '2025-01', completions: 1, cumulative: 1, percent: 33.33 },
      { month: '2025-02', completions: 1, cumulative: 2, percent: 66.66 },
    ]);
  });

  it('reports a wrong key in the mapping file at its line, and makes no report', async () => {
    work.write('bad.yml', 'threshold: 75\ncompletions:\n  colums:\n    id: Personnel No\n');
    work.write('lms.csv', 'Personnel No,Status\n1,Completed\n');
    const run = await work.report(['--roster', 'staff.csv', '--completions', 'lms.csv', '--map', 'bad.yml', '--html', 'out.html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.yml:3:3  error  Unknown key "colums" in "completions".  report-map-schema');
    expect(run.stderr).toContain('Did you mean "columns"?');
    expect(run.stderr).toContain('No report: fix the errors above.');
    expect(run.stderr).not.toContain('at ');
  });

  it('names the columns it found when the mapping file names one the export lacks', async () => {
    work.write('wrong.yml', 'completions:\n  columns:\n    status: Outcome\n');
    const run = await work.report(['--roster', 'staff.csv', '--completions', 'lms.csv', '--map', 'wrong.yml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('lms.csv:1  error  The mapping file names column "Outcome" for status, but the header has no such column.  report-column-missing');
    expect(run.stderr).toContain('The columns are: "Personnel No", "Status".');
  });
});

describe('cease report --require, for scheduled jobs', () => {
  const work = reportWorkspace();
  afterAll(() => work.cleanup());
  work.write('people.csv', crlf(['email,department', 'a@city.gov,A', 'b@city.gov,A', 'c@city.gov,B', 'd@city.gov,B']));
  // 3 of 4 = exactly 75 %; the last row's quote is never closed, so that row cannot be read.
  work.write('done.csv', 'email,status,date\na@city.gov,Completed,2025-01-01\nb@city.gov,Passed,2025-01-02\nc@city.gov,Complete,2025-01-03\nd@city.gov,"Completed,2025-01-04\n');

  it('exits 0 when the share meets the requirement exactly', async () => {
    const run = await work.report(['--roster', 'people.csv', '--completions', 'done.csv', '--require', '75', '--as-of', '2025-02-01']);
    expect(run.stderr).toContain('3 of 4 employees have completed the course: 75.0 %.');
    expect(run.stderr).toContain('Required 75 %: met.');
    expect(run.code).toBe(0);
  });

  it('exits 1 when it does not, and lists the unreadable row', async () => {
    const run = await work.report(['--roster', 'people.csv', '--completions', 'done.csv', '--require', '75.5', '--as-of', '2025-02-01']);
    expect(run.stderr).toContain('Required 75.5 %: not met (75 %).');
    expect(run.stderr).toMatch(/done\.csv:5 {2}warning {2}This row cannot be read as CSV \(Quote Not Closed[^)]*\); it is skipped\. {2}report-row-unreadable/);
    expect(run.code).toBe(1);
  });

  it('exits 2 on a missing file or no source', async () => {
    expect((await work.report(['--roster', 'people.csv', '--completions', 'nope.csv'])).code).toBe(2);
    const none = await work.report(['--roster', 'people.csv']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('give one source');
  });
});

describe('cease report on an export of several courses', () => {
  const work = reportWorkspace();
  afterAll(() => work.cleanup());
  work.write('people.csv', crlf(['email,department', 'a@city.gov,A', 'b@city.gov,A', 'c@city.gov,A', 'd@city.gov,A']));
  // a and b completed this course; c only another one, d nothing.
  work.write('all-courses.csv', crlf([
    'Email,Course Title,Status,Completion Date',
    'a@city.gov,CEASE Awareness,Completed,2025-01-02',
    'c@city.gov,Fire Safety,Completed,2025-01-03',
    'b@city.gov,cease awareness,Passed,2025-01-04',
    'd@city.gov,Fire Safety,Completed,2025-01-05',
  ]));

  it('counts only the course the mapping file names', async () => {
    work.write('course.yml', 'completions:\n  course: [CEASE Awareness]\n');
    const run = await work.report(['--roster', 'people.csv', '--completions', 'all-courses.csv', '--map', 'course.yml', '--as-of', '2025-02-01', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, any>;
    expect(json['overall']).toEqual({ employees: 4, done: 2, percent: 50, needed: 1, met: false });
    expect(json['rows']).toEqual({ read: 4, used: 2, unmatched: 0, skipped: 0, voided: 0, otherCourses: 2 });
  });

  it('warns, at the first row of a second course, when it does not know which course to count', async () => {
    const run = await work.report(['--roster', 'people.csv', '--completions', 'all-courses.csv', '--as-of', '2025-02-01', '--json']);
    const json = JSON.parse(run.stdout) as Record<string, any>;
    expect(json['overall']['done']).toBe(4);
    expect(run.stderr).toContain('all-courses.csv:3  warning  The export holds 3 courses ("CEASE Awareness", "Fire Safety", "cease awareness"), and every row was counted as this course.  report-several-courses');
  });
});

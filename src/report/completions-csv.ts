import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { cell, findColumns, noKeyColumn } from './csv/columns.js';
import { readCsv } from './csv/read-csv.js';
import { parseDay, wordKey } from './normalise.js';
import { findPerson, Outcomes } from './outcomes.js';
import type { CompletionField, ReportMap } from './report-map.js';
import type { Roster } from './roster.js';
import { statusWords } from './status-words.js';

/** How the rows of a source were used: the report states these so no row goes missing silently. */
export interface SourceCounts {
  read: number;
  used: number;
  /** Rows or statements about someone not on the employee list. */
  unmatched: number;
  /** Rows that could not be used at all (each has a diagnostic). */
  skipped: number;
  /** LRS statements voided by a later statement (xAPI-Data §2.3.2), so not counted. */
  voided: number;
  /** Export rows about another course (completions.course in the mapping file). */
  otherCourses: number;
}

/** The usual header names in LMS exports (Cornerstone, Docebo, Moodle, TalentLMS, SAP SuccessFactors …). */
const USUAL: Record<CompletionField, readonly string[]> = {
  id: ['employeeid', 'employeenumber', 'employeeno', 'empid', 'personnumber', 'userid', 'username', 'user', 'login', 'learnerid', 'studentid', 'id'],
  email: ['email', 'emailaddress', 'useremail', 'learneremail', 'workemail', 'mail'],
  status: ['completionstatus', 'status', 'lessonstatus', 'coursestatus', 'trainingstatus', 'result', 'successstatus', 'progress', 'state'],
  date: ['completiondate', 'datecompleted', 'completedon', 'completed', 'completiontime', 'dateofcompletion', 'completedat', 'finished', 'date'],
  course: ['course', 'coursename', 'coursetitle', 'courseid', 'coursecode', 'trainingtitle', 'learningitem', 'activityname', 'title'],
};

/** Course names listed in the warning about an export of several courses. */
const COURSES_NAMED = 5;

/**
 * Reads an LMS export into the outcomes of the people on the roster. Each
 * row is one attempt; a person's best attempt counts. A row that cannot be
 * used (unknown person, unknown status, unreadable date) is counted and
 * reported at its line, and the report goes on.
 */
export async function readCompletions(path: string, file: string, map: ReportMap, roster: Roster, outcomes: Outcomes, diagnostics: Diagnostic[]): Promise<SourceCounts | null> {
  const words = statusWords({ done: map.completions?.done, started: map.completions?.started, 'not-started': map.completions?.notStarted });
  const order = map.dateOrder ?? 'MDY';
  const counts: SourceCounts = { read: 0, used: 0, unmatched: 0, skipped: 0, voided: 0, otherCourses: 0 };
  let columns: Partial<Record<CompletionField, number>> | null = null;
  const courses = map.completions?.course ? new Set(map.completions.course.map(wordKey)) : null;
  const seenCourses = new Map<string, number>();
  const skip = (line: number, ruleId: string, message: string, hint: string) => {
    counts.skipped++;
    diagnostics.push({ file, line, severity: 'warning', ruleId, message, hint });
  };

  for await (const { line, cells } of readCsv(path, file, map.completions?.delimiter, diagnostics)) {
    if (!columns) {
      const where = { file, line, mapKey: 'completions' };
      const before = diagnostics.length;
      columns = findColumns(cells, USUAL, map.completions?.columns ?? {}, where, diagnostics);
      if (columns.id === undefined && columns.email === undefined) diagnostics.push(noKeyColumn(cells, where, 'no user id, employee number or e-mail column'));
      if (columns.status === undefined && columns.date === undefined) {
        diagnostics.push({ ...where, severity: 'error', ruleId: 'report-column-missing', message: 'No column says whether the course is done: no status and no completion date column.', hint: 'Name it under completions.columns.status (or .date) in a --map file.' });
      }
      if (diagnostics.slice(before).some((d) => d.severity === 'error')) return null;
      continue;
    }
    counts.read++;
    if (columns.course !== undefined) {
      const course = cell(cells, columns.course);
      if (courses && !courses.has(wordKey(course))) {
        counts.otherCourses++;
        continue;
      }
      if (!courses && !seenCourses.has(course)) seenCourses.set(course, line);
    }
    const id = cell(cells, columns.id);
    const email = cell(cells, columns.email);
    if (!id && !email) {
      skip(line, 'report-row-no-key', 'This row names nobody (no user id or e-mail); it is skipped.', 'Fill in the person or delete the row in the export.');
      continue;
    }
    const person = findPerson(roster, id, email);
    if (person === undefined) {
      counts.unmatched++;
      diagnostics.push({ file, line, severity: 'warning', ruleId: 'report-row-unmatched', message: `${id || email} is not on the employee list (${roster.file}); the row is not counted.`, hint: 'A contractor, a test account, or a different key: check the employee list, or map the matching column in --map.' });
      continue;
    }
    const status = cell(cells, columns.status);
    const dateText = cell(cells, columns.date);
    // Without a status column, a completion date alone says the course is done.
    const progress = columns.status === undefined ? (dateText ? 'done' : 'not-started') : words.get(wordKey(status));
    if (progress === undefined) {
      skip(line, 'report-row-status', `Unknown completion status "${status}"; the row is skipped.`, 'Add the word under completions.done, .started or .notStarted in a --map file.');
      continue;
    }
    const day = dateText ? parseDay(dateText, order) : NaN;
    if (dateText && Number.isNaN(day)) {
      skip(line, 'report-row-date', `The completion date "${dateText}" is not a date cease can read; the row is skipped.`, 'Write dates as 2025-02-04 or 2/4/2025 (month first; dateOrder: DMY in the --map file for day first).');
      continue;
    }
    outcomes.record(person, progress, day);
    counts.used++;
  }
  if (!columns) {
    diagnostics.push({ file, severity: 'error', ruleId: 'report-column-missing', message: 'The completions export is empty: not even a header row.' });
    return null;
  }
  if (seenCourses.size > 1) {
    const names = [...seenCourses.keys()].slice(0, COURSES_NAMED).map((name) => `"${name}"`).join(', ');
    diagnostics.push({
      file, line: [...seenCourses.values()][1]!, severity: 'warning', ruleId: 'report-several-courses',
      message: `The export holds ${seenCourses.size} courses (${names}${seenCourses.size > COURSES_NAMED ? ', …' : ''}), and every row was counted as this course.`,
      hint: 'List this course\'s name under completions.course in a --map file, so rows of the other courses are left out.',
    });
  }
  return counts;
}

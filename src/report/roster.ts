import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { cell, findColumns, noKeyColumn } from './csv/columns.js';
import { readCsv } from './csv/read-csv.js';
import { emailKey, idKey, parseDay, wordKey } from './normalise.js';
import type { ReportMap, RosterField } from './report-map.js';
import { employmentWords } from './status-words.js';

/** One employee from the employee list. */
export interface Person {
  /** Line of the employee list the person is on: the one identifier that is not personal data. */
  line: number;
  id: string;
  email: string;
  name: string;
  department: string;
  /** Day of hire (ms, UTC midnight), NaN when unknown. */
  hired: number;
  left: boolean;
}

export interface Roster {
  file: string;
  people: Person[];
  hasId: boolean;
  /** Index into people by normalised employee number ("id:…") and e-mail ("email:…"). */
  byKey: Map<string, number>;
}

/**
 * Index into people by the SHA-1 of "mailto:e-mail" (xAPI mbox_sha1sum,
 * xAPI-Data §2.4.2.3), made the first time an LRS names someone that way:
 * most never do, and it costs 100,000 hashes and keys for a large city.
 */
export function bySha1(roster: Roster): Map<string, number> {
  const cached = sha1Indexes.get(roster);
  if (cached) return cached;
  const index = new Map<string, number>();
  roster.people.forEach((person, i) => {
    if (person.email) index.set(createHash('sha1').update(`mailto:${emailKey(person.email)}`).digest('hex'), i);
  });
  sha1Indexes.set(roster, index);
  return index;
}

const sha1Indexes = new WeakMap<Roster, Map<string, number>>();

/** The usual header names in HR exports, compared as headerKey() makes them. */
const USUAL: Record<RosterField, readonly string[]> = {
  id: ['employeeid', 'employeenumber', 'employeeno', 'empid', 'empno', 'employee', 'personnumber', 'personnelnumber', 'personnelno', 'staffid', 'workerid', 'badgenumber', 'userid', 'id'],
  email: ['email', 'emailaddress', 'workemail', 'workemailaddress', 'mail', 'businessemail', 'primaryemail'],
  name: ['name', 'fullname', 'employeename', 'displayname', 'preferredname', 'workername'],
  department: ['department', 'departmentname', 'dept', 'division', 'orgunit', 'organization', 'organisation', 'businessunit', 'agency', 'costcenter'],
  status: ['employmentstatus', 'status', 'employeestatus', 'workerstatus', 'active'],
  hired: ['hiredate', 'dateofhire', 'startdate', 'hired', 'originalhiredate', 'datehired', 'employmentstartdate'],
  leftOn: ['terminationdate', 'separationdate', 'enddate', 'lastday', 'leavingdate', 'termdate'],
};

/**
 * Reads the employee list: who counts (everyone but people who have left,
 * by status word or a termination date on or before the report day), their
 * department and hire date. A row that cannot be used is reported and skipped.
 */
export async function readRoster(path: string, file: string, map: ReportMap, asOf: number, diagnostics: Diagnostic[]): Promise<Roster | null> {
  const words = employmentWords(map.roster ?? {});
  const order = map.dateOrder ?? 'MDY';
  const roster: Roster = { file, people: [], hasId: false, byKey: new Map() };
  let columns: Partial<Record<RosterField, number>> | null = null;
  const warn = (line: number, ruleId: string, message: string, hint?: string) =>
    diagnostics.push({ file, line, severity: 'warning', ruleId, message, ...(hint ? { hint } : {}) });

  for await (const { line, cells } of readCsv(path, file, map.roster?.delimiter, diagnostics)) {
    if (!columns) {
      const where = { file, line, mapKey: 'roster' };
      const before = diagnostics.length;
      columns = findColumns(cells, USUAL, map.roster?.columns ?? {}, where, diagnostics);
      if (columns.id === undefined && columns.email === undefined) diagnostics.push(noKeyColumn(cells, where, 'no employee number or e-mail column'));
      if (diagnostics.length > before && diagnostics.slice(before).some((d) => d.severity === 'error')) return null;
      roster.hasId = columns.id !== undefined;
      continue;
    }
    const person: Person = {
      line,
      id: cell(cells, columns.id),
      email: cell(cells, columns.email),
      name: cell(cells, columns.name),
      department: cell(cells, columns.department) || '(no department)',
      hired: NaN,
      left: false,
    };
    if (!person.id && !person.email) {
      warn(line, 'report-row-no-key', 'This employee has neither an employee number nor an e-mail address, so no completion can be matched; the row is skipped.');
      continue;
    }
    const status = cell(cells, columns.status);
    const employment = words.get(wordKey(status));
    if (employment === undefined) {
      warn(line, 'report-row-status', `Unknown employment status "${status}"; the person is counted as employed.`, 'Add the word under roster.active or roster.left in the --map file.');
    }
    person.left = employment === 'left';
    const leftOn = dateCell(cell(cells, columns.leftOn), order, line, 'termination', warn);
    if (!Number.isNaN(leftOn) && leftOn <= asOf) person.left = true;
    person.hired = dateCell(cell(cells, columns.hired), order, line, 'hire', warn);
    const taken = addPerson(roster, person);
    if (taken) warn(line, 'report-row-duplicate', `This employee is already on line ${taken.line} (same employee number or e-mail); this row is skipped.`);
  }
  if (!columns) {
    diagnostics.push({ file, severity: 'error', ruleId: 'report-column-missing', message: 'The employee list is empty: not even a header row.' });
    return null;
  }
  return roster;
}

function dateCell(text: string, order: 'MDY' | 'DMY', line: number, what: string, warn: (line: number, ruleId: string, message: string, hint?: string) => void): number {
  if (!text) return NaN;
  const day = parseDay(text, order);
  if (Number.isNaN(day)) warn(line, 'report-row-date', `The ${what} date "${text}" is not a date cease can read; it is left out.`, 'Write dates as 2025-02-04 or 2/4/2025 (month first; dateOrder: DMY in the --map file for day first).');
  return day;
}

/** Adds the person under each of their keys; when one is taken, adds nothing and returns who has it. */
function addPerson(roster: Roster, person: Person): Person | null {
  const keys: string[] = [];
  if (person.id) keys.push(`id:${idKey(person.id)}`);
  if (person.email) keys.push(`email:${emailKey(person.email)}`);
  const taken = keys.map((key) => roster.byKey.get(key)).find((index) => index !== undefined);
  if (taken !== undefined) return roster.people[taken]!;
  const index = roster.people.push(person) - 1;
  for (const key of keys) roster.byKey.set(key, index);
  return null;
}

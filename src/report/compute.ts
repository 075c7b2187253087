import { DAY_MS, isoDay } from './normalise.js';
import type { Outcomes } from './outcomes.js';
import type { Person, Roster } from './roster.js';
import type { Progress } from './status-words.js';

/** Done out of counted employees, and how far from the goal. */
export interface Share {
  employees: number;
  done: number;
  /** done / employees as a percentage, rounded down to 2 decimals so it never shows a goal as met too early. */
  percent: number;
  /** Completions still needed to reach the threshold (0 when met). */
  needed: number;
  met: boolean;
}

export interface DepartmentShare extends Share {
  name: string;
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  completions: number;
  cumulative: number;
  /** cumulative as a share of today's employees. */
  percent: number;
}

export interface Projection {
  percent: number;
  needed: number;
  /** The projected day (YYYY-MM-DD), or null when already reached or there were no completions in the window. */
  date: string | null;
  reached: boolean;
}

/** A counted employee who has not completed: the rows of the --csv file. */
export interface NotDone {
  person: Person;
  progress: Progress;
  /** Hired in the last year, more than onboardingDays before the report day. */
  overdue: boolean;
}

export interface ReportFigures {
  asOf: string;
  threshold: number;
  overall: Share;
  /** On the employee list but left: not counted. */
  left: number;
  departments: DepartmentShare[];
  timeline: MonthCount[];
  /** Completions whose source gave no date: counted, but in no month. */
  undated: number;
  rate: { windowDays: number; completions: number; perDay: number };
  projections: Projection[];
  newHires: { onboardingDays: number; withinWindow: number; overdue: number };
  notDone: NotDone[];
}

/** How long someone counts as a new hire. */
export const NEW_HIRE_DAYS = 365;

/** Days of completions the projection's rate is taken from. */
export const RATE_WINDOW_DAYS = 90;

/** Everything the report shows, from the roster and each person's best outcome. */
export function computeFigures(roster: Roster, outcomes: Outcomes, options: { asOf: number; threshold: number; onboardingDays: number }): ReportFigures {
  const { asOf, threshold, onboardingDays } = options;
  const departments = new Map<string, { employees: number; done: number }>();
  const perMonth = new Map<string, number>();
  const notDone: NotDone[] = [];
  let employees = 0;
  let done = 0;
  let left = 0;
  let undated = 0;
  let recent = 0;
  const newHires = { onboardingDays, withinWindow: 0, overdue: 0 };

  roster.people.forEach((person, index) => {
    if (person.left) {
      left++;
      return;
    }
    employees++;
    const department = departments.get(person.department) ?? { employees: 0, done: 0 };
    departments.set(person.department, department);
    department.employees++;
    const progress = outcomes.progress(index);
    if (progress === 'done') {
      done++;
      department.done++;
      const day = outcomes.completedOn(index);
      if (Number.isNaN(day)) undated++;
      else {
        const month = isoDay(day).slice(0, 7);
        perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
        if (day > asOf - RATE_WINDOW_DAYS * DAY_MS && day <= asOf) recent++;
      }
      return;
    }
    // A new hire has been here less than a year; within the onboarding window they still have time.
    const newHire = person.hired > asOf - NEW_HIRE_DAYS * DAY_MS;
    const withinWindow = person.hired > asOf - onboardingDays * DAY_MS;
    const overdue = newHire && !withinWindow;
    if (newHire && withinWindow) newHires.withinWindow++;
    if (overdue) newHires.overdue++;
    notDone.push({ person, progress, overdue });
  });

  const perDay = recent / RATE_WINDOW_DAYS;
  const overall = share(done, employees, threshold);
  const targets = [...new Set([threshold, 90])].filter((target) => target >= threshold).sort((a, b) => a - b);
  return {
    asOf: isoDay(asOf),
    threshold,
    overall,
    left,
    departments: [...departments]
      .map(([name, counts]) => ({ name, ...share(counts.done, counts.employees, threshold) }))
      .sort((a, b) => a.percent - b.percent || compare(a.name, b.name)),
    timeline: timeline(perMonth, employees, asOf),
    undated,
    rate: { windowDays: RATE_WINDOW_DAYS, completions: recent, perDay },
    projections: targets.map((target) => project(done, employees, target, perDay, asOf)),
    newHires,
    notDone,
  };
}

export function share(done: number, employees: number, threshold: number): Share {
  const needed = Math.max(0, completionsFor(threshold, employees) - done);
  return { employees, done, percent: percentOf(done, employees), needed, met: employees > 0 && needed === 0 };
}

/** Rounded down to 2 decimals, in integers so 3 of 4 is exactly 75. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 10000) / whole) / 100;
}

/** The fewest completions that make `threshold` % of `employees` (ceil, with the threshold's decimals kept exact). */
function completionsFor(threshold: number, employees: number): number {
  return Math.ceil(Math.round(threshold * employees * 1e6) / 1e8);
}

function project(done: number, employees: number, target: number, perDay: number, asOf: number): Projection {
  const needed = Math.max(0, completionsFor(target, employees) - done);
  if (needed === 0) return { percent: target, needed, date: null, reached: employees > 0 };
  if (perDay === 0) return { percent: target, needed, date: null, reached: false };
  return { percent: target, needed, date: isoDay(asOf + Math.ceil(needed / perDay) * DAY_MS), reached: false };
}

/** Every month from the first completion to the report day, empty months included so the chart's spacing is honest. */
function timeline(perMonth: Map<string, number>, employees: number, asOf: number): MonthCount[] {
  const months = [...perMonth.keys()].sort();
  if (months.length === 0) return [];
  const last = [months[months.length - 1]!, isoDay(asOf).slice(0, 7)].sort()[1]!;
  const rows: MonthCount[] = [];
  let cumulative = 0;
  for (let month = months[0]!; month <= last; month = nextMonth(month)) {
    const completions = perMonth.get(month) ?? 0;
    cumulative += completions;
    rows.push({ month, completions, cumulative, percent: percentOf(cumulative, employees) });
  }
  return rows;
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

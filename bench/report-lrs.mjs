// A paging test LRS serving generated statements, for bench/report.mjs.
// Usage: node --import tsx bench/report-lrs.mjs <employees> <statements>
// Prints its endpoint on stdout once it listens. The statements are made from
// their index on each request, so this process stays small however many it serves.
import { startPagingLrs } from '../test/helpers/paging-lrs.ts';

export const COURSE = 'https://city.example/courses/cease';
const ADL = 'http://adlnet.gov/expapi/verbs/';
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 2, 1);
const [employees, count] = process.argv.slice(2).map(Number);
const VOID_EVERY = 10_007;

const uuid = (n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * Statement i is about employee i % employees, attempt i / employees: ten
 * statements a person at a million. Registrations hold two attempts each.
 * 70 % of people pass (completed, passed); the rest complete and fail. Half
 * the agents are LMS accounts named by employee number, half mailboxes.
 * Every 10,007th statement voids the one before it.
 */
function verbAt(i) {
  if (i % VOID_EVERY === VOID_EVERY - 1) return `${ADL}voided`;
  return `${ADL}${Math.floor(i / employees) % 2 === 0 ? 'completed' : (i % employees) % 10 < 7 ? 'passed' : 'failed'}`;
}

function statementAt(i) {
  const person = i % employees;
  const day = new Date(FIRST_DAY + ((i * 7919) % 365) * DAY).toISOString();
  if (verbAt(i) === `${ADL}voided`) {
    return { id: uuid(i), actor: { mbox: 'mailto:admin@city.example' }, verb: { id: `${ADL}voided` }, object: { objectType: 'StatementRef', id: uuid(i - 1) }, context: { contextActivities: { grouping: [{ id: COURSE }] } }, timestamp: day, stored: day };
  }
  const attempt = Math.floor(i / employees);
  const id = person + 1;
  const actor = person % 2 ? { objectType: 'Agent', account: { homePage: 'https://lms.city.example', name: String(id) } } : { objectType: 'Agent', mbox: `mailto:e${id}@city.example` };
  return {
    id: uuid(i), actor, verb: { id: verbAt(i) }, object: { objectType: 'Activity', id: COURSE },
    context: { registration: uuid(1e12 + person * 8 + Math.floor(attempt / 2)), contextActivities: { grouping: [{ id: COURSE }] } },
    timestamp: day, stored: day,
  };
}

const lrs = await startPagingLrs({ count, statementAt, verbAt, credentials: 'bench:bench', pageSize: 1000, showVoided: true });
process.stdout.write(`${lrs.endpoint}\n`);

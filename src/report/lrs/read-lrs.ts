import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { SourceCounts } from '../completions-csv.js';
import { dayOfTimestamp } from '../normalise.js';
import { findPerson, type Outcomes } from '../outcomes.js';
import { bySha1, type Roster } from '../roster.js';
import type { LrsConnection } from './lrs-request.js';
import { Registrations, VERBS, VOIDED, type VerbName } from './registrations.js';
import { statementPages, type ReportStatement } from './statement-pages.js';
import { UuidTable } from './uuid-table.js';

export interface LrsSource {
  endpoint: URL;
  activity: string;
  since?: string;
  connection: LrsConnection;
}

/**
 * Reads a course's results from an LRS into the roster's outcomes. First the
 * voiding statements (xAPI-Data §2.3.2: a voided statement must not count),
 * then one query per verb. Statements are deduplicated by id, kept only if
 * they concern the activity (some LRSs ignore a filter), folded per person
 * and registration, then each person's best registration counts.
 */
export async function readLrs(source: LrsSource, roster: Roster, outcomes: Outcomes, diagnostics: Diagnostic[]): Promise<SourceCounts> {
  const voided = new Set<string>();
  for await (const page of statementPages(source.endpoint, { activity: source.activity, verb: VOIDED, ...since(source) }, source.connection)) {
    for (const statement of page) noteVoiding(statement, voided);
  }
  let pass = await readVerbs(source, roster, voided);
  // A voiding statement that arrived after the statement it voids (stored while
  // we read): read again with it known, once; the next run sees any later ones.
  if (pass.voidedAfterUse) pass = await readVerbs(source, roster, voided);
  diagnostics.push(...pass.diagnostics);
  for (const result of pass.registrations.results()) outcomes.record(result.person, result.progress, result.doneDay);
  return pass.counts;
}

interface Pass {
  registrations: Registrations;
  counts: SourceCounts;
  diagnostics: Diagnostic[];
  voidedAfterUse: boolean;
}

async function readVerbs(source: LrsSource, roster: Roster, voided: Set<string>): Promise<Pass> {
  const file = source.endpoint.href;
  const pass: Pass = { registrations: new Registrations(), counts: { read: 0, used: 0, unmatched: 0, skipped: 0, voided: 0, otherCourses: 0 }, diagnostics: [], voidedAfterUse: false };
  const seen = new UuidTable();
  const unmatched = new Set<string>();
  for (const verb of Object.keys(VERBS) as VerbName[]) {
    for await (const page of statementPages(source.endpoint, { activity: source.activity, verb: VERBS[verb], ...since(source) }, source.connection)) {
      for (const statement of page) {
        const id = typeof statement.id === 'string' ? statement.id : '';
        if (statement.verb?.id === VOIDED) {
          // The StatementRef rule (xAPI-Comm §2.1.3) returns voiding statements with the statements they void.
          const known = typeof statement.object?.id === 'string' && voided.has(statement.object.id);
          const target = noteVoiding(statement, voided);
          if (target && !known && seen.has(target)) pass.voidedAfterUse = true;
          continue;
        }
        if (!id || statement.verb?.id !== VERBS[verb] || !concerns(statement, source.activity) || !seen.add(id, 1)) continue;
        pass.counts.read++;
        if (voided.has(id)) {
          pass.counts.voided++;
          continue;
        }
        const actor = actorKeys(statement.actor);
        const day = dayOfTimestamp(statement.timestamp ?? statement.stored);
        if (!actor || Number.isNaN(day)) {
          pass.counts.skipped++;
          pass.diagnostics.push({ file, severity: 'warning', ruleId: 'report-statement-unusable', message: `Statement ${id} ${actor ? `has no readable timestamp` : 'names no single person (mbox, mbox_sha1sum or account)'}; it is not counted.` });
          continue;
        }
        const person = findPerson(roster, actor.id, actor.email) ?? (actor.sha1 ? bySha1(roster).get(actor.sha1) : undefined);
        if (person === undefined) {
          pass.counts.unmatched++;
          const who = actor.id || actor.email || actor.sha1;
          if (!unmatched.has(who)) {
            unmatched.add(who);
            pass.diagnostics.push({ file, severity: 'warning', ruleId: 'report-row-unmatched', message: `${who} is not on the employee list (${roster.file}); their statements are not counted.`, hint: 'Agents are matched by account name to the employee number or e-mail, and by mbox to the e-mail.' });
          }
          continue;
        }
        pass.registrations.note(person, typeof statement.context?.registration === 'string' ? statement.context.registration : '', verb, day);
        pass.counts.used++;
      }
    }
  }
  return pass;
}

function since(source: LrsSource): { since?: string } {
  return source.since ? { since: source.since } : {};
}

/** Records the statement a voiding statement voids (its object is a StatementRef); returns that id. */
function noteVoiding(statement: ReportStatement, voided: Set<string>): string | null {
  if (statement.verb?.id !== VOIDED || statement.object?.objectType !== 'StatementRef' || typeof statement.object.id !== 'string') return null;
  voided.add(statement.object.id);
  return statement.object.id;
}

/** The statement's object is the activity, or (related_activities) one of its context activities is. */
function concerns(statement: ReportStatement, activity: string): boolean {
  if (statement.object?.id === activity) return true;
  for (const list of Object.values(statement.context?.contextActivities ?? {})) {
    for (const item of Array.isArray(list) ? list : [list]) if (item?.id === activity) return true;
  }
  return false;
}

/** How an xAPI Agent can be matched to the roster (xAPI-Data §2.4.2.3 inverse functional identifiers). */
function actorKeys(actor: ReportStatement['actor']): { id: string; email: string; sha1: string } | null {
  if (!actor || actor.objectType === 'Group') return null;
  const account = typeof actor.account?.name === 'string' ? actor.account.name : '';
  const email = typeof actor.mbox === 'string' ? actor.mbox.replace(/^mailto:/i, '') : '';
  const sha1 = typeof actor.mbox_sha1sum === 'string' ? actor.mbox_sha1sum.toLowerCase() : '';
  return account || email || sha1 ? { id: account, email, sha1 } : null;
}

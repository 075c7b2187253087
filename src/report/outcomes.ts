import { emailKey, idKey } from './normalise.js';
import type { Roster } from './roster.js';
import { PROGRESS_RANK, type Progress } from './status-words.js';

const BY_RANK: Progress[] = ['not-started', 'started', 'failed', 'done'];

/**
 * Each employee's best result so far, whichever source it came from: one
 * byte and one number per person, so a city of 100,000 costs under 1 MB.
 * Several attempts (rows, registrations) fold into the best one, and a
 * completion's day is the first day the person was done.
 */
export class Outcomes {
  private readonly rank: Uint8Array;
  private readonly doneDay: Float64Array;
  private readonly seen: Uint8Array;

  constructor(readonly size: number) {
    this.rank = new Uint8Array(size);
    this.doneDay = new Float64Array(size).fill(NaN);
    this.seen = new Uint8Array(size);
  }

  record(person: number, progress: Progress, day: number): void {
    this.seen[person] = 1;
    const rank = PROGRESS_RANK[progress];
    if (rank > this.rank[person]!) this.rank[person] = rank;
    if (progress === 'done' && !Number.isNaN(day) && !(this.doneDay[person]! <= day)) this.doneDay[person] = day;
  }

  progress(person: number): Progress {
    return BY_RANK[this.rank[person]!]!;
  }

  /** Whether any source mentioned the person at all. */
  known(person: number): boolean {
    return this.seen[person] === 1;
  }

  /** First day the person was done; NaN when not done or the source gave no date. */
  completedOn(person: number): number {
    return this.doneDay[person]!;
  }
}

/** The roster index for an employee number or e-mail (a value with "@" is taken as an e-mail whatever its column). */
export function findPerson(roster: Roster, id: string, email: string): number | undefined {
  for (const value of [id, email]) {
    if (!value) continue;
    const found = roster.byKey.get(value.includes('@') ? `email:${emailKey(value)}` : `id:${idKey(value)}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

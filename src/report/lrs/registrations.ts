import type { Progress } from '../status-words.js';
import { UuidTable } from './uuid-table.js';

const ADL = 'http://adlnet.gov/expapi/verbs/';
/** The verbs a registration's result is read from: ADL's and cmi5's satisfied (cmi5 §9.3.9), sent by the LMS. */
export const VERBS = {
  completed: `${ADL}completed`,
  passed: `${ADL}passed`,
  failed: `${ADL}failed`,
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
} as const;
export const VOIDED = `${ADL}voided`;
export type VerbName = keyof typeof VERBS;

const BIT: Record<VerbName, number> = { completed: 1, passed: 2, failed: 4, satisfied: 8 };

/**
 * What each registration (one enrolment or attempt of one person) has shown
 * so far: the verbs seen and the earliest day of each, in typed arrays so
 * hundreds of thousands of registrations stay small. A statement without a
 * registration counts toward one registration per person.
 */
export class Registrations {
  private readonly slots = new UuidTable();
  private readonly unregistered = new Map<number, number>();
  private length = 0;
  private person = new Int32Array(1024);
  private verbs = new Uint8Array(1024);
  /** Earliest day per verb (completed, passed, satisfied); NaN when not seen. */
  private days = new Float64Array(1024 * 3);

  note(person: number, registration: string, verb: VerbName, day: number): void {
    let slot = registration ? this.slots.get(registration) : this.unregistered.get(person);
    // A registration belongs to one learner; another learner using the same one gets their own.
    if (slot !== undefined && this.person[slot] !== person) slot = this.slotFor(person, `${registration}/${person}`);
    if (slot === undefined) slot = registration ? this.slotFor(person, registration) : this.unregisteredSlot(person);
    this.verbs[slot]! |= BIT[verb];
    const at = slot * 3 + (verb === 'completed' ? 0 : verb === 'passed' ? 1 : 2);
    if (verb !== 'failed' && !(this.days[at]! <= day)) this.days[at] = day;
  }

  /** Each registration's person, progress and the first day it was done. */
  *results(): Generator<{ person: number; progress: Progress; doneDay: number }> {
    for (let slot = 0; slot < this.length; slot++) {
      const verbs = this.verbs[slot]!;
      const has = (verb: VerbName) => (verbs & BIT[verb]) !== 0;
      // Done when the LMS judged it satisfied (cmi5 §9.3.9), the learner passed, or completed
      // without failing, which is how an LMS export's single status reads (SCORM 1.2 "failed" is not complete).
      const completedCounts = has('completed') && !has('failed');
      const done = has('satisfied') || has('passed') || completedCounts;
      const days = [this.days[slot * 3 + 2]!, this.days[slot * 3 + 1]!, completedCounts ? this.days[slot * 3]! : NaN].filter((day) => !Number.isNaN(day));
      yield { person: this.person[slot]!, progress: done ? 'done' : has('failed') ? 'failed' : 'started', doneDay: done && days.length ? Math.min(...days) : NaN };
    }
  }

  private slotFor(person: number, key: string): number {
    const existing = this.slots.get(key);
    if (existing !== undefined) return existing;
    const slot = this.add(person);
    this.slots.set(key, slot);
    return slot;
  }

  private unregisteredSlot(person: number): number {
    const slot = this.add(person);
    this.unregistered.set(person, slot);
    return slot;
  }

  private add(person: number): number {
    if (this.length === this.person.length) {
      const grow = <T extends Int32Array | Uint8Array | Float64Array>(array: T, size: number): T => {
        const bigger = new (array.constructor as new (n: number) => T)(size);
        bigger.set(array);
        return bigger;
      };
      this.person = grow(this.person, this.length * 2);
      this.verbs = grow(this.verbs, this.length * 2);
      this.days = grow(this.days, this.length * 6);
    }
    const slot = this.length++;
    this.person[slot] = person;
    this.days.fill(NaN, slot * 3, slot * 3 + 3);
    return slot;
  }
}

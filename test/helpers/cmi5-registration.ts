import { randomUUID } from 'node:crypto';
import type { TestLrs } from './lrs.js';

const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/**
 * What a cmi5 LMS does for one learner's registration of an AU (cmi5 §8,
 * §10): at every launch it closes the sessions before (an LMS records one
 * that ended without terminated as abandoned), opens a new session in
 * LMS.LaunchData and hands out a one-time fetch URL.
 */
export class Cmi5Registration {
  readonly registration = randomUUID();
  readonly activityId = `https://lms.test/activities/${randomUUID()}`;
  readonly sessions: string[] = [];

  constructor(
    private readonly lrs: TestLrs,
    readonly actor: object,
    private readonly launchData: Record<string, unknown> = {},
  ) {}

  /** The launch parameters of the next launch. */
  launch(): Record<string, string> {
    for (const earlier of this.sessions) this.lrs.endSession(earlier);
    const session = randomUUID();
    this.sessions.push(session);
    const { contextTemplate, ...rest } = this.launchData as { contextTemplate?: { extensions?: object } };
    this.lrs.setDocument('activities/state', { activityId: this.activityId, agent: this.actor, registration: this.registration, id: 'LMS.LaunchData' }, {
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      masteryScore: 0.5,
      ...rest,
      contextTemplate: { ...contextTemplate, extensions: { ...contextTemplate?.extensions, [SESSION_ID]: session } },
    });
    return { endpoint: this.lrs.endpoint, fetch: this.lrs.fetchUrl(), actor: JSON.stringify(this.actor), registration: this.registration, activityId: this.activityId };
  }
}

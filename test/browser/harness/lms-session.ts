/**
 * One launch of a course in the test LMS: the LMS page in a browser page,
 * the course in its frame, and what the LMS stored. `resumeData()` is what
 * the LMS hands the next launch (RTE 1.2 cmi.core.entry from cmi.core.exit).
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { Cmi, LmsConfig, LmsServer, StoredRecord } from './lms-server.js';

const FIRST_LAUNCH: Cmi = {
  core: { student_id: 'learner-1', student_name: 'Doe, Jane', entry: 'ab-initio', lesson_mode: 'normal', credit: 'credit' },
};

export interface LaunchOptions {
  /** Data the LMS holds at launch (e.g. an earlier session's resumeData()). */
  cmi?: Cmi;
  api?: boolean;
  failSetValue?: LmsConfig['failSetValue'];
  failCommit?: LmsConfig['failCommit'];
  failFinish?: LmsConfig['failFinish'];
  failInitialize?: boolean;
  failGetValue?: LmsConfig['failGetValue'];
  /** Reuse this page (and its origin's storage) instead of opening a new one. */
  page?: Page;
}

export class LmsSession {
  private constructor(
    readonly page: Page,
    private readonly server: LmsServer,
    private readonly id: string,
  ) {}

  static async launch(server: LmsServer, context: BrowserContext, course: string, options: LaunchOptions = {}): Promise<LmsSession> {
    const cmi = { ...structuredClone(FIRST_LAUNCH), ...structuredClone(options.cmi ?? {}) };
    const { id, url } = server.addLaunch(course, {
      api: options.api ?? true,
      cmi,
      failSetValue: options.failSetValue ?? {},
      failCommit: options.failCommit ?? null,
      failFinish: options.failFinish ?? null,
      failInitialize: options.failInitialize ?? false,
      failGetValue: options.failGetValue ?? null,
    });
    const page = options.page ?? (await context.newPage());
    await page.goto(url);
    const session = new LmsSession(page, server, id);
    await session.course().waitForSelector('#cease-main h1');
    return session;
  }

  /** The course frame. */
  course(): Frame {
    const frame = this.page.frames().find((candidate) => candidate.url().includes('/course/'));
    if (!frame) throw new Error('the LMS page has no course frame');
    return frame;
  }

  /** What the LMS stored at its last successful commit or finish. */
  async stored(): Promise<Cmi> {
    return (await this.page.evaluate(() => (window as unknown as { lms: { stored: Cmi } }).lms.stored)) as Cmi;
  }

  async value(element: string): Promise<string> {
    return lookup(await this.stored(), element);
  }

  /** Stored interactions: id, type, student_response, result, weighting. */
  async interactions(): Promise<Record<string, string>[]> {
    return interactionsOf(await this.stored());
  }

  async calls(name: string): Promise<{ args: string[]; result: string }[]> {
    const calls = await this.page.evaluate(() => (window as unknown as { lms: { calls: { name: string; args: string[]; result: string }[] } }).lms.calls);
    return calls.filter((call) => call.name === name);
  }

  /** Changes the LMS's faults while the course runs (e.g. the connection comes back). */
  async setFaults(faults: { failSetValue?: Record<string, 'false' | 'throw'>; failCommit?: 'false' | 'throw' | null }): Promise<void> {
    await this.page.evaluate((next) => Object.assign((window as unknown as { lms: object }).lms, next), faults);
  }

  /** The record the LMS sent to its server once its window is gone; waits for a finished one. */
  async delivered(): Promise<StoredRecord> {
    for (let tries = 0; tries < 100; tries++) {
      const record = this.server.records.get(this.id);
      if (record?.finished) return record;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the LMS never received LMSFinish');
  }

  /** What an LMS hands the next launch of this learner. */
  async resumeData(): Promise<Cmi> {
    return resumeDataOf(await this.stored());
  }
}

export function resumeDataOf(stored: Cmi): Cmi {
  const cmi = structuredClone(stored) as { core: Record<string, unknown> };
  cmi.core.entry = cmi.core.exit === 'suspend' ? 'resume' : '';
  delete cmi.core.exit;
  delete cmi.core.session_time;
  delete cmi.core.total_time;
  return cmi;
}

export function lookup(cmi: Cmi, element: string): string {
  let value: unknown = { cmi };
  for (const part of element.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return value === undefined || value === null ? '' : String(value);
}

export function interactionsOf(cmi: Cmi): Record<string, string>[] {
  const journal = (cmi['interactions'] ?? {}) as Record<string, Record<string, unknown>>;
  return Object.keys(journal)
    .filter((key) => /^\d+$/.test(key))
    .sort((a, b) => Number(a) - Number(b))
    .map((n) => {
      const { id, type, student_response, result, weighting } = journal[n] as Record<string, string>;
      return { id, type, student_response, result, weighting } as Record<string, string>;
    });
}

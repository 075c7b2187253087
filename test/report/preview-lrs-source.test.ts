import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from '../helpers/cli.js';
import { startPreviewCli, type RunningCli } from '../preview/preview-process.js';
import { crlf, reportWorkspace } from './report-files.js';

/**
 * The LRS inside `cease preview` as a report source: it filters by verb only
 * and keeps voided statements in its lists, so the report's own activity
 * filter and voiding do the work. Credentials are a launch's Basic value.
 */
describe('cease report --lrs on the preview LRS', () => {
  const work = reportWorkspace();
  let preview: RunningCli & { url: string };
  let launch: URLSearchParams;
  beforeAll(async () => {
    preview = await startPreviewCli(copyFixture('minimal', work.dir), ['--format', 'xapi']);
    const ticket = (await (await fetch(`${preview.url}/preview/launch/xapi`, { method: 'POST', body: '{}' })).json()) as { query: string };
    launch = new URLSearchParams(ticket.query);
  });
  afterAll(async () => {
    await preview?.stop('SIGKILL');
    work.cleanup();
  });

  it('counts completions of the course by account and mbox, not voided ones or other courses', async () => {
    const course = launch.get('activity_id')!;
    const statement = (actor: object, verb: string, object: object = { objectType: 'Activity', id: course }) => ({
      id: randomUUID(), actor, verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` }, object, context: { registration: randomUUID() }, timestamp: '2025-01-15T10:00:00.000Z',
    });
    const bo = statement({ mbox: 'mailto:bo@city.gov' }, 'completed');
    const batch = [
      statement({ account: { homePage: 'https://lms.city.example', name: '1' } }, 'completed'),
      bo,
      statement({ mbox: 'mailto:cy@city.gov' }, 'completed', { objectType: 'Activity', id: 'https://city.example/other-course' }),
      statement({ mbox: 'mailto:admin@city.gov' }, 'voided', { objectType: 'StatementRef', id: bo.id }),
    ];
    const posted = await fetch(`${launch.get('endpoint')}statements`, {
      method: 'POST', body: JSON.stringify(batch),
      headers: { authorization: launch.get('auth')!, 'x-experience-api-version': '1.0.3', 'content-type': 'application/json' },
    });
    expect(posted.status).toBe(200);
    work.write('employees.csv', crlf(['Employee ID,Email,Department', '1,ann@city.gov,Fire', '2,bo@city.gov,Fire', '3,cy@city.gov,Fire', '4,di@city.gov,Fire']));

    const run = await work.report(['--roster', 'employees.csv', '--lrs', launch.get('endpoint')!, '--activity', course, '--as-of', '2025-02-01', '--json'], { CEASE_LRS_AUTH: launch.get('auth')! });
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, any>;
    // Ann only: 1 of 4.
    expect(json['overall']).toEqual({ employees: 4, done: 1, percent: 25, needed: 2, met: false });
    expect(json['rows']).toEqual({ read: 2, used: 1, unmatched: 0, skipped: 0, voided: 1, otherCourses: 0 });
  });
});

import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPagingLrs, type PagingLrs, type TestStatement } from '../helpers/paging-lrs.js';
import { crlf, reportWorkspace } from './report-files.js';

const COURSE = 'https://city.example/courses/cease';
const verb = (name: string) => ({ id: name === 'satisfied' ? 'https://w3id.org/xapi/adl/verbs/satisfied' : `http://adlnet.gov/expapi/verbs/${name}` });
let sequence = 0;
function statement(actor: object, name: string, day: string, registration: string, object: object = { objectType: 'Activity', id: COURSE }, context: object = {}): TestStatement {
  sequence++;
  const id = `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
  // Stored on the nth of February in the order made: Ann's completion 1st, Cy's 2nd, then the list's.
  return { id, actor, verb: verb(name), object, context: { registration, ...context }, timestamp: `${day}T12:00:00.000Z`, stored: `2025-02-0${Math.min(sequence, 9)}T00:00:00.000Z` } as TestStatement;
}

const ann = { account: { homePage: 'https://lms.city.example', name: '0001' } };
const bo = { mbox: 'mailto:Bo@City.gov' };
const cy = { mbox_sha1sum: createHash('sha1').update('mailto:cy@city.gov').digest('hex') };
const di = { account: { homePage: 'https://lms.city.example', name: 'di@city.gov' } };
const zed = { mbox: 'mailto:zed@contractor.example' };

// Hand count: Ann completed; Bo failed in one registration (completed + failed
// is not done) but passed in another; Cy's completion is voided; Di's only
// completion is of another course, but the LMS judged her satisfied for a
// block of this one (related activity); Ed has nothing. Done: Ann, Bo, Di = 3 of 5 = 60 %.
const annCompleted = statement(ann, 'completed', '2025-01-10', 'r1');
const cyCompleted = statement(cy, 'completed', '2025-01-15', 'r4');
const STATEMENTS: TestStatement[] = [
  annCompleted,
  statement(bo, 'failed', '2025-01-12', 'r2'),
  statement(bo, 'completed', '2025-01-12', 'r2'),
  statement(bo, 'passed', '2025-01-20', 'r3'),
  cyCompleted,
  statement(di, 'completed', '2025-01-18', 'r5', { objectType: 'Activity', id: 'https://city.example/courses/other' }),
  statement(di, 'satisfied', '2025-02-01', 'r6', { objectType: 'Activity', id: `${COURSE}/block-1` }, { contextActivities: { grouping: [{ id: COURSE }] } }),
  statement(zed, 'completed', '2025-01-05', 'r7'),
  statement({ objectType: 'Agent', mbox: 'mailto:admin@city.gov' }, 'voided', '2025-02-02', '', { objectType: 'StatementRef', id: cyCompleted.id }),
];

const ROSTER = crlf([
  'Employee ID,Email,Department',
  '0001,ann@city.gov,Police',
  '0002,bo@city.gov,Police',
  '0003,cy@city.gov,Parks',
  '0004,di@city.gov,Parks',
  '0005,ed@city.gov,Parks',
]);

describe('cease report --lrs against an LRS that pages, throttles, fails once and voids', () => {
  const work = reportWorkspace();
  let lrs: PagingLrs;
  let run: Awaited<ReturnType<typeof work.report>>;
  beforeAll(async () => {
    lrs = await startPagingLrs({
      count: STATEMENTS.length, statementAt: (i) => STATEMENTS[i]!, credentials: 'reporter:s3cret', pageSize: 2,
      throttle: [2], fail: [4], showVoided: true, repeat: [0],
    });
    work.write('employees.csv', ROSTER);
    run = await work.report(['--roster', 'employees.csv', '--lrs', lrs.endpoint, '--activity', COURSE, '--as-of', '2025-02-04', '--json'], { CEASE_LRS_AUTH: 'reporter:s3cret' });
  });
  afterAll(async () => {
    await lrs.close();
    work.cleanup();
  });

  it('counts each person once by their best registration, leaving out the voided completion and other courses', () => {
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, any>;
    expect(json['overall']).toEqual({ employees: 5, done: 3, percent: 60, needed: 1, met: false });
    expect(json['departments']).toEqual([
      { name: 'Parks', employees: 3, done: 1, percent: 33.33, needed: 2, met: false },
      { name: 'Police', employees: 2, done: 2, percent: 100, needed: 0, met: true },
    ]);
    expect(json['timeline']).toEqual([
      { month: '2025-01', completions: 2, cumulative: 2, percent: 40 },
      { month: '2025-02', completions: 1, cumulative: 3, percent: 60 },
    ]);
    // Ann's statement came twice (deduplicated), Cy's is voided, Di's other course is not read.
    expect(json['rows']).toEqual({ read: 7, used: 5, unmatched: 1, skipped: 0, voided: 1, otherCourses: 0 });
    expect(run.stderr).toContain('zed@contractor.example is not on the employee list (employees.csv); their statements are not counted.');
  });

  it('queries by activity with related activities and by verb, follows every more link, and retries the 429 and the 503', () => {
    expect(lrs.log[0]).toMatch(/^200 \/xapi\/statements\?activity=https%3A%2F%2Fcity\.example%2Fcourses%2Fcease&related_activities=true&verb=http%3A%2F%2Fadlnet\.gov%2Fexpapi%2Fverbs%2Fvoided&format=ids$/);
    expect(lrs.log[1]).toMatch(/^429 /);
    expect(lrs.log[3]).toMatch(/^503 /);
    expect(lrs.log[1]!.slice(4)).toBe(lrs.log[2]!.slice(4));
    expect(lrs.log.filter((line) => line.includes('cursor=')).length).toBeGreaterThan(4);
    expect(lrs.log.every((line) => /^(200|429|503) /.test(line))).toBe(true);
    for (const name of ['completed', 'passed', 'failed', 'satisfied']) expect(lrs.log.some((line) => line.includes(`verbs%2F${name}`))).toBe(true);
    expect(run.stderr).toContain('the LRS answered 429; trying again in 1.0 s');
    expect(run.stderr).toMatch(/the LRS answered 503; trying again in \d\.\d s/);
  });

  it('asks the LRS only for statements stored since --since', async () => {
    const since = await work.report(['--roster', 'employees.csv', '--lrs', lrs.endpoint, '--activity', COURSE, '--since', '2025-02-04T12:00:00Z', '--as-of', '2025-02-04', '--json'], { CEASE_LRS_AUTH: 'reporter:s3cret' });
    expect(since.code, since.stderr).toBe(0);
    // Stored after noon on 4 February (the 5th statement on): Bo's pass, Di's two, Zed's and the voiding one. Bo and Di are done: 2 of 5.
    expect(JSON.parse(since.stdout).overall).toEqual({ employees: 5, done: 2, percent: 40, needed: 2, met: false });
    expect(lrs.log.filter((line) => line.includes('since=2025-02-04T12%3A00%3A00Z')).length).toBeGreaterThan(4);
  });

  it('takes the credentials from CEASE_LRS_AUTH only, and stops with exit 2 when the LRS refuses them', async () => {
    const missing = await work.report(['--roster', 'employees.csv', '--lrs', lrs.endpoint, '--activity', COURSE], { CEASE_LRS_AUTH: '' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Set CEASE_LRS_AUTH');
    const refused = await work.report(['--roster', 'employees.csv', '--lrs', lrs.endpoint, '--activity', COURSE], { CEASE_LRS_AUTH: 'reporter:wrong' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('refused the credentials (401)');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('cease report --lrs gives up after its retry time', () => {
  it('exits 2 naming the last failure when the LRS keeps answering 503', async () => {
    const lrs = await startPagingLrs({ count: 0, statementAt: () => { throw new Error('none'); }, credentials: 'a:b', pageSize: 2, fail: Array.from({ length: 50 }, (_, i) => i + 1) });
    const work = reportWorkspace();
    work.write('employees.csv', ROSTER);
    const started = Date.now();
    const run = await work.report(['--roster', 'employees.csv', '--lrs', lrs.endpoint, '--activity', COURSE, '--retry-for', '2'], { CEASE_LRS_AUTH: 'a:b' });
    await lrs.close();
    work.cleanup();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Gave up on the LRS at http:\/\/127\.0\.0\.1:\d+ after \d s: the LRS answered 503\./);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('cease report --lrs and a more link that goes nowhere', () => {
  it('stops with exit 2 instead of reading the same page forever', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ statements: [], more: request.url }));
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const work = reportWorkspace();
    work.write('employees.csv', ROSTER);
    const { port } = server.address() as { port: number };
    const run = await work.report(['--roster', 'employees.csv', '--lrs', `http://127.0.0.1:${port}/xapi/`, '--activity', COURSE], { CEASE_LRS_AUTH: 'a:b' });
    server.close();
    work.cleanup();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('answered a page with a "more" link to that same page');
  });
});

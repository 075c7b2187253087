import AdmZip from 'adm-zip';
import { request } from 'node:http';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runCli, scratchDir } from '../helpers/cli.js';
import { openEvents } from './event-reader.js';
import { startPreviewCli, type RunningCli } from './preview-process.js';

describe('cease preview', () => {
  const scratch = scratchDir();
  let course: string;
  let preview: RunningCli & { url: string };
  const get = (path: string, init?: RequestInit) => fetch(preview.url + path, init);

  beforeAll(async () => {
    course = copyFixture('minimal', scratch.dir);
    preview = await startPreviewCli(course);
  });
  afterAll(async () => {
    await preview?.stop('SIGKILL');
    scratch.cleanup();
  });

  it('serves the simulated LMS page with the inspector, scorm-again and the course', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h1>Preview: Fixture course for Testville</h1>');
    expect(html).toContain('<h2 id="inspector-heading">What the LMS receives</h2>');
    expect(html).toMatch(/<label for="format">Format<\/label>\s*<select id="format"/);
    expect(html).toContain('<script src="/preview/lms/scorm12.js"></script>');

    const lms = await get('/preview/lms/scorm12.js');
    expect(lms.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await lms.text()).toMatch(/^this\.Scorm12API ?= ?function/);
    expect((await get('/preview/inspector.js')).status).toBe(200);

    const player = await get('/course/scorm12/index.html?launch=1');
    expect(player.status).toBe(200);
    expect(await player.text()).toContain('<title>Fixture course for Testville</title>');
    expect((await get('/course/scorm12/cease.js')).status).toBe(200);
    expect((await get('/course/scorm12/../../package.json')).status).toBe(404);
  });

  it('plays exactly the files cease build puts in the zip', async () => {
    const out = join(scratch.dir, 'dist');
    expect((await runCli(['build', course, '--out', out])).code).toBe(0);
    const zip = new AdmZip(join(out, 'fixture-testville-1.0.0-scorm12.zip'));
    const status = (await (await get('/preview/status/scorm12.json')).json()) as { files: string[] };
    expect(status.files).toEqual(zip.getEntries().map((entry) => entry.entryName).sort());
    for (const name of ['index.html', 'imsmanifest.xml', 'cease.js']) {
      const served = Buffer.from(await (await get(`/course/scorm12/${name}`)).arrayBuffer());
      expect(served.equals(zip.getEntry(name)!.getData()), name).toBe(true);
    }
  });

  it('listens on 127.0.0.1 only and refuses pages that reach it under another host name', async () => {
    expect(new URL(preview.url).hostname).toBe('127.0.0.1');
    const port = Number(new URL(preview.url).port);
    const outside = Object.values(networkInterfaces()).flat().filter((address) => address && !address.internal && address.family === 'IPv4');
    for (const address of outside) {
      const refused = await new Promise<boolean>((done) => {
        const socket = connect(port, address!.address);
        socket.once('connect', () => (socket.destroy(), done(false)));
        socket.once('error', () => done(true));
      });
      expect(refused, `reachable on ${address!.address}`).toBe(true);
    }
    // DNS rebinding: a site resolving its own name to 127.0.0.1 sends its own Host header.
    // (fetch may not set Host, so this request goes through node:http.)
    const status = (host: string) =>
      new Promise<number | undefined>((done, failed) => {
        request(preview.url, { headers: { host } }, (response) => (response.resume(), done(response.statusCode))).on('error', failed).end();
      });
    expect(await status(`attacker.example:${port}`)).toBe(403);
    expect(await status(`localhost:${port}`)).toBe(200);
  });

  it('sends a reload event after a lesson is saved, and serves the new text', async () => {
    const events = await openEvents(`${preview.url}/preview/events`);
    try {
      appendFileSync(join(course, '01-basics.md'), '\n## Added later\n\nA screen written while the preview ran.\n');
      const reload = await events.next('reload');
      expect(JSON.parse(reload.data)).toMatchObject({ ok: true, changed: ['01-basics.md'] });
      expect(await (await get('/course/scorm12/index.html')).text()).toContain('A screen written while the preview ran.');
    } finally {
      events.close();
    }
  });

  it('shows the diagnostics in the course frame when a save breaks the course, and recovers on the fix', async () => {
    const lesson = join(course, '01-basics.md');
    const good = readFileSync(lesson, 'utf8');
    const events = await openEvents(`${preview.url}/preview/events`);
    try {
      writeFileSync(lesson, good.replace(':::question{#kc-any-community}', ':::question'));
      expect(JSON.parse((await events.next('reload')).data)).toMatchObject({ ok: false });
      const page = await get('/course/scorm12/index.html');
      const html = await page.text();
      expect(html).toContain('<h1>The course has 1 error</h1>');
      expect(html).toMatch(/01-basics\.md:\d+:\d+/);
      expect(html).toContain('question-id');
      expect(preview.stderr()).toContain('the course has errors');

      writeFileSync(lesson, good);
      expect(JSON.parse((await events.next('reload')).data)).toMatchObject({ ok: true });
      expect((await get('/course/scorm12/index.html')).status).toBe(200);
    } finally {
      events.close();
    }
  });

  it('stops cleanly on Ctrl+C (SIGINT) with exit code 0', async () => {
    expect(await preview.stop('SIGINT')).toBe(0);
    expect(preview.stderr()).toContain('preview stopped');
  });
});

describe('cease preview shutdown', () => {
  it('stops cleanly on SIGTERM while a page holds the event stream open', async () => {
    const scratch = scratchDir();
    const preview = await startPreviewCli(copyFixture('minimal', scratch.dir));
    const events = await openEvents(`${preview.url}/preview/events`);
    try {
      expect(await preview.stop('SIGTERM')).toBe(0);
    } finally {
      events.close();
      scratch.cleanup();
    }
  });
});

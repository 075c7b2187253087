import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { spawnCli } from '../preview/preview-process.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

describe('help and the README synopsis', () => {
  it('build --help offers "all" for --format, as the command accepts it', async () => {
    const help = await runCli(['build', '--help']);
    expect(help.stdout).toMatch(/--format <names>\s+comma-separated: scorm12, scorm2004, xapi, cmi5, or all/);
  });

  it.each(['build', 'validate', 'preview'])('the README synopsis of %s lists every option of its --help', async (command) => {
    const help = await runCli([command, '--help']);
    const options = [...help.stdout.matchAll(/^\s+(--[a-z-]+)/gm)].map((match) => match[1]).filter((option) => option !== '--help');
    const synopsis = readme.split('\n').find((line) => line.startsWith(`cease ${command} `)) ?? '';
    expect(options.length).toBeGreaterThan(1);
    for (const option of options) expect(synopsis, `${option} in README`).toContain(`[${option}`);
  });
});

describe('cease preview of a folder that does not exist', () => {
  it('exits 1 at once with the course-folder-missing diagnostic, not an internal error', async () => {
    const run = spawnCli(['preview', 'no/such/course', '--port', '0']);
    const code = await Promise.race([
      new Promise<number | null>((done) => run.child.on('exit', (exitCode) => done(exitCode))),
      new Promise<'running'>((done) => setTimeout(() => done('running'), 10_000)),
    ]);
    if (code === 'running') await run.stop('SIGKILL');
    expect(code).toBe(1);
    expect(run.stderr()).toContain('no/such/course  error  Course folder "no/such/course" does not exist or is not a folder.  course-folder-missing');
    expect(run.stderr()).not.toContain('internal error');
  });
});

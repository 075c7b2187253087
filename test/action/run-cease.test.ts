import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyFixture, repoRoot, scratchDir, type CliRun } from '../helpers/cli.js';

/** Runs the action's script as the composite step does, in `workspace` as the checkout. */
function runAction(workspace: string, inputs: Record<string, string>): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, CEASE_BIN: join(repoRoot, 'bin/cease.js'), GITHUB_OUTPUT: join(workspace, 'github-output') };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  return new Promise((done) => {
    execFile(process.execPath, [join(repoRoot, 'action/run-cease.mjs')], { cwd: workspace, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/** $GITHUB_OUTPUT as the runner reads it: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
function outputs(file: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [, name, delimiter, value] of readFileSync(file, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm)) values[name!] = value!;
  return values;
}

describe('the GitHub Action script (action/run-cease.mjs)', () => {
  let scratch: ReturnType<typeof scratchDir>;
  beforeEach(() => {
    scratch = scratchDir('cease-action-');
  });
  afterEach(() => scratch.cleanup());

  /** Two courses in the workspace: `good` with a warning, `bad` with an error. */
  function twoCourses(): void {
    const good = copyFixture('minimal', join(scratch.dir, 'courses-good'));
    const lesson = join(good, '01-basics.md');
    writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('## Check yourself', '## Check yourself\n\n#### Skipped a level'));
    const bad = copyFixture('minimal', join(scratch.dir, 'courses-bad'));
    const badLesson = join(bad, '01-basics.md');
    writeFileSync(badLesson, readFileSync(badLesson, 'utf8').replace(':::question{#kc-any-community}', ':::question'));
  }

  it('annotates the mistakes in the pull request, builds the course that validated and outputs its package paths', async () => {
    twoCourses();
    const result = await runAction(scratch.dir, { courses: 'courses-good/minimal\ncourses-bad/minimal', formats: 'all' });
    expect(result.stdout).toMatch(/^::error file=courses-bad\/minimal\/01-basics\.md,line=\d+,col=1,title=question-id::Question has no id\./m);
    expect(result.stdout).toMatch(/^::warning file=courses-good\/minimal\/01-basics\.md,line=\d+,col=1,title=heading-order::/m);
    expect(result.stdout).toContain('::error title=cease::courses-bad/minimal did not validate (exit 1), so it was not built.');
    expect(result.code).toBe(1);

    const written = ['scorm12', 'scorm2004', 'xapi', 'cmi5'].map((format) => `dist/fixture-testville-1.0.0-${format}.zip`);
    const { packages, 'packages-json': packagesJson } = outputs(join(scratch.dir, 'github-output'));
    expect(packages!.split('\n')).toEqual(written);
    expect(JSON.parse(packagesJson!)).toEqual(written);
    for (const path of written) expect(existsSync(join(scratch.dir, path)), path).toBe(true);
  });

  it('builds one package per vars file and format into the out folder, within the warning limit', async () => {
    copyFixture('minimal', scratch.dir);
    writeFileSync(join(scratch.dir, 'north.yml'), 'site:\n  name: North\n  slug: north\n');
    writeFileSync(join(scratch.dir, 'south.yml'), 'site:\n  name: South\n  slug: south\n');
    const result = await runAction(scratch.dir, { courses: 'minimal', formats: 'scorm12,cmi5', vars: 'north.yml south.yml', out: 'packages', 'max-warnings': '0' });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(outputs(join(scratch.dir, 'github-output'))['packages']!.split('\n')).toEqual([
      'packages/fixture-north-1.0.0-scorm12.zip', 'packages/fixture-north-1.0.0-cmi5.zip',
      'packages/fixture-south-1.0.0-scorm12.zip', 'packages/fixture-south-1.0.0-cmi5.zip',
    ]);
  });

  it('fails with an annotation, and builds nothing, when a course has more warnings than max-warnings', async () => {
    twoCourses();
    const result = await runAction(scratch.dir, { courses: 'courses-good/minimal', 'max-warnings': '0' });
    expect(result.stdout).toMatch(/^::warning file=courses-good\/minimal\/01-basics\.md/m);
    expect(result.code).toBe(1);
    expect(outputs(join(scratch.dir, 'github-output'))['packages']).toBe('');
  });

  it('says what is missing when no course folder is given', async () => {
    const result = await runAction(scratch.dir, { courses: '  ' });
    expect(result.stdout).toContain('::error title=cease::The courses input is empty');
    expect(result.code).toBe(2);
  });
});

describe('action.yml', () => {
  it('passes every input to the step scripts, which live in action/', () => {
    const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      runs: { using: string; steps: { run: string; env: Record<string, string> }[] };
    };
    expect(action.runs.using).toBe('composite');
    const passed = Object.assign({}, ...action.runs.steps.map((step) => step.env)) as Record<string, string>;
    for (const input of Object.keys(action.inputs)) {
      expect(passed[`INPUT_${input.toUpperCase().replace(/-/g, '_')}`], input).toBe(`\${{ inputs.${input} }}`);
    }
    for (const step of action.runs.steps) {
      const script = step.run.match(/^node "\$GITHUB_ACTION_PATH\/(action\/[\w-]+\.mjs)"$/)?.[1];
      expect(script && existsSync(join(repoRoot, script)), step.run).toBe(true);
    }
  });
});

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scratchDir } from '../helpers/cli.js';
import { packCease, userEnv } from '../helpers/packed-package.js';

const run = promisify(execFile);

describe('the GitHub Action install step (action/install-cease.mjs)', () => {
  let scratch: ReturnType<typeof scratchDir>;
  beforeAll(() => {
    scratch = scratchDir('cease-action-install-');
  });
  afterAll(() => scratch.cleanup());

  it('installs a packed cease-cli under $RUNNER_TEMP and outputs a bin that runs', async () => {
    const tarball = await packCease(scratch.dir);
    const output = join(scratch.dir, 'github-output');
    await run(process.execPath, ['action/install-cease.mjs'], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...userEnv(), INPUT_CEASE_VERSION: tarball, RUNNER_TEMP: scratch.dir, GITHUB_OUTPUT: output },
    });
    const bin = readFileSync(output, 'utf8').match(/^bin<<(\S+)\n(.*)\n\1$/m)?.[2];
    expect(bin).toBe(join(scratch.dir, 'cease-cli', 'node_modules', 'cease-cli', 'bin', 'cease.js'));
    const version = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version as string;
    expect((await run(process.execPath, [bin!, '--version'])).stdout.trim()).toBe(version);
  }, 120_000);
});

import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { userEnv } from '../helpers/packed-package.js';

const run = promisify(execFile);
const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

// The npm name `cease` belongs to an unrelated package: `npx cease` may only
// ever mean this checkout's own command, and users are sent to `cease-cli`.
describe("README's commands", () => {
  it('give users the cease-cli package, never a bare npx cease (nor do the docs)', () => {
    expect(readme).toContain('npm install -g cease-cli');
    expect(readme).toContain('npx cease-cli build');
    expect(readme.replace('npm ci && npx cease build courses/cease-municipal', '')).not.toMatch(/npx cease(?![-\w])/);
    for (const doc of readdirSync(join(repoRoot, 'docs')).filter((name) => name.endsWith('.md'))) {
      expect(readFileSync(join(repoRoot, 'docs', doc), 'utf8'), doc).not.toMatch(/npx cease(?![-\w])/);
    }
  });

  it("run this checkout's cease for contributors (npx finds the project's own bin, without the registry)", async () => {
    expect(readme).toContain('npm ci && npx cease build courses/cease-municipal --out dist');
    const { stdout } = await run('npx', ['--no-install', 'cease', '--version'], { cwd: repoRoot, env: userEnv() });
    expect(stdout.trim()).toBe(version);
  });
});

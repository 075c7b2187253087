#!/usr/bin/env node
// The first step of action.yml: puts a cease on the runner and names its
// bin/cease.js as the step output `bin`. INPUT_CEASE_VERSION is an npm
// version of cease-cli (default: the version of the action's own release, so
// `uses: …@v0.1.0` runs cease 0.1.0), a path to a packed cease-cli tarball, or
// `checkout` for the action's own repository, built with `npm ci`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setOutput } from './github-output.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const wanted = (process.env.INPUT_CEASE_VERSION ?? '').trim() || JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const npm = (args, cwd) => execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });

if (wanted === 'checkout') {
  npm(['ci', '--no-audit', '--no-fund'], root);
  setOutput('bin', join(root, 'bin', 'cease.js'));
} else {
  const prefix = join(process.env.RUNNER_TEMP || tmpdir(), 'cease-cli');
  mkdirSync(prefix, { recursive: true });
  // Its own package.json, so npm installs here and not into a project above.
  writeFileSync(join(prefix, 'package.json'), '{ "private": true }\n');
  const spec = /\.tgz$/.test(wanted) ? resolve(wanted) : `cease-cli@${wanted}`;
  npm(['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock', spec], prefix);
  setOutput('bin', join(prefix, 'node_modules', 'cease-cli', 'bin', 'cease.js'));
}

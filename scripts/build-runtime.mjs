// Bundles the browser runtime: one script per standard from
// src/runtime/entries/<name>.ts to <outDir>/runtime/<name>.js, plus the shared
// stylesheet as <outDir>/runtime/cease.css. Output is deterministic (no
// timestamps, no absolute paths, no source maps) so packages are byte-stable.
import { build } from 'esbuild';
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const runtimeDir = join(root, 'src', 'runtime');

/** Builds every runtime bundle into `<outDir>/runtime/` and returns the files written, relative to `outDir`. */
export async function buildRuntime(outDir) {
  const target = join(outDir, 'runtime');
  mkdirSync(target, { recursive: true });
  const entries = readdirSync(join(runtimeDir, 'entries'))
    .filter((name) => name.endsWith('.ts'))
    .sort();
  const common = { bundle: true, minify: true, legalComments: 'none', charset: 'utf8', logLevel: 'warning', absWorkingDir: root };
  for (const name of entries) {
    await build({
      ...common,
      entryPoints: [join(runtimeDir, 'entries', name)],
      outfile: join(target, name.replace(/\.ts$/, '.js')),
      format: 'iife',
      // ES2020 for optional chaining and ??, which ES2019 output spells out
      // with temporaries (1 KB gzipped of each script): Chrome and Edge 80,
      // Firefox 74, Safari 13.1 (iOS 13.4) and later.
      target: 'es2020',
      platform: 'browser',
    });
  }
  await build({
    ...common,
    entryPoints: [join(runtimeDir, 'styles', 'cease.css')],
    outfile: join(target, 'cease.css'),
    target: ['chrome80', 'firefox78', 'safari13'],
  });
  return [...entries.map((name) => `runtime/${name.replace(/\.ts$/, '.js')}`), 'runtime/cease.css'];
}

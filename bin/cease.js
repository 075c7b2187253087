#!/usr/bin/env node
// The compiled, bundled CLI lives in build/cli/ (built by `npm run build`,
// which `npm ci` runs). It is compiled here with V8's code cache from the
// build, which skips most parsing and compiling at every start.
import { readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'cli', 'cease.cjs');
const cacheFile = `${bundle}.cache`;

function loadCli() {
  const source = readFileSync(bundle, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache yet: compile normally.
  }
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  if (process.env.CEASE_WRITE_CODE_CACHE) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
  return module.exports;
}

let cli;
try {
  cli = loadCli();
} catch (error) {
  if (error && error.code === 'ENOENT' && error.path === bundle) {
    console.error('cease is not built yet: run "npm install" (or "npm run build") in the cease folder.');
  } else {
    console.error(`cease: internal error: ${error && error.message ? error.message : error}`);
  }
  process.exit(70);
}

cli
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(`cease: internal error: ${error && error.message ? error.message : error}`);
    console.error('Please report this with the course that caused it.');
    process.exitCode = 70;
  });

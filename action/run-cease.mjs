#!/usr/bin/env node
// The work of action.yml: `cease validate` on each course folder, so that
// diagnostics become annotations on the pull request, then `cease build` of
// the courses that validated, with the paths of the packages it wrote as the
// step's outputs. Inputs come as INPUT_* environment variables (action.yml
// passes them), the cease to run as CEASE_BIN (a path to bin/cease.js).
import { spawnSync } from 'node:child_process';
import { listInput, setOutput } from './github-output.mjs';

const env = process.env;
const cease = env.CEASE_BIN;
const courses = listInput(env.INPUT_COURSES);
const vars = listInput(env.INPUT_VARS);
const locale = (env.INPUT_LOCALE ?? '').trim();
const reporter = (env.INPUT_REPORTER ?? '').trim() || 'github';
const maxWarnings = (env.INPUT_MAX_WARNINGS ?? '').trim();
const common = [...(locale ? ['--locale', locale] : []), ...(vars.length ? ['--vars', ...vars] : [])];

if (!cease || courses.length === 0) {
  console.log(`::error title=cease::${cease ? 'The courses input is empty: give one or more course folders.' : 'CEASE_BIN is not set: the install step did not run.'}`);
  process.exit(2);
}

const packages = [];
let failed = false;
for (const course of courses) {
  console.log(`::group::cease validate ${course}`);
  // --vars goes last: every argument after it is a vars file.
  const validate = run(['validate', course, '--reporter', reporter, ...(maxWarnings ? ['--max-warnings', maxWarnings] : []), ...common], 'inherit');
  console.log('::endgroup::');
  if (validate.status !== 0) {
    console.log(`::error title=cease::${course} did not validate (exit ${validate.status}), so it was not built.`);
    failed = true;
    continue;
  }
  // The diagnostics were reported by validate; build's JSON report is not shown again.
  const build = run(['build', course, '--format', (env.INPUT_FORMATS ?? '').trim() || 'scorm12', '--out', (env.INPUT_OUT ?? '').trim() || 'dist', '--reporter', 'json', ...common], 'pipe');
  for (const line of build.stderr.split('\n').filter(Boolean)) {
    const wrote = line.match(/^wrote (.+)$/);
    if (wrote) packages.push(wrote[1]);
    else console.error(line);
  }
  if (build.status !== 0) {
    console.log(`::error title=cease::cease build ${course} failed (exit ${build.status}).`);
    failed = true;
  }
}

setOutput('packages', packages.join('\n'));
setOutput('packages-json', JSON.stringify(packages));
for (const path of packages) console.log(`package: ${path}`);
process.exit(failed ? 1 : 0);

function run(args, output) {
  const result = spawnSync(process.execPath, [cease, ...args], { stdio: ['ignore', output, output], encoding: 'utf8', env: { ...env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  return result;
}

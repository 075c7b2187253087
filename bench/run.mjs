// Benchmark (not a test): wall time, CPU time and peak memory of `cease build`
// on the sample course and on generated courses, the first screen of a
// 1,000-module course in Chromium and its page change (Next), package and runtime sizes, and each target
// with its measured value and whether it holds.
// Usage: npm run bench [-- --runs 5] [-- --against ../other-checkout] [-- --sample <course>]
// --against runs every case with that built checkout too, alternating run by
// run, so that both are measured under the same load, and prints both.
// --sample builds another course as the sample (an older checkout may not
// read the sample course as it is now; give it its own copy).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateCourse, generateLargeLessons } from './courses.mjs';
import { firstPaint, pageChange } from './first-paint.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const againstArg = process.argv.indexOf('--against');
const against = againstArg > 0 ? resolve(process.argv[againstArg + 1]) : null;
const sampleArg = process.argv.indexOf('--sample');
const sample = sampleArg > 0 ? resolve(process.argv[sampleArg + 1]) : 'courses/cease-municipal';
const scratch = mkdtempSync(join(tmpdir(), 'cease-bench-'));
// Prints the child's peak resident set size and CPU time on exit, without touching cease.
const reportUsage = "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('usage:'+u.maxRSS+':'+(u.userCPUTime+u.systemCPUTime)+'\\n')})";

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs each command `runs` times, the commands in turn, and sums each one up. */
function timeCommands(commands) {
  const samples = commands.map(() => ({ times: [], cpu: [], rss: 0 }));
  for (let i = 0; i < runs; i++) {
    commands.forEach((args, which) => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, ['--import', reportUsage, ...args], { cwd: root, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`failed: ${args.join(' ')}\n${result.stderr}`);
      const [, kb, micros] = /usage:(\d+):(\d+)/.exec(result.stderr) ?? [0, 0, 0];
      samples[which].times.push(ms);
      samples[which].cpu.push(Number(micros) / 1000);
      samples[which].rss = Math.max(samples[which].rss, Number(kb));
    });
  }
  return samples.map(({ times, cpu, rss }) => ({ median: median(times), min: Math.min(...times), cpu: median(cpu), rssMb: rss / 1024 }));
}

const timeCommand = (args) => timeCommands([args])[0];
const cli = join(root, 'bin/cease.js');
const otherCli = against && join(against, 'bin/cease.js');
const otherRows = new Map();
const build = (dir, out, ...more) => {
  const ours = [cli, 'build', dir, '--out', join(scratch, out), ...more];
  if (!otherCli) return timeCommand(ours);
  const [mine, theirs] = timeCommands([ours, [otherCli, 'build', dir, '--out', join(scratch, `other-${out}`), ...more]]);
  return { ...mine, other: theirs };
};
const rows = new Map();
const floor = timeCommand(['-e', '0']);
rows.set('node -e 0 (floor)', floor);
const { formats } = await import(join(root, 'build/src/package/formats.js'));
const formatNames = [...formats.keys()];
for (const name of formatNames) rows.set(`sample course, ${name}`, build(sample, name, '--format', name));
const allFormats = `sample course, all ${formatNames.length} formats`;
rows.set(allFormats, build(sample, 'sample', '--format', 'all'));
const generated = {};
for (const modules of [10, 100, 200, 1000]) {
  generated[modules] = generateCourse(scratch, modules);
  rows.set(`${modules} modules`, build(generated[modules], `out-${modules}`));
}
rows.set('five 1 MB lessons', build(generateLargeLessons(scratch, 5), 'out-large'));
// A city matrix in one command: 20 copies of a city of the sample course, each its own package.
const cityFile = join(root, 'courses/cease-municipal/cities/flagstaff.yml');
const cities = Array.from({ length: 20 }, (_, index) => {
  const path = join(scratch, `city-${index + 1}.yml`);
  writeFileSync(path, readFileSync(cityFile, 'utf8').replaceAll('Flagstaff', `City ${index + 1}`).replaceAll('flagstaff', `city-${index + 1}`));
  return path;
});
rows.set('sample course, 20 cities (--vars)', timeCommand([cli, 'build', 'courses/cease-municipal', '--draft', '--out', join(scratch, 'cities'), ...cities.flatMap((city) => ['--vars', city])]));

console.log(`cease build benchmark (${runs} runs each; medians of wall and CPU time, largest peak RSS)`);
console.log(`node ${process.version}, ${process.platform} ${process.arch}\n`);
console.log('| case | wall ms | min wall ms | × node floor | CPU ms | peak RSS MiB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, r] of rows) {
  console.log(`| ${name} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${(r.median / floor.median).toFixed(1)} | ${r.cpu.toFixed(0)} | ${r.rssMb.toFixed(0)} |`);
}
if (against) {
  console.log(`\nThe same cases with ${against}, run in turn with this checkout (before → after):\n`);
  console.log('| case | wall ms | × node floor | CPU ms | peak RSS MiB |\n| --- | ---: | ---: | ---: | ---: |');
  for (const [name, r] of rows) {
    if (!r.other) continue;
    const o = r.other;
    console.log(`| ${name} | ${o.median.toFixed(0)} → ${r.median.toFixed(0)} | ${(o.median / floor.median).toFixed(1)} → ${(r.median / floor.median).toFixed(1)} | ${o.cpu.toFixed(0)} → ${r.cpu.toFixed(0)} | ${o.rssMb.toFixed(0)} → ${r.rssMb.toFixed(0)} |`);
  }
}

const zipIn = (folder) => join(scratch, folder, readdirSync(join(scratch, folder))[0]);
const paint = await firstPaint(zipIn('out-1000'), join(scratch, 'player-1000'), [1, 4], runs);
const otherPaint = against && (await firstPaint(zipIn('other-out-1000'), join(scratch, 'other-player-1000'), [1, 4], runs));
if (paint) {
  console.log('\n| 1,000-module course (scorm12, no LMS) | first screen painted, ms |\n| --- | ---: |');
  for (const [rate, ms] of Object.entries(paint)) console.log(`| CPU ${rate}× slower | ${otherPaint ? `${otherPaint[rate].toFixed(0)} → ` : ''}${ms.toFixed(0)} |`);
} else {
  console.log('\nNo Chromium (set CEASE_CHROMIUM): first paint not measured.');
}
const change = paint && (await pageChange(zipIn('out-1000'), join(scratch, 'player-1000'), [1, 4], runs));
const otherChange = paint && against && (await pageChange(zipIn('other-out-1000'), join(scratch, 'other-player-1000'), [1, 4], runs));
if (change) {
  console.log('\n| 1,000-module course (scorm12, no LMS) | Next to next screen painted, ms |\n| --- | ---: |');
  for (const [rate, ms] of Object.entries(change)) console.log(`| CPU ${rate}× slower | ${otherChange ? `${otherChange[rate].toFixed(0)} → ` : ''}${ms.toFixed(0)} |`);
}

const get = (name) => rows.get(name);
const perModule = (from, to) => (get(`${to} modules`).cpu - get(`${from} modules`).cpu) / (to - from);
const targets = [
  ['sample course, scorm12 wall ≤ 4× node -e 0', get('sample course, scorm12').median / floor.median, 4, '×'],
  [`${allFormats} wall ≤ 1.1× scorm12`, get(allFormats).median / get('sample course, scorm12').median, 1.1, '×'],
  // Wall time swings with the machine's load; CPU time shows the extra work of three more packages.
  [`${allFormats} CPU ≤ 1.1× scorm12`, get(allFormats).cpu / get('sample course, scorm12').cpu, 1.1, '×'],
  ['200 modules CPU ≤ 1,000 ms', get('200 modules').cpu, 1000, 'ms'],
  ['1,000 modules CPU ≤ 4,000 ms', get('1000 modules').cpu, 4000, 'ms'],
  // Linear: a module costs no more from 200 to 1,000 than from 10 to 200 (with 25 % for noise).
  ['1,000 modules linear: CPU per module 200→1,000 ÷ 10→200 ≤ 1.25', perModule(200, 1000) / perModule(10, 200), 1.25, '×'],
  ['200 modules peak RSS ≤ 150 MiB', get('200 modules').rssMb, 150, 'MiB'],
  ['five 1 MB lessons peak RSS ≤ 400 MiB', get('five 1 MB lessons').rssMb, 400, 'MiB'],
  ...(paint ? [['1,000-module course first screen ≤ 250 ms at 1× CPU', paint[1], 250, 'ms']] : []),
];
console.log('\n| target | measured | holds |\n| --- | ---: | --- |');
for (const [name, value, limit, unit] of targets) {
  const shown = unit === '×' ? `${value.toFixed(2)}×` : `${value.toFixed(0)} ${unit}`;
  console.log(`| ${name} | ${shown} (${(value / limit).toFixed(2)} of the limit) | ${value <= limit ? 'yes' : 'NO'} |`);
}

const runtimeDir = join(root, 'build/runtime');
console.log('\n| runtime file | raw bytes | gzipped bytes |\n| --- | ---: | ---: |');
for (const name of readdirSync(runtimeDir)) {
  const bytes = readFileSync(join(runtimeDir, name));
  console.log(`| ${name} | ${bytes.length} | ${gzipSync(bytes, { level: 9 }).length} |`);
}
const sampleOut = join(scratch, 'sample');
console.log('\n| sample package | bytes |\n| --- | ---: |');
for (const zip of readdirSync(sampleOut).sort()) console.log(`| ${zip} | ${statSync(join(sampleOut, zip)).size} |`);
rmSync(scratch, { recursive: true, force: true });

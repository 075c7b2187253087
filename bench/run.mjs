// Benchmark (not a test): wall time and peak memory of `cease build` on the
// sample course and on generated courses, plus package and runtime sizes.
// Usage: npm run bench [-- --runs 5]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const scratch = mkdtempSync(join(tmpdir(), 'cease-bench-'));
// Prints the child's peak resident set size on exit, without touching cease.
const reportRss = "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss:'+process.resourceUsage().maxRSS+'\\n'))";

function timeCommand(args) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--import', reportRss, ...args], { cwd: root, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`failed: ${args.join(' ')}\n${result.stderr}`);
    times.push(ms);
    rss = Math.max(rss, Number(/maxrss:(\d+)/.exec(result.stderr)?.[1] ?? 0));
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], rssMb: rss / 1024 };
}

function generateCourse(modules) {
  const dir = join(scratch, `gen-${modules}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'course.yml'), `id: gen-${modules}\ntitle: Generated ${modules}\nversion: 1.0.0\n`);
  for (let m = 1; m <= modules; m++) {
    const screens = [1, 2, 3]
      .map((s) => `## Screen ${s}\n\n${'A sentence of ordinary training text with **emphasis** and a [the city handbook](https://example.org/handbook). '.repeat(6)}\n\n- one\n- two\n- three\n`)
      .join('\n');
    // The right answer moves around, as the answer-position rule asks authors to do.
    const choices = ['Yes', 'No', 'Maybe'].map((text, i) => `- [${i === m % 3 ? 'x' : ' '}] ${text}`).join('\n');
    const question = `:::question{#q${m}}\nQuestion ${m}?\n\n${choices}\n\n> Because it is.\n:::\n`;
    writeFileSync(join(dir, `${String(m).padStart(4, '0')}-module.md`), `# Module ${m}\n\n${screens}\n## Check\n\n${question}`);
  }
  return dir;
}

const cli = join(root, 'bin/cease.js');
const rows = [];
const floor = timeCommand(['-e', '0']);
rows.push(['node -e 0 (floor)', floor]);
const { formats } = await import(join(root, 'build/src/package/formats.js'));
const formatNames = [...formats.keys()];
for (const name of formatNames) {
  rows.push([`sample course, ${name}`, timeCommand([cli, 'build', 'courses/cease-municipal', '--format', name, '--out', join(scratch, name)])]);
}
const sampleOut = join(scratch, 'sample');
rows.push([`sample course, all ${formatNames.length} formats`, timeCommand([cli, 'build', 'courses/cease-municipal', '--format', 'all', '--out', sampleOut])]);
for (const modules of [10, 100, 200, 1000]) {
  const dir = generateCourse(modules);
  rows.push([`${modules} modules (${modules * 4} screens, ${modules} questions), scorm12`, timeCommand([cli, 'build', dir, '--out', join(scratch, `out-${modules}`)])]);
}

console.log(`cease build benchmark (${runs} runs each, median / min wall time, peak RSS)`);
console.log(`node ${process.version}, ${process.platform} ${process.arch}\n`);
console.log('| case | median ms | min ms | × node floor | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, r] of rows) {
  console.log(`| ${name} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${(r.median / floor.median).toFixed(1)} | ${r.rssMb.toFixed(0)} |`);
}

const runtimeDir = join(root, 'build/runtime');
const sizes = readdirSync(runtimeDir).map((name) => {
  const bytes = readFileSync(join(runtimeDir, name));
  return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});
console.log('\n| runtime file | raw bytes | gzipped bytes |\n| --- | ---: | ---: |');
for (const s of sizes) console.log(`| ${s.name} | ${s.raw} | ${s.gzip} |`);
console.log('\n| sample package | bytes |\n| --- | ---: |');
for (const zip of readdirSync(sampleOut).sort()) console.log(`| ${zip} | ${statSync(join(sampleOut, zip)).size} |`);
rmSync(scratch, { recursive: true, force: true });

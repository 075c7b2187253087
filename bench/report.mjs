// Benchmark (not a test): wall time and peak memory of `cease report --lrs`
// against a local paging LRS, for growing cities up to 100,000 employees and
// 1,000,000 statements. Usage: node bench/report.mjs
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const scratch = mkdtempSync(join(tmpdir(), 'cease-bench-report-'));
const reportRss = "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss:'+process.resourceUsage().maxRSS+'\\n'))";
const DEPARTMENTS = 40;

function writeRoster(employees) {
  const lines = ['Employee ID,Name,Email,Department,Status,Hire Date'];
  for (let id = 1; id <= employees; id++) {
    lines.push(`${id},Employee ${id},e${id}@city.example,Department ${id % DEPARTMENTS},${id % 50 === 0 ? 'Terminated' : 'Active'},${2015 + (id % 10)}-0${1 + (id % 9)}-15`);
  }
  const path = join(scratch, `roster-${employees}.csv`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function startLrs(employees, statements) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/report-lrs.mjs'), String(employees), String(statements)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const endpoint = await new Promise((found, failed) => {
    child.stdout.setEncoding('utf8').once('data', (line) => found(line.trim()));
    child.once('exit', (code) => failed(new Error(`the test LRS exited with ${code}`)));
  });
  return { endpoint, stop: () => child.kill() };
}

const rows = [];
for (const [employees, statements] of [[10_000, 100_000], [50_000, 500_000], [100_000, 1_000_000]]) {
  const roster = writeRoster(employees);
  const lrs = await startLrs(employees, statements);
  const json = join(scratch, `report-${employees}.json`);
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', reportRss, join(root, 'bin/cease.js'), 'report', '--roster', roster, '--lrs', lrs.endpoint, '--activity', 'https://city.example/courses/cease', '--as-of', '2025-03-01', '--json', json], {
    cwd: root, encoding: 'utf8', env: { ...process.env, CEASE_LRS_AUTH: 'bench:bench' }, maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  lrs.stop();
  if (run.status !== 0) throw new Error(`cease report failed (${run.status}):\n${run.stderr.slice(-2000)}`);
  const figures = JSON.parse(readFileSync(json, 'utf8'));
  const rss = Number(/maxrss:(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024;
  rows.push({ employees, statements, seconds, rss, figures });
}

console.log(`cease report --lrs benchmark; node ${process.version}, ${process.platform} ${process.arch}\n`);
console.log('| employees | statements in the LRS | read by cease | voided | done | wall s | peak RSS MiB |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.employees.toLocaleString('en-US')} | ${r.statements.toLocaleString('en-US')} | ${r.figures.rows.read.toLocaleString('en-US')} | ${r.figures.rows.voided} | ${r.figures.overall.done.toLocaleString('en-US')} of ${r.figures.overall.employees.toLocaleString('en-US')} (${r.figures.overall.percent} %) | ${r.seconds.toFixed(1)} | ${r.rss.toFixed(0)} |`);
}
rmSync(scratch, { recursive: true, force: true });

import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildRuntime } from '../../scripts/build-runtime.mjs';
import { bundledRuntime } from '../helpers/player-package.js';

const build = buildRuntime as (outDir: string) => Promise<string[]>;
let runtime: string;
/** One bundle per standard: every entry in src/runtime/entries/. */
let bundles: string[];

beforeAll(async () => {
  runtime = await bundledRuntime();
  const entries = await readdir(join(import.meta.dirname, '../../src/runtime/entries'));
  bundles = entries.filter((name) => name.endsWith('.ts')).map((name) => name.replace(/\.ts$/, '.js')).sort();
});

describe('the runtime build', () => {
  test('writes one script per standard and the stylesheet', async () => {
    expect(bundles).toContain('scorm12.js');
    expect((await readdir(runtime)).sort()).toEqual(['cease.css', ...bundles].sort());
  });

  test('is byte-identical from one build to the next, with no local paths in it', async () => {
    const again = await mkdtemp(join(tmpdir(), 'cease-runtime-'));
    expect(await build(again)).toEqual([...bundles.map((name) => `runtime/${name}`), 'runtime/cease.css']);
    for (const name of [...bundles, 'cease.css']) {
      const first = await readFile(join(runtime, name), 'utf8');
      expect(await readFile(join(again, 'runtime', name), 'utf8')).toBe(first);
      expect(first).not.toContain(process.cwd());
      expect(first).not.toMatch(/sourceMappingURL|\/\*!|@license/);
    }
  });

  test('is a self-contained script (no module syntax) within its gzipped budget with its styles: 20 KB for SCORM, 23 KB for xAPI and cmi5', async () => {
    const styles = await readFile(join(runtime, 'cease.css'));
    // The xAPI and cmi5 players carry a statement queue and the LRS client
    // besides every question type, scenarios and media, which took them past 20 KB.
    const budget: Record<string, number> = { 'scorm12.js': 20, 'scorm2004.js': 20, 'xapi.js': 23, 'cmi5.js': 23 };
    for (const name of bundles) {
      const script = await readFile(join(runtime, name));
      expect(script.toString(), name).not.toMatch(/^\s*(import|export)\s/m);
      expect(gzipSync(script).length + gzipSync(styles).length, name).toBeLessThanOrEqual((budget[name] ?? 20) * 1024);
    }
  });
});

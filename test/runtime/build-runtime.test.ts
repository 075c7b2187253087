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

beforeAll(async () => {
  runtime = await bundledRuntime();
});

describe('the runtime build', () => {
  test('writes one script per standard and the stylesheet', async () => {
    expect((await readdir(runtime)).sort()).toEqual(['cease.css', 'scorm12.js']);
  });

  test('is byte-identical from one build to the next, with no local paths in it', async () => {
    const again = await mkdtemp(join(tmpdir(), 'cease-runtime-'));
    expect(await build(again)).toEqual(['runtime/scorm12.js', 'runtime/cease.css']);
    for (const name of ['scorm12.js', 'cease.css']) {
      const first = await readFile(join(runtime, name), 'utf8');
      expect(await readFile(join(again, 'runtime', name), 'utf8')).toBe(first);
      expect(first).not.toContain(process.cwd());
      expect(first).not.toMatch(/sourceMappingURL|\/\*!|@license/);
    }
  });

  test('is a self-contained script (no module syntax) within 20 KB gzipped with its styles', async () => {
    const script = await readFile(join(runtime, 'scorm12.js'));
    const styles = await readFile(join(runtime, 'cease.css'));
    expect(script.toString()).not.toMatch(/^\s*(import|export)\s/m);
    expect(gzipSync(script).length + gzipSync(styles).length).toBeLessThanOrEqual(20 * 1024);
  });
});

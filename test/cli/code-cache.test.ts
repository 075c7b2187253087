import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

// bin/cease.js falls back to a normal compile when the cache is missing or
// rejected, so nothing else would notice a build that stopped producing it.
describe('the CLI bundle', () => {
  it('comes with a V8 code cache this Node accepts, so cease starts without compiling itself', () => {
    const bundle = join(repoRoot, 'build/cli/cease.cjs');
    const cachedData = readFileSync(`${bundle}.cache`);
    expect(cachedData.length).toBeGreaterThan(100_000);
    const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
    expect(script.cachedDataRejected).toBe(false);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, scratchDir } from '../helpers/cli.js';

// One build of several cities parses each lesson once and fills a copy of
// it per city (src/parse/lesson-trees.ts). A city must not see another's values.
describe('cease build with several --vars files', () => {
  const scratch = scratchDir('cease-cities-');
  afterAll(scratch.cleanup);
  const course = 'courses/cease-municipal';
  const cities = ['flagstaff', 'phoenix'].map((city) => `${course}/cities/${city}.yml`);
  const zips = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name))]));

  it('writes for each city, in any order, the same package as a build of that city alone', async () => {
    const together = join(scratch.dir, 'together');
    const reversed = join(scratch.dir, 'reversed');
    const alone = join(scratch.dir, 'alone');
    expect((await runCli(['build', course, '--draft', '--format', 'all', '--out', together, ...cities.flatMap((city) => ['--vars', city])])).code).toBe(0);
    expect((await runCli(['build', course, '--draft', '--format', 'all', '--out', reversed, ...cities.toReversed().flatMap((city) => ['--vars', city])])).code).toBe(0);
    for (const city of cities) {
      expect((await runCli(['build', course, '--draft', '--format', 'all', '--out', alone, '--vars', city])).code).toBe(0);
    }
    const each = zips(alone);
    expect(Object.keys(each)).toHaveLength(8);
    expect(zips(together)).toEqual(each);
    expect(zips(reversed)).toEqual(each);
  });
});

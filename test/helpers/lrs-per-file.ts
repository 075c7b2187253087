import { afterAll } from 'vitest';
import { TestLrs } from './lrs.js';

/** Starts test LRSs for one test file, each stopped once its tests are done. */
export function lrsPerFile(): () => Promise<TestLrs> {
  const started: TestLrs[] = [];
  afterAll(async () => {
    await Promise.all(started.map((lrs) => lrs.stop()));
  });
  return async () => {
    const lrs = await new TestLrs().start();
    started.push(lrs);
    return lrs;
  };
}

import { afterEach, expect } from 'vitest';

interface CheckedLms {
  /** Calls a strict LMS would refuse, and reads of elements nobody set. */
  violations: string[];
  /** Uncaught errors and console.error output of the course page. */
  pageErrors: string[];
}

/**
 * Holds every LMS a test opens to a clean session: after each test, no call
 * was refused, no unset element was read and the page logged no error.
 * `also` adds a file's own check. Returns the function that enrols an LMS
 * (and hands it back).
 */
export function cleanLaunches<T extends CheckedLms>(also?: (lms: T) => void): (lms: T) => T {
  let opened: T[] = [];
  afterEach(() => {
    for (const lms of opened) {
      expect(lms.violations).toEqual([]);
      expect(lms.pageErrors).toEqual([]);
      also?.(lms);
    }
    opened = [];
  });
  return (lms) => {
    opened.push(lms);
    return lms;
  };
}

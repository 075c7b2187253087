import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { builtPackage } from './built-course.js';
import { LmsServer } from './lms-server.js';

export interface BrowserAndLms {
  browser: Browser;
  server: LmsServer;
}

/**
 * One Chromium and one test LMS for a test file: before its tests, builds
 * each course through the CLI (package name → course folder), serves them and
 * starts the browser; after them, stops both.
 */
export function browserAndLms(packages: Record<string, string>, browserArgs: readonly string[] = []): BrowserAndLms {
  const started = {} as BrowserAndLms;
  beforeAll(async () => {
    started.server = await new LmsServer().start();
    for (const [name, courseDir] of Object.entries(packages)) started.server.addPackage(name, await builtPackage(courseDir));
    started.browser = await launchBrowser(browserArgs);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.stop();
  });
  return started;
}

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
 * each course through the CLI (package name → course folder, or folder and build arguments), serves them and
 * starts the browser; after them, stops both.
 */
export function browserAndLms(packages: Record<string, string | readonly string[]>, browserArgs: readonly string[] = []): BrowserAndLms {
  const started = {} as BrowserAndLms;
  beforeAll(async () => {
    started.server = await new LmsServer().start();
    for (const [name, build] of Object.entries(packages)) {
      // A course folder, or the folder followed by more `cease build` arguments (e.g. --vars).
      const [courseDir, ...args] = typeof build === 'string' ? [build] : build;
      started.server.addPackage(name, await builtPackage(courseDir as string, ...args));
    }
    started.browser = await launchBrowser(browserArgs);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.stop();
  });
  return started;
}

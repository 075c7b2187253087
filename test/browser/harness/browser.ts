/**
 * Debian's Chromium driven by playwright-core (which downloads no browser).
 * Without /usr/bin/chromium the browser tests are skipped on a developer's
 * machine, with a message; in CI (CI set) they fail instead, so a missing
 * install step can never pass as green.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env['CEASE_CHROMIUM'] ?? '/usr/bin/chromium';
const inCi = Boolean(process.env['CI']);

/** True when the browser tests should be skipped (and says why, once per file). */
export const skipBrowser = !existsSync(CHROMIUM) && !inCi;
if (skipBrowser) {
  console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM}. Install it with "apt-get install chromium" (CI installs it and fails without it).`);
}

export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: CI must install it (.ci/run runs apt-get install chromium).`);
  }
  // A default launch uses a fresh temporary profile, so no earlier run leaks in.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../helpers/cli.js';

/**
 * Where the browser tests put their pictures: a scratch folder, so a test
 * run never changes tracked files, or docs/screenshots/ with UPDATE_SCREENSHOTS=1.
 */
export const screenshotFolder = process.env['UPDATE_SCREENSHOTS'] ? join(repoRoot, 'docs/screenshots') : await mkdtemp(join(tmpdir(), 'cease-screenshots-'));

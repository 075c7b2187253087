import { afterAll, describe, expect, it, vi } from 'vitest';
import { formats } from '../../src/package/formats.js';
import type { BrowserStore } from '../../src/runtime/core/browser-store.js';
import { Scorm12Transport, type Scorm12Api } from '../../src/runtime/transport/scorm12.js';
import { Scorm2004Transport, type Scorm2004Api } from '../../src/runtime/transport/scorm2004.js';
import type { LaunchData } from '../../src/runtime/transport/transport.js';
import { XapiTransport } from '../../src/runtime/transport/xapi.js';
import { generatedCourse } from '../helpers/generated-course.js';

/** An LMS API that accepts every call and holds only `held` (elements the LMS always sets): a first launch. */
function firstLaunchApi<T>(held: Record<string, string>): T {
  const call = (name: string) => (element?: string) => {
    if (name.includes('GetValue')) return held[element ?? ''] ?? (element?.endsWith('_count') ? '0' : '');
    return name.includes('Error') ? '0' : 'true';
  };
  return new Proxy({}, { get: (_, name) => (typeof name === 'string' ? call(name) : undefined) }) as T;
}

const memoryStore: BrowserStore = { available: false, read: () => null, write: () => false, remove: () => undefined };

/** What each format's transport tells the player it may write, on a first launch. */
const launches: Record<string, () => Promise<LaunchData>> = {
  scorm12: () => new Scorm12Transport(firstLaunchApi<Scorm12Api>({ 'cmi.core.lesson_status': 'not attempted', 'cmi.core.entry': 'ab-initio' })).start(),
  scorm2004: () => new Scorm2004Transport(firstLaunchApi<Scorm2004Api>({ 'cmi.completion_status': 'unknown', 'cmi.success_status': 'unknown', 'cmi.entry': 'ab-initio' }), true).start(),
  xapi: () => {
    // No request leaves the test: the LRS holds no state yet and takes every statement.
    vi.stubGlobal('fetch', async (_url: string, init?: RequestInit) => new Response(null, { status: init?.method === 'PUT' || init?.method === 'POST' ? 204 : 404 }));
    vi.stubGlobal('addEventListener', () => undefined);
    const session = { endpoint: 'https://lrs.invalid/xapi/', auth: () => 'Basic eDp4', actor: { objectType: 'Agent' as const, mbox: 'mailto:learner@example.org' }, registration: null, activityId: 'https://cease.invalid/courses/generated' };
    return new XapiTransport(session, generatedCourse({ screens: 1, checks: 0, pool: 0 }), memoryStore).start();
  },
};

describe('resume data limits the build checks against', () => {
  // After the statements the xAPI launch queued have gone to the stub.
  afterAll(async () => {
    await new Promise((done) => setTimeout(done, 100));
    vi.unstubAllGlobals();
  });

  it.each(Object.keys(launches))('are what the %s transport gives the player', async (name) => {
    const launch = await launches[name]!();
    expect(formats.get(name)?.resumeData.characters).toBe(launch.suspendDataLimit);
  });

  it('gives cmi5, whose transport extends the xAPI one, the xAPI limit', () => {
    expect(formats.get('cmi5')?.resumeData.characters).toBe(formats.get('xapi')?.resumeData.characters);
  });
});

import { describe, expect, test } from 'vitest';
import { Scorm12Transport, type Scorm12Api } from '../../src/runtime/transport/scorm12.js';
import type { InteractionRecord } from '../../src/runtime/transport/transport.js';

/** A minimal 1.2 API that keeps values and can refuse chosen elements; only the elements every LMS holds are set at first. */
function fakeApi(given: Record<string, string> = {}, refuse: (element: string) => boolean = () => false) {
  const values: Record<string, string> = { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.lesson_location': '', 'cmi.suspend_data': '', ...given };
  const calls: string[] = [];
  let error = '0';
  const api: Scorm12Api = {
    LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
    LMSFinish: () => (calls.push('LMSFinish'), 'true'),
    LMSGetValue: (element) => {
      error = element in values ? '0' : '401';
      return values[element] ?? '';
    },
    LMSSetValue: (element, value) => {
      calls.push(`${element}=${value}`);
      if (refuse(element)) return 'false';
      values[element] = value;
      return 'true';
    },
    LMSCommit: () => (calls.push('LMSCommit'), 'true'),
    LMSGetLastError: () => error,
    LMSGetErrorString: () => '',
    LMSGetDiagnostic: () => '',
  };
  return { api, calls, values };
}

const answer: InteractionRecord = {
  id: 'q.1 two',
  type: 'true-false',
  description: 'Prompt',
  response: ['b'],
  correct: ['a'],
  result: 'incorrect',
  weighting: 1,
  latencyMs: 1500,
  timestamp: Date.now(),
};

describe('the SCORM 1.2 transport', () => {
  test('finishes once, however often it is asked', async () => {
    const { api, calls } = fakeApi({ 'cmi.core.lesson_status': 'not attempted' });
    const transport = new Scorm12Transport(api);
    await transport.start();
    await transport.finish('suspend');
    await transport.finish('normal');
    expect(calls.filter((call) => call === 'LMSFinish')).toHaveLength(1);
    expect(calls).toContain('cmi.core.exit=suspend');
    expect(calls).not.toContain('cmi.core.exit=');
  });

  test('writes true-false answers as t/f and makes any id a valid CMIIdentifier', async () => {
    const { api, values } = fakeApi({ 'cmi.interactions._count': '4' });
    const transport = new Scorm12Transport(api);
    await transport.start();
    transport.recordInteraction(answer);
    expect(values).toMatchObject({
      'cmi.interactions.4.id': 'q_1_two',
      'cmi.interactions.4.student_response': 'f',
      'cmi.interactions.4.correct_responses.0.pattern': 't',
      'cmi.interactions.4.result': 'wrong',
      'cmi.interactions.4.latency': '00:00:01.50',
    });
  });

  test('reports a failed save only when progress, not an interaction, was refused', async () => {
    const interactionsRefused = fakeApi({ 'cmi.interactions._count': '0' }, (element) => element.startsWith('cmi.interactions'));
    const quiet = new Scorm12Transport(interactionsRefused.api);
    await quiet.start();
    quiet.recordInteraction(answer);
    quiet.setLocation('m1s2');
    expect(await quiet.commit()).toBe(true);

    const locationRefused = fakeApi({}, (element) => element === 'cmi.core.lesson_location');
    const loud = new Scorm12Transport(locationRefused.api);
    await loud.start();
    loud.setLocation('m1s2');
    expect(await loud.commit()).toBe(false);
    // The failure is reported once; the next clean commit is clean again.
    expect(await loud.commit()).toBe(true);
  });
});

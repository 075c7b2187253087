import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, test } from 'vitest';
import { shortAnswerTracking } from '../../src/questions/short-answer/tracking.js';
import type { InteractionRecord } from '../../src/runtime/transport/transport.js';

function record(typed: string, caseMatters = false): InteractionRecord {
  return {
    id: 'text-line', type: 'fill-in', description: 'What word?', response: [typed], correct: ['HELP', 'BeFree'],
    result: 'incorrect', caseMatters, weighting: 0, latencyMs: 1000, timestamp: Date.UTC(2026, 0, 1),
  };
}

/** Writes one fill-in interaction to scorm-again as the transports do; returns each call's result and error. */
function scorm2004Accepts(typed: string): string[] {
  const api = new Scorm2004API({ logLevel: 5 });
  api.Initialize('');
  const { type, response, patterns } = shortAnswerTracking.delimited(record(typed));
  const calls: [string, string][] = [['id', 'text-line'], ['type', type], ['learner_response', response], ...patterns.map((p, n): [string, string] => [`correct_responses.${n}.pattern`, p]), ['result', 'incorrect']];
  return calls.map(([element, value]) => `${element}=${api.SetValue(`cmi.interactions.0.${element}`, value)}/${api.GetLastError()}`);
}

describe('short answers reach every format whole or shortened, never refused', () => {
  test('SCORM 1.2: the first 255 characters (CMIFeedback), which scorm-again stores', () => {
    const typed = 'x'.repeat(300);
    const { response, patterns } = shortAnswerTracking.scorm12(record(typed));
    expect(response).toBe('x'.repeat(255));
    expect(patterns).toEqual(['HELP', 'BeFree']);
    const api = new Scorm12API({ logLevel: 5 });
    api.LMSInitialize('');
    api.LMSSetValue('cmi.interactions.0.id', 'text-line');
    api.LMSSetValue('cmi.interactions.0.type', 'fill-in');
    expect(api.LMSSetValue('cmi.interactions.0.student_response', response)).toBe('true');
  });

  test('SCORM 2004: fill-in up to 250 characters, long-fill-in past that, cut at 4,000; scorm-again accepts each', () => {
    expect(shortAnswerTracking.delimited(record('y'.repeat(250)))).toMatchObject({ type: 'fill-in', response: 'y'.repeat(250) });
    expect(shortAnswerTracking.delimited(record('y'.repeat(251)))).toMatchObject({ type: 'long-fill-in', response: 'y'.repeat(251) });
    expect(shortAnswerTracking.delimited(record('y'.repeat(5000))).response).toHaveLength(4000);
    for (const typed of ['help', 'y'.repeat(251), 'y'.repeat(5000)]) {
      expect(scorm2004Accepts(typed).filter((call) => !call.endsWith('=true/0'))).toEqual([]);
    }
  });

  test('SCORM 2004 and xAPI: typed delimiters stay data, a cut never splits an emoji, and case_matters is written only when it matters', () => {
    expect(shortAnswerTracking.delimited(record('{lang=fr}a[,]b')).response).toBe('lang=fr}a,b');
    expect(shortAnswerTracking.delimited(record('x'.repeat(3999) + '😀')).response).toBe('x'.repeat(3999));
    expect(shortAnswerTracking.delimited(record('help')).patterns).toEqual(['HELP', 'BeFree']);
    expect(shortAnswerTracking.delimited(record('help', true)).patterns).toEqual(['{case_matters=true}HELP', '{case_matters=true}BeFree']);
    expect(scorm2004Accepts('{lang=fr}a[,]b').filter((call) => !call.endsWith('=true/0'))).toEqual([]);
  });
});

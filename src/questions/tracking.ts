import type { Question } from '../model/course.js';
import type { InteractionRecord } from '../runtime/transport/transport.js';

/** How one interaction type is written in each format. */
export interface TypeTracking {
  /** SCORM 1.2 `student_response` and `correct_responses.n.pattern` (RTE 1.2 §3.4.2.7; CMIFeedback, ≤ 255 characters). */
  scorm12(record: InteractionRecord): { response: string; patterns: string[] };
  /**
   * SCORM 2004 `type`, `learner_response` and `correct_responses.n.pattern`
   * (RTE 4th Ed. §4.2.9), which xAPI uses unchanged for `interactionType`,
   * `result.response` and `correctResponsesPattern` (xAPI-Data §2.4.4.1).
   */
  delimited(record: InteractionRecord): { type: string; response: string; patterns: string[] };
  /** xAPI component lists (`choices`, `source`/`target`, `scale`), each `{id, description}`. */
  components(question: Question | undefined, record: InteractionRecord, text: (value: string) => Record<string, string>): Record<string, unknown>;
}

/** `{id, description}` per choice, the xAPI component form. */
export function componentList(choices: readonly { id: string; text: string }[] | undefined, text: (value: string) => Record<string, string>): { id: string; description: Record<string, string> }[] {
  return (choices ?? []).map((choice) => ({ id: choice.id, description: text(choice.text || choice.id) }));
}

/** The longest prefix of `value` of at most `limit` UTF-16 units that does not split a surrogate pair. */
export function shortened(value: string, limit: number): string {
  return value.length <= limit ? value : value.slice(0, limit).replace(/[\uD800-\uDBFF]$/, '');
}

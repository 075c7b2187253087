import { componentList, type TypeTracking } from '../tracking.js';

/**
 * Choice: single-character ids (`a`–`z`). True-false: the compiler puts
 * True first (choice a), written `t`/`f` in 1.2 and `true`/`false` in 2004.
 */
export const choiceTracking: TypeTracking = {
  scorm12(record) {
    const trueFalse = record.type === 'true-false';
    const answer = (ids: string[]) => (trueFalse ? (ids[0] === 'a' ? 't' : 'f') : ids.join(','));
    const pattern = answer(record.correct);
    // `{…}` marks an unordered set of several correct choices.
    return { response: answer(record.response), patterns: [record.correct.length > 1 ? `{${pattern}}` : pattern] };
  },
  delimited(record) {
    const answer = (ids: string[]) => (record.type === 'true-false' ? String(ids[0] === 'a') : ids.join('[,]'));
    return { type: record.type, response: answer(record.response), patterns: [answer(record.correct)] };
  },
  // A scenario decision is no course question: its record carries the choices offered.
  components: (question, record, text) => (record.type === 'true-false' ? {} : { choices: componentList(question?.choices ?? record.choices, text) }),
};

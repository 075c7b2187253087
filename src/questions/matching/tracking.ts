import { componentList, type TypeTracking } from '../tracking.js';

/** Pairs `1.a`: item ids `1`–`9`, target ids `a`–`i`, single characters as SCORM 1.2 demands (RTE 1.2 §3.4.2.7). */
export const matchingTracking: TypeTracking = {
  scorm12: (record) => ({ response: record.response.join(','), patterns: [record.correct.join(',')] }),
  // RTE 4th Ed. §4.2.9.1: `source[.]target` pairs joined by `[,]`.
  delimited(record) {
    const pairs = (tokens: string[]) => tokens.map((pair) => pair.replace('.', '[.]')).join('[,]');
    return { type: 'matching', response: pairs(record.response), patterns: [pairs(record.correct)] };
  },
  components: (question, _, text) => ({ source: componentList(question?.choices, text), target: componentList(question?.targets, text) }),
};

import { componentList, type TypeTracking } from '../tracking.js';

/** Step ids in the learner's order; order is significant (RTE 1.2 §3.4.2.7, RTE 4th Ed. §4.2.9.1). */
export const orderingTracking: TypeTracking = {
  scorm12: (record) => ({ response: record.response.join(','), patterns: [record.correct.join(',')] }),
  delimited: (record) => ({ type: 'sequencing', response: record.response.join('[,]'), patterns: [record.correct.join('[,]')] }),
  components: (question, _, text) => ({ choices: componentList(question?.choices, text) }),
};

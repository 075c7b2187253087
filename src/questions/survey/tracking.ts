import { componentList, type TypeTracking } from '../tracking.js';

/** One scale point id (RTE 1.2 §3.4.2.7, RTE 4th Ed. §4.2.9.1); a survey has no correct response to write. */
export const surveyTracking: TypeTracking = {
  scorm12: (record) => ({ response: record.response[0] ?? '', patterns: [] }),
  delimited: (record) => ({ type: 'likert', response: record.response[0] ?? '', patterns: [] }),
  components: (question, _, text) => ({ scale: componentList(question?.choices, text) }),
};

import { shortened, type TypeTracking } from '../tracking.js';

/** CMIFeedback (RTE 1.2 §3.4.2.7) holds 255 characters. */
const SCORM12_TEXT = 255;
/** A fill-in string holds 250 characters; longer answers are long-fill-in, which holds 4,000 (RTE 4th Ed. §4.2.9.1). */
const FILL_IN_TEXT = 250;
const LONG_FILL_IN_TEXT = 4000;

/**
 * Typed text is data, never a delimiter: a literal `[,]` would split the
 * response in two and a leading `{` would open a `{lang=…}` prefix (RTE 4th
 * Ed. §4.2.9.1), so `[,]` is written `,` and leading `{` are dropped.
 */
function asData(text: string): string {
  return text.replace(/\[,\]/g, ',').replace(/^\{+/, '');
}

/**
 * Over-long answers are cut to the format's limit (docs/formats.md): the
 * LMS keeps the start of what the learner typed instead of refusing it.
 */
export const shortAnswerTracking: TypeTracking = {
  scorm12: (record) => ({
    response: shortened(record.response[0] ?? '', SCORM12_TEXT),
    patterns: record.correct.map((answer) => shortened(answer, SCORM12_TEXT)),
  }),
  delimited(record) {
    const typed = asData(record.response[0] ?? '');
    const long = typed.length > FILL_IN_TEXT;
    // case_matters defaults to false (RTE 4th Ed. §4.2.9.1), so only `true` is written.
    const prefix = record.caseMatters ? '{case_matters=true}' : '';
    return {
      type: long ? 'long-fill-in' : 'fill-in',
      response: shortened(typed, long ? LONG_FILL_IN_TEXT : FILL_IN_TEXT),
      patterns: record.correct.map((answer) => prefix + asData(answer)),
    };
  },
  components: () => ({}),
};

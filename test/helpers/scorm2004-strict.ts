/**
 * The SCORM 2004 4th Edition data types as RTE 4.1.1 and 4.2 state them, as a
 * second judge beside scorm-again: a value either runtime refuses is one some
 * LMS refuses in the field (scorm-again's own checks changed over releases,
 * e.g. the bracketed delimiters of correct_responses patterns).
 */

/** RTE 4.1.1.7 timeinterval (second,10,2). */
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
/** RTE 4.1.1.6 time (second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]]. */
const TIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}(:\d{2})?)?)?)?)?)?)?$/;
/** real(10,7). */
const REAL = /^-?\d{1,10}(\.\d{1,7})?$/;
/** short_identifier_type (SPM 250) and long_identifier_type (SPM 4000): no whitespace, a URN when prefixed urn:. */
const identifier = (max: number) => (value: string) =>
  value.length >= 1 && value.length <= max && !/\s/.test(value) && (!/^urn:/i.test(value) || /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,31}:\S+$/.test(value));

const realIn = (min: number, max: number) => (value: string) => REAL.test(value) && Number(value) >= min && Number(value) <= max;
const oneOf = (...values: string[]) => (value: string) => values.includes(value);

const ELEMENTS: Record<string, (value: string) => boolean> = {
  'cmi.location': (value) => value.length <= 1000,
  'cmi.suspend_data': (value) => value.length <= 64000,
  'cmi.completion_status': oneOf('completed', 'incomplete', 'not attempted', 'unknown'),
  'cmi.success_status': oneOf('passed', 'failed', 'unknown'),
  'cmi.exit': oneOf('time-out', 'suspend', 'logout', 'normal', ''),
  'cmi.session_time': (value) => DURATION.test(value),
  'cmi.score.scaled': realIn(-1, 1),
  'cmi.score.raw': (value) => REAL.test(value),
  'cmi.score.min': (value) => REAL.test(value),
  'cmi.score.max': (value) => REAL.test(value),
  'cmi.progress_measure': realIn(0, 1),
  'adl.nav.request': oneOf('continue', 'previous', 'exit', 'exitAll', 'abandon', 'abandonAll', 'suspendAll', '_none_'),
};

/** RTE 4.2.9.1: choice is a set of unique short identifiers joined by [,]; true-false is true or false. */
function response(type: string | undefined, value: string): boolean {
  if (type === 'true-false') return value === 'true' || value === 'false';
  if (type !== 'choice') return false;
  if (value === '') return true;
  const ids = value.split('[,]');
  return ids.every(identifier(250)) && new Set(ids).size === ids.length;
}

/** Why a SetValue is refused, or null when RTE 4th Ed. allows it. `types` holds each interaction's type, as written so far. */
export function strictViolation2004(element: string, value: string, types: Map<string, string>): string | null {
  const plain = ELEMENTS[element];
  if (plain) return plain(value) ? null : `${element} may not be ${JSON.stringify(value)}`;
  const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
  if (!match) return `${element} is not an element cease should write`;
  const [, index, field] = match as unknown as [string, string, string];
  const type = types.get(index);
  if (field !== 'id' && field !== 'type' && type === undefined) return `${element} written before the interaction's type (408)`;
  const ok = (() => {
    switch (field) {
      case 'id':
        return identifier(4000)(value);
      case 'type':
        if (!oneOf('true-false', 'choice', 'fill-in', 'long-fill-in', 'likert', 'matching', 'performance', 'sequencing', 'numeric', 'other')(value)) return false;
        types.set(index, value);
        return true;
      case 'description':
        // localized_string_type (SPM 250); a leading {lang=…} would be a delimiter.
        return value.length <= 250 && !/[\r\n]/.test(value) && !value.startsWith('{');
      case 'learner_response':
        return response(type, value);
      case 'result':
        return oneOf('correct', 'incorrect', 'unanticipated', 'neutral')(value) || REAL.test(value);
      case 'weighting':
        return REAL.test(value);
      case 'latency':
        return DURATION.test(value);
      case 'timestamp':
        return TIME.test(value);
      default:
        return /^correct_responses\.\d+\.pattern$/.test(field) && response(type, value);
    }
  })();
  return ok ? null : `${element} may not be ${JSON.stringify(value)}${type ? ` (type ${type})` : ''}`;
}

/** Every SetValue of a session judged by the strict types, as `element=value: why`. */
export function strictViolations2004(calls: readonly { name: string; args: string[] }[]): string[] {
  const types = new Map<string, string>();
  return calls
    .filter((call) => call.name === 'SetValue')
    .flatMap((call) => strictViolation2004(call.args[0] as string, call.args[1] as string, types) ?? []);
}

/**
 * The SCORM 1.2 data types as the spec states them (RTE 1.2 Appendix A and
 * 3.4.2), stricter than scorm-again, which deliberately accepts more (e.g.
 * 64000 characters of suspend data). The test LMS rejects anything these
 * refuse, as a strict LMS would.
 */
const TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const CHOICE_RESPONSE = /^[0-9a-z](,[0-9a-z])*$/;
const CHOICE_PATTERN = /^(\{[0-9a-z](,[0-9a-z])*\}|[0-9a-z](,[0-9a-z])*)$/;
const TRUE_FALSE = /^[01tf]$/;

const decimalIn = (min: number, max: number) => (value: string) =>
  value === '' || (/^-?\d{1,10}(\.\d+)?$/.test(value) && Number(value) >= min && Number(value) <= max);

const CORE: Record<string, (value: string) => boolean> = {
  'cmi.core.lesson_location': (value) => value.length <= 255,
  'cmi.core.lesson_status': (value) => ['passed', 'completed', 'failed', 'incomplete', 'browsed'].includes(value),
  'cmi.core.exit': (value) => ['time-out', 'suspend', 'logout', ''].includes(value),
  'cmi.core.session_time': (value) => TIMESPAN.test(value),
  'cmi.core.score.raw': decimalIn(0, 100),
  'cmi.core.score.min': decimalIn(0, 100),
  'cmi.core.score.max': decimalIn(0, 100),
  'cmi.suspend_data': (value) => value.length <= 4096,
  'cmi.comments': (value) => value.length <= 4096,
};

/** Why a write is refused, or null when RTE 1.2 allows it. `types` holds each interaction's type, as written so far. */
export function strictViolation(element: string, value: string, types: Map<string, string>, count: number): string | null {
  const core = CORE[element];
  if (core) return core(value) ? null : `${element} may not be ${JSON.stringify(value)}`;
  const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
  if (!match) return `${element} is not a writable SCORM 1.2 element`;
  const [, index, field] = match as unknown as [string, string, string];
  if (Number(index) > count) return `${element} leaves a gap: only ${count} interactions exist`;
  const type = types.get(index);
  const ok = (() => {
    switch (field) {
      case 'id':
        return /^[A-Za-z0-9_-]{1,255}$/.test(value);
      case 'type':
        return ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'].includes(value);
      case 'student_response':
        return type === 'true-false' ? TRUE_FALSE.test(value) : type === 'choice' ? CHOICE_RESPONSE.test(value) : false;
      case 'correct_responses.0.pattern':
        return type === 'true-false' ? TRUE_FALSE.test(value) : type === 'choice' ? CHOICE_PATTERN.test(value) : false;
      case 'result':
        return ['correct', 'wrong', 'unanticipated', 'neutral'].includes(value) || decimalIn(-1e10, 1e10)(value);
      case 'weighting':
        return decimalIn(-100, 100)(value);
      case 'latency':
        return TIMESPAN.test(value);
      case 'time':
        return TIME.test(value);
      default:
        return false;
    }
  })();
  return ok ? null : `${element} may not be ${JSON.stringify(value)}${type ? ` (type ${type})` : ''}`;
}

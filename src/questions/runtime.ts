import type { Question } from '../model/course.js';
import type { QuestionBehaviour } from './answer-form.js';
import { choiceBehaviour } from './choice/runtime.js';
import { matchingBehaviour } from './matching/runtime.js';
import { orderingBehaviour } from './ordering/runtime.js';
import { shortAnswerBehaviour } from './short-answer/runtime.js';
import { surveyBehaviour } from './survey/runtime.js';
import type { InteractionRecord } from '../runtime/transport/transport.js';
import { choiceTracking } from './choice/tracking.js';
import { matchingTracking } from './matching/tracking.js';
import { orderingTracking } from './ordering/tracking.js';
import { shortAnswerTracking } from './short-answer/tracking.js';
import { surveyTracking } from './survey/tracking.js';
import type { TypeTracking } from './tracking.js';

/** The player side of every question type, by kind. */
const behaviours: Record<Question['kind'], QuestionBehaviour> = {
  'true-false': choiceBehaviour,
  single: choiceBehaviour,
  multiple: choiceBehaviour,
  matching: matchingBehaviour,
  sequencing: orderingBehaviour,
  'fill-in': shortAnswerBehaviour,
  likert: surveyBehaviour,
};

export function behaviourOf(question: Question): QuestionBehaviour {
  return behaviours[question.kind];
}

const trackings: Record<InteractionRecord['type'], TypeTracking> = {
  'true-false': choiceTracking,
  choice: choiceTracking,
  matching: matchingTracking,
  sequencing: orderingTracking,
  'fill-in': shortAnswerTracking,
  likert: surveyTracking,
};

export function trackingOf(record: InteractionRecord): TypeTracking {
  return trackings[record.type];
}

import type { Rule } from '../rule.js';
import { assessment } from './assessment.js';
import { emptyContent } from './empty-content.js';
import { imageAlt } from './image-alt.js';
import { imageAsset } from './image-asset.js';
import { questionChoices } from './question-choices.js';
import { questionDuplicateId } from './question-duplicate-id.js';
import { questionFeedback } from './question-feedback.js';
import { questionId } from './question-id.js';
import { questionStructure } from './question-structure.js';
import { unsupportedMarkup } from './unsupported-markup.js';

/** Every content rule, in the order their findings are listed. */
export const rules: readonly Rule[] = [
  questionId,
  questionDuplicateId,
  questionChoices,
  questionStructure,
  questionFeedback,
  assessment,
  imageAlt,
  imageAsset,
  emptyContent,
  unsupportedMarkup,
];

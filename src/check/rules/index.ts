import type { Rule } from '../rule.js';
import { assessment } from './assessment.js';
import { assetScript } from './asset-script.js';
import { assetSize } from './asset-size.js';
import { blockStructure } from './block-structure.js';
import { drawAlways } from './draw-always.js';
import { drawTagOverlap } from './draw-tag-overlap.js';
import { drawTagPool } from './draw-tag-pool.js';
import { directiveUnknown } from './directive-unknown.js';
import { durationEstimate } from './duration-estimate.js';
import { emptyContent } from './empty-content.js';
import { moduleAfterAssessment } from './module-after-assessment.js';
import { headingOrder } from './heading-order.js';
import { imageAlt } from './image-alt.js';
import { imageAltLength } from './image-alt-length.js';
import { imageAsset } from './image-asset.js';
import { linkHttps } from './link-https.js';
import { mediaCaptions } from './media-captions.js';
import { mediaSize } from './media-size.js';
import { mediaTranscript } from './media-transcript.js';
import { mediaVtt } from './media-vtt.js';
import { linkTarget } from './link-target.js';
import { linkText } from './link-text.js';
import { questionDuplicateId } from './question-duplicate-id.js';
import { questionFeedback } from './question-feedback.js';
import { questionId } from './question-id.js';
import { questionStructure } from './question-structure.js';
import { questionTagsRule } from './question-tags.js';
import { scenarioCycle } from './scenario-cycle.js';
import { scenarioDeadEnd } from './scenario-dead-end.js';
import { scenarioFeedback } from './scenario-feedback.js';
import { scenarioNoEnd } from './scenario-no-end.js';
import { scenarioRating } from './scenario-rating.js';
import { scenarioStructure } from './scenario-structure.js';
import { scenarioTarget } from './scenario-target.js';
import { scenarioUnreachable } from './scenario-unreachable.js';
import { tableHeader } from './table-header.js';
import { themeContrast } from './theme-contrast.js';
import { themeLogo } from './theme-logo.js';
import { unsupportedMarkup } from './unsupported-markup.js';
import { unusedAsset } from './unused-asset.js';
import { questionTypeRules } from '../../questions/index.js';

/** Every content rule, in the order their findings are listed. */
export const rules: readonly Rule[] = [
  questionId,
  questionDuplicateId,
  questionStructure,
  questionFeedback,
  questionTagsRule,
  ...questionTypeRules,
  assessment,
  drawTagPool,
  drawTagOverlap,
  drawAlways,
  moduleAfterAssessment,
  scenarioStructure,
  scenarioTarget,
  scenarioUnreachable,
  scenarioDeadEnd,
  scenarioCycle,
  scenarioNoEnd,
  scenarioFeedback,
  scenarioRating,
  imageAlt,
  imageAsset,
  assetSize,
  assetScript,
  emptyContent,
  directiveUnknown,
  unsupportedMarkup,
  blockStructure,
  mediaCaptions,
  mediaVtt,
  mediaTranscript,
  mediaSize,
  headingOrder,
  linkText,
  linkHttps,
  linkTarget,
  tableHeader,
  imageAltLength,
  unusedAsset,
  durationEstimate,
  themeLogo,
  themeContrast,
];

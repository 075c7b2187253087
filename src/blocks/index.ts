import { attributedQuote } from './attributed-quote.js';
import { captionedFigure } from './captioned-figure.js';
import type { ContentBlock } from './content-block.js';
import { expandable } from './expandable.js';
import { imageBesideText } from './image-beside-text.js';
import { keyTakeaways } from './key-takeaways.js';
import { audioClip, videoClip } from './media-clip.js';
import { processSteps } from './process-steps.js';
import { revealCard } from './reveal-card.js';

/** Every `:::name` content block besides callouts and questions, by directive name. */
export const contentBlocks: ReadonlyMap<string, ContentBlock> = new Map(
  [expandable, processSteps, attributedQuote, keyTakeaways, captionedFigure, imageBesideText, revealCard, videoClip, audioClip].map((block) => [block.name, block]),
);

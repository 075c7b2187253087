import type { Rule } from '../rule.js';
import { imageLocation } from './image-location.js';

/**
 * Alt text is read in one go, with no way to skim or go back a sentence, so
 * it should name what the image shows; a longer description belongs in the
 * text next to the image (WCAG technique G74). 150 characters is the usual
 * ceiling in accessibility guidance, not a WCAG limit.
 */
const MAX_ALT = 150;

export const imageAltLength: Rule = {
  id: 'image-alt-length',
  description: `Alt text is at most ${MAX_ALT} characters; a longer description belongs in the lesson text.`,
  severity: 'warning',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      for (const image of lesson.images) {
        const length = [...(image.alt ?? '').trim()].length;
        if (length > MAX_ALT) {
          report(imageLocation(lesson, image), `Alt text is ${length} characters long; screen readers read it in one go.`,
            `Keep the alt text to a short description (at most ${MAX_ALT} characters) and move the long description into the text next to the image.`);
        }
      }
    }
  },
};

import type { Rule } from '../rule.js';
import { imageLocation } from './image-location.js';

export const imageAlt: Rule = {
  id: 'image-alt',
  description: 'Every image has alt text that describes it (WCAG 2.1 SC 1.1.1); an image that is a file name is not described.',
  severity: 'error',
  check(draft, report) {
    for (const lesson of draft.lessons) {
      for (const image of lesson.images) {
        const alt = (image.alt ?? '').trim();
        if (alt === '') {
          report(imageLocation(lesson, image), `Image "${image.url}" has no alt text.`,
            'Describe the image for people who cannot see it: ![A hotline poster in a bus shelter](assets/poster.jpg).');
        } else if (/^[\w.-]+\.(png|jpe?g|gif|svg|webp|avif)$/i.test(alt)) {
          report(imageLocation(lesson, image), `Alt text "${alt}" is a file name, not a description.`,
            'Describe what the image shows.');
        }
      }
    }
  },
};

import { scenariosOf } from '../../scenario/scenario-graph.js';
import type { Rule } from '../rule.js';

export const scenarioRating: Rule = {
  id: 'scenario-rating',
  description: 'Every scenario choice\'s feedback opens with its rating in bold, `**Best.**`, `**Acceptable.**` or `**Harmful.**` (Spanish `**Mejor.**`, `**Aceptable.**`, `**Perjudicial.**`), and each decision has exactly one best choice.',
  severity: 'error',
  check(draft, report) {
    for (const { lesson, scenario } of scenariosOf(draft)) {
      for (const decision of scenario.decisions) {
        for (const choice of decision.choices) {
          if (choice.rating !== null || !choice.hasFeedback) continue;
          report({ file: lesson.file, position: choice.position },
            choice.ratingWord ? `Choice "${choice.text}" is rated "${choice.ratingWord}", which is not a rating.` : `Choice "${choice.text}" has no rating.`,
            'Open its feedback with **Best.**, **Acceptable.** or **Harmful.**');
        }
        const best = decision.choices.filter((choice) => choice.rating === 'best').length;
        if (decision.choices.length < 2 || best === 1 || decision.choices.some((choice) => choice.rating === null)) continue;
        report({ file: lesson.file, position: decision.position }, `Decision "${decision.title}" has ${best === 0 ? 'no' : best} choices rated best; it needs exactly one, which the LMS records as the correct response.`,
          'Rate one choice **Best.** and the others **Acceptable.** or **Harmful.**');
      }
    }
  },
};

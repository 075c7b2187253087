import { scenariosOf } from '../../scenario/scenario-graph.js';
import type { Rule } from '../rule.js';

export const scenarioFeedback: Rule = {
  id: 'scenario-feedback',
  description: 'Every scenario choice has feedback (a `>` blockquote under it): the consequence the learner sees after choosing.',
  severity: 'error',
  check(draft, report) {
    for (const { lesson, scenario } of scenariosOf(draft)) {
      for (const choice of scenario.decisions.flatMap((decision) => decision.choices)) {
        if (choice.hasFeedback && (choice.feedback.length > 0 || choice.rating === null)) continue;
        report({ file: lesson.file, position: choice.position }, `Choice "${choice.text}" has no feedback, so the learner would see no consequence of choosing it.`,
          'Indent a "> **Best.** What happens next, and why" blockquote under the choice.');
      }
    }
  },
};

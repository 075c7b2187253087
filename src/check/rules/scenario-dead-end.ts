import { scenariosOf } from '../../scenario/scenario-graph.js';
import type { Rule } from '../rule.js';

export const scenarioDeadEnd: Rule = {
  id: 'scenario-dead-end',
  description: 'Every decision of a scenario ends with a list of choices, so a learner who reaches it has a way on.',
  severity: 'error',
  check(draft, report) {
    for (const { lesson, scenario } of scenariosOf(draft)) {
      for (const decision of scenario.decisions) {
        if (decision.choices.length > 0) continue;
        report({ file: lesson.file, position: decision.position }, `Decision "${decision.title}" has no choices, so a learner who reaches it is stuck.`,
          'End the decision with a list of choices, each "Choice → Next decision" (or "→ End"). To end the scenario, lead the previous choice to "End" instead.');
      }
    }
  },
};

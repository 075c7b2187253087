import { reachableDecisions, scenariosOf } from '../../scenario/scenario-graph.js';
import type { Rule } from '../rule.js';

export const scenarioUnreachable: Rule = {
  id: 'scenario-unreachable',
  description: 'Every decision of a scenario after the first is the target of some choice that learners can reach.',
  severity: 'error',
  check(draft, report) {
    for (const { lesson, scenario } of scenariosOf(draft)) {
      const reachable = reachableDecisions(scenario);
      scenario.decisions.forEach((decision, index) => {
        if (reachable.has(index)) return;
        report({ file: lesson.file, position: decision.position }, `No learner can reach decision "${decision.title}": no choice they can make leads to it.`,
          `Point a choice at it ("→ ${decision.title}"), or remove it.`);
      });
    }
  },
};

import { closestName } from '../../diagnostics/did-you-mean.js';
import { choiceTarget, scenariosOf } from '../../scenario/scenario-graph.js';
import type { Rule } from '../rule.js';

export const scenarioTarget: Rule = {
  id: 'scenario-target',
  description: 'Every scenario choice ends with `→` (or `->`) and the heading of the decision it leads to, or `→ End`.',
  severity: 'error',
  check(draft, report) {
    for (const { lesson, scenario } of scenariosOf(draft)) {
      const titles = scenario.decisions.map((decision) => decision.title);
      for (const decision of scenario.decisions) {
        for (const choice of decision.choices) {
          if (choiceTarget(scenario, choice) !== null) continue;
          const at = { file: lesson.file, position: choice.position };
          if (choice.target === null) {
            report(at, `Choice "${choice.text}" does not say where it leads.`, 'End the choice with "→ " and the heading of the next decision, or "→ End".');
            continue;
          }
          const closest = closestName(choice.target, titles);
          report(at, `Choice "${choice.text}" leads to "${choice.target}", which is no decision of this scenario.${closest ? ` Did you mean "${closest}"?` : ''}`,
            `Use the heading of a decision (${titles.map((title) => `"${title}"`).join(', ')}) or "End".`);
        }
      }
    }
  },
};

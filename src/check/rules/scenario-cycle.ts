import { hasEnd, scenarioName, scenariosOf, trappingCycles } from '../../scenario/scenario-graph.js';
import type { Rule } from '../rule.js';

export const scenarioCycle: Rule = {
  id: 'scenario-cycle',
  description: 'Decisions that lead back to each other have a way out: some choice among them leads on to the end.',
  severity: 'error',
  check(draft, report) {
    for (const { lesson, scenario } of scenariosOf(draft)) {
      // Without any "→ End", scenario-no-end says what is wrong.
      if (!hasEnd(scenario)) continue;
      for (const group of trappingCycles(scenario)) {
        const titles = group.map((index) => `"${scenario.decisions[index]?.title}"`).join(', ');
        const first = scenario.decisions[group[0] as number];
        report({ file: lesson.file, position: first?.position ?? scenario.position }, `${scenarioName(scenario)} goes round in a loop with no way out: ${titles} lead only to each other.`,
          'Give one of these decisions a choice that leads on to a later decision or to "End".');
      }
    }
  },
};

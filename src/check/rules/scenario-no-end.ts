import { hasEnd, scenarioName, scenariosOf } from '../../scenario/scenario-graph.js';
import type { Rule } from '../rule.js';

export const scenarioNoEnd: Rule = {
  id: 'scenario-no-end',
  description: 'A scenario has an end: at least one choice leads to `→ End`.',
  severity: 'error',
  check(draft, report) {
    for (const { lesson, scenario } of scenariosOf(draft)) {
      if (scenario.decisions.length === 0) continue;
      if (hasEnd(scenario)) continue;
      report({ file: lesson.file, position: scenario.position }, `${scenarioName(scenario)} never ends: no choice leads to "End".`,
        'End the last decision\'s choices with "→ End" (in Spanish "→ Fin").');
    }
  },
};

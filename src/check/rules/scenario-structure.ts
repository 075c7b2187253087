import { scenarioName, scenariosOf } from '../../scenario/scenario-graph.js';
import type { Rule } from '../rule.js';

const ID = /^[A-Za-z0-9_-]{1,250}$/;
/** Choice ids are letters a–z (SCORM 1.2 single-character responses). */
const MAX_CHOICES = 26;

export const scenarioStructure: Rule = {
  id: 'scenario-structure',
  description: 'A `:::scenario{#id}` has a unique id, at least one `###` decision, and 2–26 choices in each decision that has any.',
  severity: 'error',
  check(draft, report) {
    const questionIds = new Set(draft.lessons.flatMap((lesson) => lesson.questions.map((question) => question.id)));
    const seen = new Set<string>();
    for (const { lesson, scenario } of scenariosOf(draft)) {
      const at = { file: lesson.file, position: scenario.position };
      if (scenario.id === null || !ID.test(scenario.id)) {
        report(at, `${scenarioName(scenario)} needs an id of letters, digits, "-" and "_": its decisions are reported to the LMS as <id>-1, <id>-2, …`, 'Write it as :::scenario{#plow-driver}.');
      } else if (seen.has(scenario.id) || questionIds.has(scenario.id) || scenario.decisions.some((_, n) => questionIds.has(`${scenario.id}-${n + 1}`))) {
        report(at, `${scenarioName(scenario)}: the id, or a decision id made from it (${scenario.id}-1, …), is already used by another scenario or a question, so the LMS could not tell their answers apart.`, 'Give the scenario another id.');
      }
      if (scenario.id) seen.add(scenario.id);
      if (scenario.decisions.length === 0) {
        report(at, `${scenarioName(scenario)} has no decisions.`, 'Start each decision with a "### heading", then the situation, then a list of choices.');
      }
      for (const decision of scenario.decisions) {
        const count = decision.choices.length;
        if (count === 0 || (count >= 2 && count <= MAX_CHOICES)) continue;
        report({ file: lesson.file, position: decision.position }, `Decision "${decision.title}" has ${count} choice${count === 1 ? '' : 's'}; a decision needs 2 to ${MAX_CHOICES}.`,
          count === 1 ? 'Add another choice, or lead the previous decision straight to the next one.' : 'Split the decision in two.');
      }
    }
  },
};

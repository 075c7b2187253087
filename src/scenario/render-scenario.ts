import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Scenario, ScenarioDraft } from '../model/scenario.js';
import { choiceTarget } from './scenario-graph.js';

/** A checked scenario draft as the player receives it; rules guarantee every target resolves. */
export function renderScenario(draft: ScenarioDraft, toHtml: (nodes: readonly RootContent[]) => string): Scenario {
  const id = draft.id as string;
  return {
    id,
    graded: draft.graded,
    introHtml: toHtml(draft.intro),
    decisions: draft.decisions.map((decision, index) => ({
      id: `${id}-${index + 1}`,
      title: decision.title,
      promptHtml: toHtml(decision.prompt),
      promptText: [decision.title, decision.prompt.map((node) => toString(node)).join(' ')].filter((part) => part.trim() !== '').join(': ').replace(/\s+/g, ' ').trim(),
      choices: decision.choices.map((choice, number) => ({
        id: String.fromCharCode(97 + number),
        html: toHtml([{ type: 'paragraph', children: choice.content as never }]).replace(/^<p>|<\/p>$/g, ''),
        text: choice.text,
        rating: choice.rating ?? 'harmful',
        feedbackHtml: toHtml(choice.feedback),
        next: choiceTarget(draft, choice) ?? -1,
      })),
    })),
  };
}

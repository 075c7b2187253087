import type { Rule } from '../check/rule.js';
import { choice } from './choice/block.js';
import { matching } from './matching/block.js';
import { ordering } from './ordering/block.js';
import type { QuestionBlock } from './question-block.js';
import { shortAnswer } from './short-answer/block.js';
import { survey } from './survey/block.js';

/** Every question type, by the directive it is written with. */
export const questionBlocks: ReadonlyMap<string, QuestionBlock> = new Map(
  [choice, matching, ordering, shortAnswer, survey].map((block) => [block.directive, block]),
);

/** True for `:::question`, `:::matching` and the other question directives. */
export function isQuestionDirective(node: { type: string; name?: string }): boolean {
  return node.type === 'containerDirective' && questionBlocks.has(node.name ?? '');
}

/** The rules each question type brings, in registry order. */
export const questionTypeRules: readonly Rule[] = [...questionBlocks.values()].flatMap((block) => block.rules);

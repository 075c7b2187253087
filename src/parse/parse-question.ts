import type { List, ListItem, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { ChoiceDraft, ItemDraft, QuestionDraft } from '../model/draft.js';
import { questionBlocks } from '../questions/index.js';

/** The attributes a question may carry: its id and what an assessment blueprint draws by. */
const DRAW_ATTRIBUTES = new Set(['id', 'tags', 'always']);

/**
 * Reads a `:::question{#id}` block: the prompt is what precedes the task
 * list, the task-list items are the choices (`[x]` = correct), and a
 * blockquote after the list is the feedback. The other question types
 * (`:::matching`, `:::ordering`, …) read the same way with a plain list,
 * whose items their own module interprets.
 */
export function parseQuestion(node: ContainerDirective, screen: number, graded: boolean): QuestionDraft {
  const block = questionBlocks.get(node.name);
  const options = new Set(block?.options ?? []);
  const attributes = node.attributes ?? {};
  const question: QuestionDraft = {
    block: node.name,
    id: attributes.id ?? null,
    otherAttributes: Object.keys(attributes).filter((key) => !DRAW_ATTRIBUTES.has(key) && !options.has(key)),
    tags: node.attributes?.tags ?? null,
    always: node.attributes?.always ?? null,
    position: { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 },
    screen,
    graded,
    prompt: [],
    choices: [],
    items: [],
    options: Object.fromEntries(Object.entries(attributes).filter(([key]) => options.has(key)).map(([key, value]) => [key, value ?? ''])),
    feedback: [],
    stray: [],
  };
  const plain = block?.list === 'plain';
  let seenChoices = false;
  for (const child of node.children as RootContent[]) {
    if (!seenChoices && plain && child.type === 'list') {
      question.items = child.children.map(toItem);
      seenChoices = true;
    } else if (!seenChoices && !plain && isTaskList(child)) {
      question.choices = child.children.map(toChoice);
      seenChoices = true;
    } else if (!seenChoices) {
      question.prompt.push(child);
    } else if (child.type === 'blockquote' && question.feedback.length === 0) {
      question.feedback = child.children;
    } else {
      question.stray.push(child);
    }
  }
  if (!seenChoices && !plain) takeFeedbackAfterPlainList(question);
  // A list-type block without its list still has its feedback: the rule about the missing list is enough.
  if (!seenChoices && plain && question.prompt.length > 1 && question.prompt.at(-1)?.type === 'blockquote') {
    const quote = question.prompt.pop();
    if (quote?.type === 'blockquote') question.feedback = quote.children;
  }
  return question;
}

/**
 * Choices written as a plain list (no `[ ]` boxes) are not choices, which
 * question-choices reports; the blockquote after them is still the feedback.
 */
function takeFeedbackAfterPlainList(question: QuestionDraft): void {
  const list = question.prompt.findIndex((node) => node.type === 'list');
  const quote = question.prompt.findIndex((node, index) => index > list && node.type === 'blockquote');
  if (list < 0 || quote < 0) return;
  const [feedback] = question.prompt.splice(quote, 1);
  if (feedback?.type === 'blockquote') question.feedback = feedback.children;
}

function isTaskList(node: RootContent): node is List {
  return node.type === 'list' && node.children.some((item) => typeof item.checked === 'boolean');
}

function toChoice(item: ListItem): ChoiceDraft {
  return { ...toItem(item), correct: item.checked === true };
}

function toItem(item: ListItem): ItemDraft {
  // An item is usually one paragraph; its inline content becomes the label.
  const content = item.children.length === 1 && item.children[0]?.type === 'paragraph'
    ? item.children[0].children
    : item.children;
  return {
    content,
    text: toString(item).trim(),
    position: { line: item.position?.start.line ?? 1, column: item.position?.start.column ?? 1 },
  };
}

import type { Element, ElementContent } from 'hast';
import type { Node, Paragraph, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { UiStrings } from '../model/ui-strings.js';

/** What a block's renderer may ask of mdast-util-to-hast: the HTML of Markdown children. */
export interface BlockState {
  all(node: { children: RootContent[] } | ContainerDirective): ElementContent[];
}

/** The player labels blocks show, in the course language (see UiStrings). */
export type BlockLabels = Pick<UiStrings, 'keyTakeaways' | 'transcript'>;

/** A mistake in how a block is written, at the node concerned. */
export interface BlockProblem {
  node: Node;
  message: string;
  hint: string;
}

/**
 * One kind of `:::name` content block: its syntax (checked by `check`), the
 * HTML it becomes (`render`) and the few tags and classes that HTML needs
 * past the sanitiser (`allows`). Adding a block means adding a module here
 * and a line to `blocks/index.ts`.
 */
export interface ContentBlock {
  name: string;
  /** One line for docs/course-format.md and the unknown-block hint. */
  summary: string;
  check(node: ContainerDirective): BlockProblem[];
  render(node: ContainerDirective, state: BlockState, labels: BlockLabels): Element;
  /** Tag names beyond GitHub's sanitise schema, the classes each tag may carry, and other attributes it may. */
  allows: { tagNames?: string[]; classes: Record<string, string[]>; attributes?: Record<string, string[]> };
}

export function element(tagName: string, className: string | null, children: ElementContent[], properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties: { ...(className ? { className: [className] } : {}), ...properties }, children };
}

export function text(value: string): ElementContent {
  return { type: 'text', value };
}

/** The `[label]` of `:::name[label]`, which remark-directive keeps as a first paragraph. */
export function directiveLabel(node: ContainerDirective): Paragraph | undefined {
  const first = node.children[0];
  return first?.type === 'paragraph' && first.data?.directiveLabel ? first : undefined;
}

/** The block's content without its label. */
export function body(node: ContainerDirective): RootContent[] {
  return directiveLabel(node) ? node.children.slice(1) : node.children;
}

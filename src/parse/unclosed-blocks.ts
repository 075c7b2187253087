import type { Node, Parent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';

/**
 * A lesson that opens with `---` but never closes it is not front matter to
 * the parser: its keys would ship as a paragraph under a horizontal rule.
 */
export function reportUnclosedFrontMatter(file: SourceFile, diagnostics: Diagnostic[]): void {
  if (!/^---[ \t]*\n/.test(file.text)) return;
  diagnostics.push({
    file: file.displayPath,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: 'front-matter-unclosed',
    message: 'The front matter opened by "---" on this line is never closed, so its keys would show as lesson text.',
    hint: 'Add a line with only "---" after the last front matter key.',
  });
}

/**
 * An unclosed `:::` block runs to the end of the lesson (or of the block
 * around it), swallowing everything after it. The parser gives no sign, so
 * the block's last source line is checked for its closing fence. A later
 * block then opens inside it, and the `:::` meant for the unclosed one closes
 * the outer block instead: the block found unclosed is the inner one, while
 * the mistake is the outermost block around it.
 */
export function reportUnclosedContainers(tree: Root, file: SourceFile, diagnostics: Diagnostic[]): void {
  const reported = new Set<ContainerDirective>();
  const walk = (node: Node, outermost: ContainerDirective | null) => {
    const container = node.type === 'containerDirective' ? (node as ContainerDirective) : null;
    if (container && !closed(container, file.text)) report(outermost ?? container);
    for (const child of (node as Parent).children ?? []) walk(child, outermost ?? container);
  };
  const report = (node: ContainerDirective) => {
    if (reported.has(node)) return;
    reported.add(node);
    const at = node.position?.start ?? { line: 1, column: 1 };
    diagnostics.push({
      file: file.displayPath,
      line: at.line,
      column: at.column,
      severity: 'error',
      ruleId: 'directive-unclosed',
      message: `The block ":::${node.name}" opened here is never closed, so it takes in everything after it.`,
      hint: 'Add a line with only ":::" where the block ends. A block inside another needs more colons on the outer one (::::note … ::::).',
    });
  };
  walk(tree, null);
}

function closed(node: ContainerDirective, text: string): boolean {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return true;
  const lastLine = text.slice(Math.max(start.offset, text.lastIndexOf('\n', end.offset - 1) + 1), end.offset);
  return /^[\s>]*:{3,}\s*$/.test(lastLine);
}

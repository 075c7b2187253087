import type { Root } from 'mdast';

/**
 * Lesson trees by source text, kept for the variants of one build (one per
 * `--vars` file). A city's values are filled into the tree, and the render
 * stage changes it too, so each variant gets a copy of its own: a copy costs
 * about an eighth of a parse, and each lesson is parsed once per build
 * instead of once per city.
 */
export class LessonTrees {
  private readonly parsed = new Map<string, Root>();

  /** A tree of its own for `text`, made by `parse` the first time the text is seen. */
  treeOf(text: string, parse: (text: string) => Root): Root {
    let tree = this.parsed.get(text);
    if (!tree) {
      tree = parse(text);
      this.parsed.set(text, tree);
    }
    return structuredClone(tree);
  }
}

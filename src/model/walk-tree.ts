import type { Nodes, Root } from 'mdast';

/** The mdast node of type `T`. */
export type NodeOfType<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

/** Functions by node type, each called with every node of its type. */
export type NodeHandlers = { [T in Nodes['type']]?: (node: NodeOfType<T>) => void };

/**
 * Calls `enter` with every node of the tree, a parent before its children, in
 * document order, as unist-util-visit does, but by plain recursion: the
 * visitor's ancestor list, built anew for every node, cost more than the work
 * done at the nodes. The parse limits keep nesting far below the stack's depth.
 */
export function walkTree(node: Nodes, enter: (node: Nodes) => void): void {
  enter(node);
  if ('children' in node) for (const child of node.children) walkTree(child, enter);
}

/** One `enter` for walkTree that calls every handler set's function for the node's type, in the order of the sets. */
export function byNodeType(handlerSets: readonly NodeHandlers[]): (node: Nodes) => void {
  const byType = new Map<string, ((node: never) => void)[]>();
  for (const handlers of handlerSets) {
    for (const [type, handler] of Object.entries(handlers)) {
      const list = byType.get(type) ?? [];
      list.push(handler as (node: never) => void);
      byType.set(type, list);
    }
  }
  return (node) => {
    const list = byType.get(node.type);
    if (list) for (const handler of list) handler(node as never);
  };
}

/**
 * `find` made to run once per tree: several rules and the render stage ask
 * for the same nodes of a lesson, and each answer would be a walk.
 */
export function oncePerTree<T>(find: (tree: Root) => T): (tree: Root) => T {
  const found = new WeakMap<Root, T>();
  return (tree) => {
    if (!found.has(tree)) found.set(tree, find(tree));
    return found.get(tree) as T;
  };
}

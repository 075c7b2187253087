import type { Heading, List, ListItem, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Position } from '../diagnostics/diagnostic.js';
import type { DecisionDraft, Rating, ScenarioChoiceDraft, ScenarioDraft } from '../model/scenario.js';

/** The bold word that opens a choice's feedback, in the languages cease has labels for. */
const RATING_WORDS: Record<string, Rating> = {
  best: 'best',
  acceptable: 'acceptable',
  harmful: 'harmful',
  mejor: 'best',
  aceptable: 'acceptable',
  perjudicial: 'harmful',
};

/** `→` (or `->`, easier to type) separates a choice from where it leads. */
const ARROW = /→|->/g;

/**
 * Reads a `::::scenario{#id}` block: what precedes the first heading is the
 * introduction; every heading starts a decision, whose text is the
 * situation; a list that ends the decision holds its choices, each
 * `Choice text → Heading of the next decision` (or `→ End`) with a
 * blockquote of feedback opening with a bold rating: `> **Best.** …`.
 */
export function parseScenario(node: ContainerDirective, screen: number, graded: boolean): ScenarioDraft {
  const scenario: ScenarioDraft = {
    id: node.attributes?.id ?? null,
    position: positionOf(node),
    graded,
    screen,
    intro: [],
    decisions: [],
  };
  let decision: DecisionDraft | null = null;
  for (const child of node.children as RootContent[]) {
    if (child.type === 'heading') {
      decision = { title: toString(child as Heading).trim(), position: positionOf(child), prompt: [], choices: [] };
      scenario.decisions.push(decision);
    } else if (decision) {
      decision.prompt.push(child);
    } else {
      scenario.intro.push(child);
    }
  }
  for (const each of scenario.decisions) {
    const last = each.prompt.at(-1);
    if (last?.type === 'list') {
      each.prompt.pop();
      each.choices = (last as List).children.map(toChoice);
    }
  }
  return scenario;
}

/** Compares a target with decision titles: case, spacing and a closing full stop do not matter. */
export function targetKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/[.:]+$/, '').trim();
}

/** `→ End` (`→ Fin` in Spanish) ends the scenario after the choice's consequence. */
export function isEndTarget(text: string): boolean {
  return ['end', 'the end', 'fin', 'el fin'].includes(targetKey(text));
}

function toChoice(item: ListItem): ScenarioChoiceDraft {
  const [first, ...rest] = item.children;
  const phrasing = first?.type === 'paragraph' ? first.children : [];
  const { content, target } = splitTarget(phrasing);
  const quote = rest.find((child) => child.type === 'blockquote');
  const rated = quote?.type === 'blockquote' ? readRating(quote.children) : { feedback: [], rating: null, word: null };
  return {
    content,
    text: toString({ type: 'paragraph', children: content }).trim(),
    position: positionOf(item),
    target,
    feedback: rated.feedback,
    hasFeedback: quote !== undefined && toString(quote).trim() !== '',
    rating: rated.rating,
    ratingWord: rated.word,
  };
}

/** The choice's phrasing up to its last arrow, and the text after it. */
function splitTarget(phrasing: PhrasingContent[]): { content: PhrasingContent[]; target: string | null } {
  for (let index = phrasing.length - 1; index >= 0; index--) {
    const node = phrasing[index] as PhrasingContent;
    if (node.type !== 'text') continue;
    const arrows = [...node.value.matchAll(ARROW)];
    const arrow = arrows.at(-1);
    if (!arrow) continue;
    const before = node.value.slice(0, arrow.index).trimEnd();
    const after = node.value.slice((arrow.index ?? 0) + arrow[0].length);
    const target = (after + phrasing.slice(index + 1).map((rest) => toString(rest)).join('')).trim();
    const content = [...phrasing.slice(0, index), ...(before ? [{ ...node, value: before }] : [])];
    return { content, target: target || null };
  }
  return { content: phrasing, target: null };
}

/** A leading `**Best.**` gives the rating; it is taken out of the feedback, since the player names the rating itself. */
function readRating(feedback: RootContent[]): { feedback: RootContent[]; rating: Rating | null; word: string | null } {
  const [first, ...rest] = feedback;
  const bold = first?.type === 'paragraph' ? first.children[0] : undefined;
  if (first?.type !== 'paragraph' || bold?.type !== 'strong') return { feedback, rating: null, word: null };
  const word = toString(bold).trim();
  const rating = RATING_WORDS[word.toLowerCase().replace(/[.:!]+$/, '').trim()] ?? null;
  if (!rating) return { feedback, rating: null, word };
  const remaining = first.children.slice(1);
  const lead = remaining[0];
  if (lead?.type === 'text') remaining[0] = { ...lead, value: lead.value.trimStart() };
  const kept = remaining.some((node) => toString(node).trim() !== '') ? [{ ...first, children: remaining }] : [];
  return { feedback: [...kept, ...rest], rating, word };
}

function positionOf(node: { position?: { start: { line: number; column: number } } | undefined }): Position {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { walkTree } from '../model/walk-tree.js';
import type { Diagnostic, Position } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { parseYaml, positionOfPath } from '../load/yaml-file.js';
import type { AssessmentSettings, DrawQuotaDraft, LessonDraft, ScreenDraft, Variables } from '../model/draft.js';
import type { LessonTrees } from './lesson-trees.js';
import { parseMarkdown } from './markdown.js';
import { findMarkdownHazard } from './markdown-limits.js';
import { fillPlaceholders, fillTreePlaceholders, newFillBudget, placeholderDiagnostic, type UnknownPlaceholder } from './placeholders.js';
import { parseQuestion } from './parse-question.js';
import { isQuestionDirective } from '../questions/index.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import { reportUnclosedContainers, reportUnclosedFrontMatter } from './unclosed-blocks.js';
import { validateYaml } from './validate-schema.js';

interface FrontMatter {
  title?: string;
  sources?: string[];
  assessment?: { passingScore?: number; shuffle?: boolean; draw?: number | Record<string, number>; attempts?: number };
}

/**
 * Turns one lesson file into a module draft: front matter, title, screens
 * (split at `##`), questions and images, all with source positions.
 */
export function parseLesson(
  file: SourceFile,
  name: string,
  variables: Variables,
  diagnostics: Diagnostic[],
  trees?: LessonTrees,
): LessonDraft {
  const tree = parseLessonMarkdown(file, diagnostics, trees);
  reportUnclosedContainers(tree, file, diagnostics);
  const frontMatter = readFrontMatter(tree, file, diagnostics);
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  });

  const budget = newFillBudget();
  for (const item of fillTreePlaceholders(tree, variables, budget)) {
    diagnostics.push(placeholderDiagnostic(file.displayPath, { line: item.line, column: item.column }, item));
  }

  // Front matter's title is lesson text too: "Reporting in {{city.name}}".
  if (frontMatter.value.title !== undefined) {
    const unknown: UnknownPlaceholder[] = [];
    frontMatter.value.title = fillPlaceholders(frontMatter.value.title, variables, unknown, budget);
    for (const item of unknown) diagnostics.push(placeholderDiagnostic(file.displayPath, frontMatter.titleAt, item));
  }
  const h1 = tree.children.find((node): node is Heading => node.type === 'heading' && node.depth === 1);
  // An empty "#" would leave the module nameless in the table of contents.
  const title = frontMatter.value.title ?? (h1 && toString(h1).trim() ? toString(h1).trim() : titleFromFileName(name));
  const screens = splitScreens(tree, title, h1, at);
  const graded = frontMatter.value.assessment !== undefined;
  const lesson: LessonDraft = {
    file: file.displayPath,
    name,
    title,
    sources: frontMatter.value.sources ?? [],
    assessment: frontMatter.value.assessment
      ? assessmentSettings(frontMatter.value.assessment, frontMatter.position, frontMatter.blueprint)
      : null,
    tree,
    screens,
    questions: [],
    scenarios: [],
    images: [],
  };
  screens.forEach((screen, index) => {
    for (const node of screen.nodes) {
      if (node.type === 'containerDirective' && isQuestionDirective(node)) {
        lesson.questions.push(parseQuestion(node, index, graded));
      } else if (node.type === 'containerDirective' && node.name === 'scenario') {
        lesson.scenarios?.push(parseScenario(node, index, graded));
      }
    }
  });
  walkTree(tree, (node) => {
    if (node.type === 'image') lesson.images.push(node);
  });
  return lesson;
}

interface ReadFrontMatter {
  value: FrontMatter;
  /** Where `assessment:` sits. */
  position: Position;
  titleAt: Position;
  /** `draw:` as a map of tag → count, with where each count sits; null for a plain number. */
  blueprint: DrawQuotaDraft[] | null;
}

function readFrontMatter(tree: Root, file: SourceFile, diagnostics: Diagnostic[]): ReadFrontMatter {
  const first = tree.children[0];
  if (first?.type !== 'yaml') {
    reportUnclosedFrontMatter(file, diagnostics);
    return { value: {}, position: { line: 1, column: 1 }, titleAt: { line: 1, column: 1 }, blueprint: null };
  }
  tree.children.shift();
  const startLine = first.position?.start.line ?? 1;
  const none = { value: {}, position: { line: startLine, column: 1 }, titleAt: { line: startLine, column: 1 }, blueprint: null };
  const yaml = parseYaml(file, first.value, startLine, diagnostics);
  if (!yaml || yaml.value === null || yaml.value === undefined) return none;
  if (!validateYaml('lesson', yaml, 'front-matter-schema', diagnostics)) return none;
  const value = yaml.value as FrontMatter;
  const draw = value.assessment?.draw;
  const blueprint = typeof draw === 'object'
    ? Object.entries(draw).map(([tag, count]) => ({ tag, count, position: positionOfPath(yaml, ['assessment', 'draw', tag]) }))
    : null;
  return { value, position: positionOfPath(yaml, ['assessment']), titleAt: positionOfPath(yaml, ['title']), blueprint };
}

function assessmentSettings(
  value: NonNullable<FrontMatter['assessment']>,
  position: { line: number; column: number },
  blueprint: DrawQuotaDraft[] | null,
): AssessmentSettings {
  return {
    passingScore: value.passingScore ?? null,
    shuffle: value.shuffle ?? false,
    draw: blueprint ? blueprint.reduce((sum, quota) => sum + quota.count, 0) : (value.draw as number | undefined) ?? null,
    blueprint,
    attempts: value.attempts ?? 0,
    position,
  };
}

/**
 * Level-2 headings start screens. Content before the first one becomes an
 * opening screen titled after the lesson, unless it is only the `#` title.
 */
function splitScreens(
  tree: Root,
  lessonTitle: string,
  h1: Heading | undefined,
  at: (node: RootContent) => { line: number; column: number },
): ScreenDraft[] {
  const screens: ScreenDraft[] = [];
  // The opening screen exists only if something precedes the first `##`.
  let opening: ScreenDraft | null = { title: lessonTitle, nodes: [], position: h1 ? at(h1) : { line: 1, column: 1 } };
  let current = opening;
  for (const node of tree.children) {
    if (node === h1) continue;
    if (node.type === 'heading' && node.depth === 2) {
      if (current !== opening || current.nodes.length > 0) screens.push(current);
      current = { title: toString(node).trim() || lessonTitle, nodes: [], position: at(node) };
      opening = null;
      continue;
    }
    current.nodes.push(node);
  }
  if (current !== opening || current.nodes.length > 0 || screens.length === 0) screens.push(current);
  return screens;
}

function titleFromFileName(name: string): string {
  const words = name.replace(/^\d+-/, '').replace(/\.md$/, '').replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Parses the lesson unless it has a shape that would stall the parser; then
 * the lesson is reported and treated as empty, so the other files are still checked.
 */
function parseLessonMarkdown(file: SourceFile, diagnostics: Diagnostic[], trees: LessonTrees | undefined): Root {
  const hazard = findMarkdownHazard(file.text);
  if (!hazard) {
    try {
      return trees ? trees.treeOf(file.text, parseMarkdown) : parseMarkdown(file.text);
    } catch (error) {
      // Our limits keep nesting far below the stack's depth; this is the backstop.
      if (!(error instanceof RangeError)) throw error;
    }
  }
  diagnostics.push({
    file: file.displayPath,
    line: hazard?.line ?? 1,
    column: hazard?.column ?? 1,
    severity: 'error',
    ruleId: 'markdown-too-complex',
    message: hazard?.message ?? 'The Markdown is nested too deeply to be read.',
    hint: 'Flatten the nesting or split the content; if it is data, put it in a file under assets/ and link it.',
  });
  return { type: 'root', children: [] };
}

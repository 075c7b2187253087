import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { walkTree } from '../model/walk-tree.js';
import { join } from 'node:path';
import { fileReferences } from '../check/asset-path.js';
import { MODULE_LINK_PREFIX, type Asset, type Assessment, type Block, type Course, type Module, type Question } from '../model/course.js';
import { questionTags, type CourseDraft, type LessonDraft, type QuestionDraft } from '../model/draft.js';
import type { Scenario } from '../model/scenario.js';
import { renderScenario } from '../scenario/render-scenario.js';
import { createHtmlRenderer } from './markdown-to-html.js';
import { packagePathFor } from './package-path.js';
import { renderTheme } from './render-theme.js';
import { resolveAssetRef } from '../check/asset-path.js';
import { choice } from '../questions/choice/block.js';
import { isQuestionDirective, questionBlocks } from '../questions/index.js';
import { clipCompanions, clipFiles } from '../check/clip-files.js';

/** Pass mark when neither the assessment nor course.yml gives one. */
const DEFAULT_PASSING_SCORE = 80;

/**
 * Render stage: a checked draft becomes the compiled course. Only called when
 * `check` found no errors, so shapes the rules guarantee are taken as given.
 */
export function renderCourse(draft: CourseDraft): Course {
  const toHtml = createHtmlRenderer(draft.settings.labels);
  const theme = draft.settings.theme;
  const logo = theme.logo ? resolveAssetRef(theme.logo.value) : null;
  const assets = collectAssets(draft);
  const questions: Question[] = [];
  const scenarios: Scenario[] = [];
  const modules: Module[] = draft.lessons.map((lesson, index) =>
    renderModule(lesson, `m${index + 1}`, toHtml, questions, scenarios),
  );
  const assessed = draft.lessons.findIndex((lesson) => lesson.assessment);
  const settings = draft.settings;
  return {
    id: settings.id,
    title: settings.title,
    version: settings.version,
    language: settings.language,
    description: settings.description,
    organization: settings.organization,
    activityId: settings.activityId,
    durationMinutes: settings.duration,
    statusPolicy: settings.statusPolicy,
    strings: settings.labels,
    modules,
    questions,
    // Left out when there are none, so such courses compile to the same bytes as before.
    ...(scenarios.length > 0 ? { scenarios } : {}),
    assessment: assessed < 0 ? null : renderAssessment(draft, assessed),
    assets: [...assets.values()].sort((a, b) => (a.packagePath < b.packagePath ? -1 : 1)),
    theme: renderTheme(theme, logo?.kind === 'local' ? (assets.get(logo.path)?.packagePath ?? null) : null),
  };

  function collectAssets(course: CourseDraft): Map<string, Asset> {
    const found = new Map<string, Asset>();
    const used = new Set<string>();
    const references = course.lessons.flatMap((lesson) => fileReferences(lesson.tree));
    // A link to another lesson file goes to that module in the player; the Markdown is never packaged.
    const modules = new Map(course.lessons.map((lesson, index) => [lesson.name, index + 1]));
    for (const { node, ref } of references) {
      const module = ref.kind === 'local' ? modules.get(ref.path) : undefined;
      if (module !== undefined) node.url = `${MODULE_LINK_PREFIX}${module}`;
    }
    const localPaths = references.flatMap(({ ref }) => (ref.kind === 'local' && !modules.has(ref.path) ? [ref.path] : []));
    if (logo?.kind === 'local') localPaths.push(logo.path);
    // A clip's captions and poster lie beside it, unlinked: they go with it.
    const clips = course.lessons.flatMap((lesson) => clipFiles(lesson.tree)).flatMap((clip) =>
      clip.path ? [{ clip, companions: clipCompanions(clip.path, course.files) }] : []);
    for (const { clip, companions } of clips) {
      if (companions.captions) localPaths.push(companions.captions);
      if (companions.poster && clip.kind === 'video') localPaths.push(companions.poster);
    }
    for (const path of [...new Set(localPaths)].sort()) {
      const packagePath = packagePathFor(path, used);
      used.add(packagePath.toLowerCase());
      found.set(path, { sourcePath: join(course.dir, course.diskPaths?.get(path) ?? path), packagePath });
    }
    for (const { node, ref } of references) if (ref.kind === 'local') node.url = found.get(ref.path)?.packagePath ?? node.url;
    for (const { clip, companions } of clips) {
      const packaged = (path: string | null) => (path ? (found.get(path)?.packagePath ?? null) : null);
      clip.node.data = { ...clip.node.data, clip: { captions: packaged(companions.captions), poster: clip.kind === 'video' ? packaged(companions.poster) : null } } as typeof clip.node.data;
    }
    return found;
  }
}

function renderModule(
  lesson: LessonDraft,
  id: string,
  toHtml: (nodes: readonly RootContent[]) => string,
  questions: Question[],
  scenarios: Scenario[],
): Module {
  // The screen title is the page's h1, so headings inside a screen move up
  // one level (### → h2) to keep the outline without gaps.
  walkTree(lesson.tree, (heading) => {
    if (heading.type === 'heading' && heading.depth >= 3) heading.depth = (heading.depth - 1) as typeof heading.depth;
  });
  const byNode = new Map(lesson.questions.map((question) => [question.position.line, question]));
  const scenarioAt = new Map((lesson.scenarios ?? []).map((scenario) => [scenario.position.line, scenario]));
  return {
    id,
    title: lesson.title,
    source: lesson.name,
    isAssessment: lesson.assessment !== null,
    screens: lesson.screens.map((screen, index) => {
      const blocks: Block[] = [];
      let pending: RootContent[] = [];
      const flush = () => {
        if (pending.length > 0) blocks.push({ kind: 'html', html: toHtml(pending) });
        pending = [];
      };
      for (const node of screen.nodes) {
        const question = isQuestionDirective(node)
          ? byNode.get(node.position?.start.line ?? -1)
          : undefined;
        const scenario = node.type === 'containerDirective' && node.name === 'scenario'
          ? scenarioAt.get(node.position?.start.line ?? -1)
          : undefined;
        if (scenario) {
          flush();
          scenarios.push(renderScenario(scenario, toHtml));
          blocks.push({ kind: 'scenario', scenarioId: scenario.id as string });
          continue;
        }
        if (!question) {
          pending.push(node);
          continue;
        }
        flush();
        questions.push(renderQuestion(question, toHtml));
        // Assessment questions are drawn at run time, never shown in place.
        if (!question.graded) blocks.push({ kind: 'question', questionId: question.id as string });
      }
      flush();
      return { id: `${id}s${index + 1}`, title: screen.title, blocks };
    }),
  };
}

function renderQuestion(draft: QuestionDraft, toHtml: (nodes: readonly RootContent[]) => string): Question {
  const typed = (questionBlocks.get(draft.block) ?? choice).render(draft, toHtml);
  return {
    id: draft.id as string,
    kind: typed.kind,
    graded: draft.graded,
    promptHtml: toHtml(draft.prompt),
    choices: typed.choices,
    // Spread so choice questions compile to the same bytes as before the other types.
    ...(typed.targets ? { targets: typed.targets } : {}),
    ...(typed.accepted ? { accepted: typed.accepted, caseMatters: typed.caseMatters ?? false } : {}),
    ...(typed.kind === 'likert' ? { required: typed.required ?? false } : {}),
    feedbackHtml: toHtml(draft.feedback),
    promptText: draft.prompt.map((node) => toString(node)).join(' ').replace(/\s+/g, ' ').trim(),
  };
}

function renderAssessment(draft: CourseDraft, index: number): Assessment {
  const lesson = draft.lessons[index] as LessonDraft;
  const settings = lesson.assessment!;
  const ids = lesson.questions.map((question) => question.id as string);
  const always = poolIndexes(lesson, (question) => question.always !== null);
  const blueprint = settings.blueprint?.map(({ tag, count }) => ({ tag, count, pool: poolIndexes(lesson, (question) => questionTags(question).includes(tag)) }));
  // A blueprint asks its counts plus the always-included questions none of its tags covers.
  const draw = blueprint
    ? blueprint.reduce((sum, quota) => sum + quota.count, 0) + always.filter((index) => !blueprint.some((quota) => quota.pool.includes(index))).length
    : settings.draw ?? ids.length;
  return {
    moduleId: `m${index + 1}`,
    passingScore: settings.passingScore ?? draft.settings.passingScore ?? DEFAULT_PASSING_SCORE,
    draw,
    shuffle: settings.shuffle,
    attempts: settings.attempts,
    questionIds: ids,
    // Left out when unused, so courses without them compile to the same bytes as before.
    ...(always.length > 0 ? { always } : {}),
    ...(blueprint ? { blueprint } : {}),
  };
}

function poolIndexes(lesson: LessonDraft, keep: (question: QuestionDraft) => boolean): number[] {
  return lesson.questions.flatMap((question, index) => (keep(question) ? [index] : []));
}

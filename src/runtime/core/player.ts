import type { Question } from '../../model/course.js';
import type { PlayerCourse } from '../../model/player.js';
import { format } from '../../model/label-format.js';
import type { InteractionRecord, LaunchData } from '../transport/transport.js';
import { questionPage, resultPage, type AssessmentHost } from '../view/assessment-pages.js';
import { coverScreen } from '../view/cover-screen.js';
import { lessonScreen, type KnowledgeCheckHost } from '../view/lesson-screen.js';
import type { Scenario } from '../../model/scenario.js';
import { choose, goOn, newProgress, restart, type ScenarioProgress } from '../scenario/scenario-progress.js';
import { creditOf, gradedFinished, gradedScenarios, scoreWithScenarios } from '../scenario/scenario-score.js';
import type { ScenarioHost } from '../scenario/scenario-view.js';
import { Shell, type TocGroup } from '../view/shell.js';
import type { Answer } from '../../questions/answer-form.js';
import { behaviourOf } from '../../questions/runtime.js';
import { interactionFor } from './answers.js';
import { attemptFinished, attemptScore, attemptsLeft, recordScore, startAttempt, type AssessmentState } from './assessment.js';
import { buildPages, type Page } from './pages.js';
import type { BrowserCopy } from './browser-copy.js';
import { decodeState, emptyState, encodeState, type SuspendState } from './progress-state.js';
import { reconcile } from './reconcile.js';
import { newSeed } from './seeded-random.js';
import { earnedStatus } from './status.js';
import type { Progress, Tracker } from './tracker.js';

/**
 * The course in the browser: which page is shown, what the learner did, and
 * what that earns. Every change is reported to the tracker, which decides
 * what reaches the platform and when.
 */
export class Player {
  private readonly pages: Page[];
  private readonly questionIndex = new Map<string, number>();
  private readonly pool: Question[];
  private readonly masteryScore: number;
  private readonly shell: Shell;
  private readonly state: SuspendState;
  private current = 0;
  /** The cover is shown: no screen is current, and Next leads where the cover's button does (`current`). */
  private onCover = false;
  private exited = false;
  private readonly bookmark: string;
  /** Answers from a browser copy that the platform has never received. */
  private readonly undelivered: InteractionRecord[];

  constructor(
    private readonly course: PlayerCourse,
    private readonly launch: LaunchData,
    private readonly tracker: Tracker,
    copy: BrowserCopy | null = null,
  ) {
    this.pages = buildPages(course);
    course.questions.forEach((question, index) => this.questionIndex.set(question.id, index));
    const byId = new Map(course.questions.map((question) => [question.id, question]));
    this.pool = (course.assessment?.questionIds ?? []).map((id) => byId.get(id) as Question);
    // The LMS's mastery score wins so the LMS and the course never disagree.
    this.masteryScore = launch.masteryScore ?? course.assessment?.passingScore ?? 100;
    const shape = {
      screens: this.pages.filter((page) => page.kind === 'screen').length,
      questions: course.questions.length,
      pool: this.pool.length,
      draw: course.assessment?.draw ?? 0,
      scenarios: this.scenarios.map((scenario) => ({ graded: scenario.graded, next: scenario.decisions.map((decision) => decision.choices.map((choice) => choice.next)) })),
    };
    const platform = launch.resumed ? decodeState(launch.suspendData, shape) : null;
    const resumed = reconcile(platform, launch.location, copy && { ...copy, state: decodeState(copy.suspendData, shape) });
    this.state = resumed.state ?? emptyState(shape);
    this.bookmark = resumed.state ? resumed.location : '';
    this.undelivered = resumed.interactions;
    // A new attempt gets its origin here; every launch is a new session.
    this.state.lineage = { origin: this.state.lineage.origin || newSeed() || 1, session: newSeed() || 1 };
    if (course.assessment && !this.state.assessment) this.state.assessment = startAttempt(course.assessment, null, newSeed());
    this.shell = new Shell(course.strings, {
      go: (index) => this.go(index, true),
      previous: () => this.go(this.step(-1), true),
      next: () => this.go(this.onCover ? this.current : this.step(1), true),
      exit: () => this.exit(),
    });
  }

  /**
   * Shows the cover, whose button leads to the bookmarked page on resume, else
   * the first; focus stays where the browser put it. Without the cover, that
   * page at once. The progress (and answers carried over from a browser
   * copy) are reported at once, cover or not.
   */
  start(withCover = true): void {
    for (const interaction of this.undelivered) this.tracker.record(interaction, true);
    const bookmark = this.bookmark ? this.pages.findIndex((page) => page.id === this.bookmark) : -1;
    this.current = bookmark >= 0 && this.reachable(bookmark) ? bookmark : 0;
    if (!withCover) return this.go(this.current, true, true);
    this.onCover = true;
    const resumed = this.state.visited.some(Boolean) || this.current > 0;
    const contents = this.toc();
    const cover = coverScreen(this.course, contents, {
      resumeModule: resumed ? (this.pages[this.current] as Page).module.title : null,
      start: () => this.go(this.current, true),
    });
    this.shell.show(cover, this.course.title, false);
    this.shell.navigation(false, true, '');
    this.shell.toc(contents, true);
    // Opening the course attempts it (incomplete), as the first page did before there was a cover.
    this.tracker.report(this.progress());
  }

  flush(): void {
    this.tracker.flush();
  }

  notice(topic: string, text: string | null): void {
    this.shell.notice(topic, text);
  }

  /** The page is going away. */
  finish(): Promise<void> {
    return this.tracker.finish(true);
  }

  /** `launching`: the first page shown, whose contents may wait for it to be painted. */
  private go(index: number, moveFocus: boolean, launching = false): void {
    const page = this.pages[index];
    if (!page || !this.reachable(index) || this.exited) return;
    this.current = index;
    this.onCover = false;
    if (page.kind === 'screen') this.state.visited[page.screenIndex] = true;
    this.shell.show(this.render(page), this.titleOf(page), moveFocus);
    const seen = this.state.visited.filter(Boolean).length;
    this.tracker.viewed({ id: page.id, title: this.titleOf(page), progress: Math.floor((100 * seen) / Math.max(1, this.state.visited.length)) });
    this.refresh(launching);
  }

  private render(page: Page): HTMLElement {
    if (page.kind === 'screen') return lessonScreen(page.screen, this.checkHost(), this.scenarioHost());
    return page.kind === 'question' ? questionPage(page.slot, this.assessmentHost()) : resultPage(this.assessmentHost());
  }

  /** Updates progress, contents and buttons, and reports the new state. */
  private refresh(launching = false): void {
    const strings = this.course.strings;
    const page = this.pages[this.current] as Page;
    const locked = (page.kind === 'question' && page.slot >= this.answered()) || this.surveyPending(page);
    // The assessment's questions wait for its graded scenarios.
    const following = this.pages[this.current + 1];
    const waiting = page.kind === 'screen' && following?.kind === 'question' && !this.reachable(this.current + 1);
    const progress = this.progress();
    const atEnd = this.step(1) === this.current;
    const hint = locked
      ? strings.answerToContinue
      : waiting
        ? strings.scenarioToContinue
      : atEnd
        // Not "completed" alone: a failed attempt completes the course in
        // 1.2 terms, yet a learner with attempts left is not done.
        ? progress.finished ? strings.courseComplete : strings.lastScreen
        : '';
    this.shell.progress(this.current + 1, this.pages.length);
    this.shell.navigation(this.step(-1) !== this.current, !locked && !atEnd, hint);
    this.shell.toc(this.toc(), launching);
    this.tracker.report(progress);
  }

  /** A required survey on this screen is not answered yet: the learner answers it before going on. */
  private surveyPending(page: Page): boolean {
    if (page.kind !== 'screen') return false;
    return page.screen.blocks.some((block) => {
      if (block.kind !== 'question') return false;
      const index = this.questionAt(block.questionId);
      return this.course.questions[index]?.required === true && !this.state.checks.has(index);
    });
  }

  /** The nearest reachable page in a direction, or the current one when there is none. */
  private step(direction: 1 | -1): number {
    for (let index = this.current + direction; index >= 0 && index < this.pages.length; index += direction) {
      if (this.reachable(index)) return index;
    }
    return this.current;
  }

  /** Questions open in order, one at a time; the result once every drawn question is answered. */
  private reachable(index: number): boolean {
    const page = this.pages[index];
    const answered = this.answered();
    if (page?.kind === 'question') return page.slot <= answered && gradedFinished(this.graded());
    if (page?.kind === 'result') return this.state.assessment !== null && attemptFinished(this.state.assessment);
    return page !== undefined;
  }

  private toc(): TocGroup[] {
    // Grouped in one pass: filtering every page for every module took 0.15 s per refresh at 1,000 modules.
    const byModule = new Map<Page['module'], { page: Page; pageIndex: number }[]>();
    this.pages.forEach((page, pageIndex) => {
      const pages = byModule.get(page.module);
      if (pages) pages.push({ page, pageIndex });
      else byModule.set(page.module, [{ page, pageIndex }]);
    });
    return this.course.modules.map((module) => {
      const pages = byModule.get(module) ?? [];
      const visited = (page: Page) => page.kind === 'screen' && this.state.visited[page.screenIndex] === true;
      return {
        title: module.title,
        seen: pages.filter(({ page }) => visited(page)).length,
        total: pages.filter(({ page }) => page.kind === 'screen').length,
        items: pages.map(({ page, pageIndex }) => ({
          label: this.titleOf(page),
          pageIndex,
          current: pageIndex === this.current && !this.onCover,
          reachable: this.reachable(pageIndex),
          visited: visited(page),
        })),
      };
    });
  }

  /** The course's index of a question, -1 for none. */
  private questionAt(id: string): number {
    return this.questionIndex.get(id) ?? -1;
  }

  /** Assessment questions answered in this attempt. */
  private answered(): number {
    return this.state.assessment?.answers.length ?? 0;
  }

  private get scenarios(): Scenario[] {
    return this.course.scenarios ?? [];
  }

  private titleOf(page: Page): string {
    const strings = this.course.strings;
    if (page.kind === 'screen') return page.screen.title;
    return page.kind === 'question' ? format(strings.questionOf, { n: page.slot + 1 }) : strings.resultTitle;
  }

  private progress(): Progress {
    const assessment = this.state.assessment;
    const best = assessment?.best ?? null;
    const earned = earnedStatus({
      policy: this.course.statusPolicy,
      hasAssessment: this.course.assessment !== null,
      allScreensVisited: this.state.visited.every(Boolean),
      best,
      masteryScore: this.masteryScore,
    });
    // A failed learner with attempts left is not done: keep the attempt open (exit suspend).
    const canRetry = assessment !== null && this.course.assessment !== null && (best ?? 0) < this.masteryScore
      && attemptsLeft(this.course.assessment, assessment) > 0;
    return {
      location: (this.pages[this.current] as Page).id,
      suspendData: encodeState(this.state, this.launch.suspendDataLimit),
      earned,
      score: best,
      finished: earned.completion === 'completed' && !canRetry,
    };
  }

  private checkHost(): KnowledgeCheckHost {
    return {
      strings: this.course.strings,
      question: (id) => this.course.questions[this.questionAt(id)],
      lastAnswer: (question) => this.state.checks.get(this.questionAt(question.id)),
      check: (question, answer, shownAt) => {
        const index = this.questionAt(question.id);
        if (!this.state.checks.has(index)) this.tracker.record(interactionFor(question, answer, Date.now() - shownAt, Date.now()));
        this.state.checks.set(index, behaviourOf(question).kept(question, answer));
        this.refresh();
      },
      mediaEnded: (view) => this.tracker.mediaViewed(view),
    };
  }

  private assessmentHost(): AssessmentHost {
    const assessment = this.course.assessment;
    const state = this.state.assessment;
    if (!assessment || !state) throw new Error('cease: assessment page without an assessment');
    return {
      strings: this.course.strings,
      language: this.course.language,
      assessment,
      pool: this.pool,
      state,
      masteryScore: this.masteryScore,
      submit: (slot, answer, shownAt) => this.submit(state, slot, answer, shownAt),
      score: () => this.score(state),
      retry: () => {
        this.state.assessment = startAttempt(assessment, this.state.assessment, newSeed());
        // A new attempt plays the graded scenarios again: it opens on the assessment's first screen when they wait.
        for (const { scenario } of this.graded()) Object.assign(this.progressOf(scenario), newProgress(scenario));
        const question = this.pages.findIndex((page) => page.kind === 'question');
        this.go(this.reachable(question) ? question : this.pages.findIndex((page) => page.module.isAssessment), true);
      },
    };
  }

  private submit(state: AssessmentState, slot: number, answer: Answer, shownAt: number): void {
    if (state !== this.state.assessment || slot !== state.answers.length) return;
    const question = this.pool[state.drawn[slot] ?? -1] as Question;
    state.answers.push(behaviourOf(question).kept(question, answer));
    this.tracker.record(interactionFor(question, answer, Date.now() - shownAt, Date.now()));
    if (attemptFinished(state)) recordScore(state, this.score(state));
    this.refresh();
  }

  /** The attempt's score: its questions, and each graded scenario as one item worth its credit. */
  private score(state: AssessmentState): number {
    const credits = this.graded().map(({ scenario, progress }) => creditOf(scenario, progress));
    return scoreWithScenarios(attemptScore(state, this.pool), state.drawn.length, credits);
  }

  /** The learner's way through a scenario, started when first asked for. */
  private progressOf(scenario: Scenario): ScenarioProgress {
    const index = this.scenarios.indexOf(scenario);
    const all = this.state.scenarios ?? (this.state.scenarios = new Map());
    if (!all.has(index)) all.set(index, newProgress(scenario));
    return all.get(index) as ScenarioProgress;
  }

  private graded(): { scenario: Scenario; progress: ScenarioProgress }[] {
    return gradedScenarios(this.scenarios, (scenario) => this.progressOf(scenario));
  }

  private scenarioHost(): ScenarioHost {
    return {
      strings: this.course.strings,
      scenario: (id) => this.scenarios.find((scenario) => scenario.id === id),
      progress: (scenario) => this.progressOf(scenario),
      choose: (scenario, pick, shownAt) => {
        const record = choose(scenario, this.progressOf(scenario), pick, Date.now() - shownAt, Date.now());
        if (record) this.tracker.record(record);
        this.refresh();
      },
      goOn: (scenario) => {
        goOn(scenario, this.progressOf(scenario));
        this.refresh();
      },
      restart: (scenario) => {
        restart(scenario, this.progressOf(scenario));
        this.refresh();
      },
    };
  }

  /** This window's session has ended (restored from the back-forward cache after it closed): nothing more can be recorded. */
  stopRecording(): void {
    this.exited = true;
    this.shell.exited(this.course.strings.sessionEndedTitle, this.course.strings.sessionEndedBody);
  }

  private exit(): void {
    this.exited = true;
    this.shell.exited();
    void this.tracker.finish(false);
  }
}

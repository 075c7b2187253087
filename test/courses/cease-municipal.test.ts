// Content checks for the CEASE course in courses/cease-municipal. They read the
// Markdown and YAML directly (plain regex, the `yaml` package), so they guard the
// course text on their own, without the compiler.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { TODO_TAG } from '../../src/load/yaml-file.js';

const COURSE_DIR = fileURLToPath(new URL('../../courses/cease-municipal/', import.meta.url));
const CITIES_DIR = join(COURSE_DIR, 'cities');
const SPANISH_DIR = join(COURSE_DIR, 'locales', 'es');

/** The five seed documents; every fact in the course comes from one of them (see SOURCES.md). */
const SEEDS = [
  '000_626eaae5e0375a91.txt',
  '001_094701e500113e75.txt',
  '002_fe40f1248b26d48a.txt',
  '003_05315ed88e3eafa7.txt',
  '004_c2af9b6ecc3a92b2.txt',
] as const;

/** The only phone numbers and text codes the course may show, exactly as written. */
const HOTLINE_PHONE = '1-888-373-7888';
const HOTLINE_TEXT = '233733';
const CYBERTIPLINE_PHONE = '1-800-THE-LOST';
const CYBERTIPLINE_WEB = 'cybertipline.org';
const EMERGENCY = '911';
const ALLOWED_NUMBERS = new Set([HOTLINE_PHONE, HOTLINE_TEXT, CYBERTIPLINE_PHONE, EMERGENCY]);

// Ten questions per attempt, by topic, so no attempt can leave out reporting.
const BLUEPRINT = { basics: 2, risk: 1, signs: 1, reporting: 3, 'what-to-do': 2, response: 1 };
const ASSESSMENT = { passingScore: 80, shuffle: true, draw: BLUEPRINT, attempts: 3 };
const DRAWN = Object.values(BLUEPRINT).reduce((sum, count) => sum + count, 0);
const MIN_POOL = 17;
const MIN_KNOWLEDGE_CHECKS = 8;
const ROLE_SCENARIOS = ['public-works', 'front-desk', 'library', 'parks', 'code-enforcement', 'utility-field', 'first-responders'];
/** Flesch–Kincaid grade: every module must stay at or below the guard; the aim is 8. */
const GRADE_GUARD = 10;
const GRADE_AIM = 8;
const MAX_SCREEN_WORDS = 230;

interface Choice { text: string; correct: boolean }
interface Question { id: string; prompt: string; choices: Choice[]; feedback: string }
interface Lesson {
  file: string;
  frontMatter: Record<string, unknown>;
  body: string;
  questions: Question[];
}

const LESSON_FILE = /^\d{2,}-[^/]+\.md$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)\s*\}\}/g;

function lessonFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => LESSON_FILE.test(name)).sort();
}

function readLesson(dir: string, file: string): Lesson {
  const text = readFileSync(join(dir, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const frontMatter = match ? ((parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>) : {};
  const body = match ? text.slice(match[0].length) : text;
  return { file, frontMatter, body, questions: parseQuestions(body) };
}

/** `:::question{#id …}` … `:::`: prompt, then task-list choices, then a blockquote of feedback. */
function parseQuestions(body: string): Question[] {
  const questions: Question[] = [];
  for (const block of body.matchAll(/^:::question\{#([^}\s]*)(?: [^}]*)?\}[ \t]*\n([\s\S]*?)^:::[ \t]*$/gm)) {
    const lines = (block[2] ?? '').split('\n');
    const prompt: string[] = [];
    const choices: Choice[] = [];
    const feedback: string[] = [];
    for (const line of lines) {
      const choice = /^\s*[-*+] \[( |x|X)\] (.*)$/.exec(line);
      if (choice) choices.push({ correct: choice[1] !== ' ', text: (choice[2] ?? '').trim() });
      else if (/^>/.test(line) && choices.length > 0) feedback.push(line.replace(/^>\s?/, ''));
      else if (choices.length === 0 && line.trim() !== '') prompt.push(line.trim());
    }
    questions.push({ id: block[1] ?? '', prompt: prompt.join(' '), choices, feedback: feedback.join(' ').trim() });
  }
  return questions;
}

function readYaml(path: string): Record<string, unknown> {
  return parseYaml(readFileSync(path, 'utf8'), { customTags: [TODO_TAG] }) as Record<string, unknown>;
}

function lookup(variables: unknown, name: string): unknown {
  let value: unknown = variables;
  for (const key of name.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string);
}

/** Strings that look like a phone number, a vanity toll-free number, a short text code or an N11 line. */
function numberLikeStrings(text: string): string[] {
  const patterns = [
    /(?<![\w-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?![\w-])/g,
    /(?<![\w-])(?:1[\s.-]?)?8(?:00|33|44|55|66|77|88)[\s.-]?[A-Z0-9]{2,3}[\s.-]?[A-Z0-9]{4,5}(?![\w-])/g,
    /(?<![\w.,-])\d{5,6}(?![\w,-])/g,
    /(?<![\w.,-])[2-9]11(?![\w,-])/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
}

/** What a learner reads: Markdown syntax, directive fences and front matter removed; one line, one sentence at least. */
function readableText(body: string): string {
  return body
    .split('\n')
    .filter((line) => !/^:::/.test(line.trim()) && !/^\|?\s*-{3,}/.test(line.trim()))
    .map((line) => line
      .replace(PLACEHOLDER, 'City')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+\.)\s+(?:\[[ xX]\]\s+)?/, '')
      .replace(/\|/g, ' ')
      .replace(/[*_`]/g, '')
      .replace(/\bU\.S\.C\./g, 'USC')
      .replace(/\bU\.S\./g, 'US')
      .trim())
    .filter((line) => line !== '')
    .map((line) => (/[.!?:]["”)]?$/.test(line) ? line : `${line}.`))
    .join(' ');
}

const WORD = /[A-Za-z0-9][A-Za-z0-9'’-]*/g;

/** A common English heuristic: vowel groups, less a silent final e / -es / -ed. */
function syllables(word: string): number {
  return word.split('-').reduce((sum, part) => {
    const w = part.toLowerCase().replace(/[^a-z]/g, '');
    if (w.length === 0) return sum + 1;
    if (w.length <= 3) return sum + 1;
    const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
    return sum + Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
  }, 0);
}

function readability(text: string): { words: number; sentences: number; syllables: number; grade: number } {
  const words = text.match(WORD) ?? [];
  const sentences = Math.max(1, text.split(/[.!?:]+(?:["”)])?(?:\s+|$)/).filter((part) => /[A-Za-z0-9]/.test(part)).length);
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllableCount / Math.max(1, words.length)) - 15.59;
  return { words: words.length, sentences, syllables: syllableCount, grade: Math.round(grade * 10) / 10 };
}

/** Paragraph text only (no headings, lists, tables or choices): a stricter view, since short list items lower the average sentence length. */
function proseOnly(body: string): string {
  return readableText(body.split('\n')
    .filter((line) => !/^\s*(?:#|[-*+]\s|\d+\.\s|\|)/.test(line))
    .join('\n'));
}

/**
 * What one page shows at once: a scenario shows its introduction with one
 * decision (its situation and choices) or one consequence, never all of
 * them, so a scenario screen is measured at its largest step.
 */
function shownAtOnce(text: string): string {
  const scenario = /^:::scenario\{[^}]*\}[ \t]*\n([\s\S]*?)^:::[ \t]*$/m.exec(text);
  if (!scenario) return text;
  const [intro = '', ...decisions] = (scenario[1] ?? '').split(/^(?=###\s)/m);
  const steps = decisions.flatMap((decision) => {
    const lines = decision.split('\n');
    return [lines.filter((line) => !/^\s*>/.test(line)).join('\n'), ...lines.filter((line) => /^\s*>/.test(line))];
  });
  const words = (step: string) => readableText(step).match(WORD)?.length ?? 0;
  const largest = steps.reduce((most, step) => (words(step) > words(most) ? step : most), '');
  return `${text.replace(scenario[0], '')}\n${intro}\n${largest}`;
}

/** The `:::scenario{#id}` blocks of a lesson: id, and per decision its choices' ratings in order. */
function scenariosOf(body: string): { id: string; decisions: { text: string; best: string[]; bestAt: number }[] }[] {
  return [...body.matchAll(/^:::scenario\{#([^}\s]*)\}[ \t]*\n([\s\S]*?)^:::[ \t]*$/gm)].map((block) => ({
    id: block[1] ?? '',
    decisions: (block[2] ?? '').split(/^(?=###\s)/m).slice(1).map((decision) => ({
      text: decision,
      best: [...decision.matchAll(/^- (.*?) (?:→|->) .*\n\s*> \*\*(?:Best|Mejor)\.\*\*/gm)].map((match) => match[1] ?? ''),
      bestAt: [...decision.matchAll(/^\s*> \*\*(\w+)\.\*\*/gm)].findIndex((match) => ['Best', 'Mejor'].includes(match[1] ?? '')),
    })),
  }));
}

function screensOf(body: string): { title: string; text: string }[] {
  const screens: { title: string; text: string }[] = [];
  let current = { title: '(opening)', text: '' };
  for (const line of body.split('\n')) {
    const heading = /^##\s+(.*)$/.exec(line);
    if (heading) {
      screens.push(current);
      current = { title: heading[1] ?? '', text: '' };
    } else {
      current.text += `${line}\n`;
    }
  }
  screens.push(current);
  return screens.filter((screen) => screen.text.trim() !== '');
}

const course = readYaml(join(COURSE_DIR, 'course.yml'));
const files = lessonFiles(COURSE_DIR);
const lessons = files.map((file) => readLesson(COURSE_DIR, file));
const assessmentLessons = lessons.filter((lesson) => lesson.frontMatter.assessment !== undefined);
const questions = lessons.flatMap((lesson) => lesson.questions);
const pool = assessmentLessons.flatMap((lesson) => lesson.questions);
const knowledgeChecks = lessons.filter((lesson) => lesson.frontMatter.assessment === undefined).flatMap((lesson) => lesson.questions);
const cityFiles = readdirSync(CITIES_DIR).filter((name) => name.endsWith('.yml')).sort();
const hasSpanish = existsSync(SPANISH_DIR);
const spanishFiles = hasSpanish ? lessonFiles(SPANISH_DIR) : [];
const spanishLessons = spanishFiles.map((file) => readLesson(SPANISH_DIR, file));
const spanishCourse = hasSpanish ? readYaml(join(SPANISH_DIR, 'course.yml')) : {};

/** Every text a learner or an LMS sees, with the file it comes from. */
const learnerTexts: { file: string; text: string }[] = [
  { file: 'course.yml', text: readFileSync(join(COURSE_DIR, 'course.yml'), 'utf8') },
  ...lessons.map((lesson) => ({ file: lesson.file, text: lesson.body })),
  ...(hasSpanish ? [{ file: 'locales/es/course.yml', text: readFileSync(join(SPANISH_DIR, 'course.yml'), 'utf8') }] : []),
  ...spanishLessons.map((lesson) => ({ file: `locales/es/${lesson.file}`, text: lesson.body })),
];
const allProjectTexts = [
  ...learnerTexts,
  ...cityFiles.map((file) => ({ file: `cities/${file}`, text: readFileSync(join(CITIES_DIR, file), 'utf8') })),
  { file: 'SOURCES.md', text: readFileSync(join(COURSE_DIR, 'SOURCES.md'), 'utf8') },
];

describe('CEASE municipal course: settings', () => {
  it('has a city-carrying id, title and version, and the default id is cease-municipal', () => {
    expect(course.id).toBe('cease-{{city.slug}}');
    expect(String(course.title)).toContain('{{city.name}}');
    expect(course.version).toBe('1.0.0');
    expect(course.language).toBe('en');
    expect(course.passingScore).toBe(80);
    expect(lookup(course.variables, 'city.slug')).toBe('municipal');
    expect(String(course.id).replace(PLACEHOLDER, (_, name: string) => String(lookup(course.variables, name)))).toBe('cease-municipal');
    expect(course.duration).toBeGreaterThanOrEqual(30);
    expect(course.duration).toBeLessThanOrEqual(45);
  });

  it('has 7 or 8 modules, the last of which is the only assessment', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    expect(files.length).toBeLessThanOrEqual(8);
    expect(assessmentLessons).toHaveLength(1);
    expect(assessmentLessons[0]?.file).toBe(files.at(-1));
  });
});

describe('CEASE municipal course: phone numbers and reporting channels', () => {
  it.each(allProjectTexts.map((entry) => [entry.file, entry.text] as const))(
    '%s shows only the allowed numbers, exactly as written', (_file, text) => {
      for (const found of numberLikeStrings(text)) {
        expect(ALLOWED_NUMBERS, `unexpected number-like string "${found}"`).toContain(found);
      }
    });

  it('gives the hotline, its text code, the CyberTipline and 911', () => {
    const english = lessons.map((lesson) => lesson.body).join('\n');
    for (const required of [HOTLINE_PHONE, HOTLINE_TEXT, CYBERTIPLINE_PHONE, CYBERTIPLINE_WEB, EMERGENCY]) {
      expect(english).toContain(required);
    }
    expect(english).toMatch(/National Human Trafficking Hotline/);
    expect(english).toMatch(/24 hours a day, 7 days a week/);
    expect(english).toMatch(/English or Spanish/);
    expect(english).toMatch(/more than 200 other languages/);
  });

  it('never shows a hotline number without its exact form (no spaced or dotted variants)', () => {
    for (const { file, text } of learnerTexts) {
      expect(text, file).not.toMatch(/888[ .]373[ .]7888|233[ .-]733|800[ .]THE[ .]LOST/);
    }
  });
});

describe('CEASE municipal course: questions', () => {
  it('gives every question a unique id of lower-case letters, digits and dashes', () => {
    const ids = questions.map((question) => question.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(questions.map((question) => [question.id, question] as const))(
    '%s has a prompt, 2–5 choices with at least one correct, and teaching feedback', (_id, question) => {
      expect(question.prompt.length).toBeGreaterThan(10);
      expect(question.choices.length).toBeGreaterThanOrEqual(2);
      expect(question.choices.length).toBeLessThanOrEqual(5);
      expect(question.choices.some((choice) => choice.correct)).toBe(true);
      const texts = question.choices.map((choice) => choice.text);
      if (texts.includes('True') || texts.includes('False')) expect(texts).toEqual(['True', 'False']);
      // Feedback must say why, not just "Correct".
      expect(question.feedback.split(/\s+/).length).toBeGreaterThanOrEqual(12);
      expect(question.feedback).not.toMatch(/^(correct|incorrect|right|wrong)\b/i);
    });

  it('has at least 8 knowledge checks, spread over every content module, and each role as a branching scenario of 2–3 decisions in both languages', () => {
    expect(knowledgeChecks.length).toBeGreaterThanOrEqual(MIN_KNOWLEDGE_CHECKS);
    for (const lesson of lessons.filter((item) => item.frontMatter.assessment === undefined)) {
      expect(lesson.questions.length, lesson.file).toBeGreaterThanOrEqual(1);
    }
    for (const set of hasSpanish ? [lessons, spanishLessons] : [lessons]) {
      const scenarios = set.flatMap((lesson) => scenariosOf(lesson.body));
      for (const role of ROLE_SCENARIOS) {
        const scenario = scenarios.find((found) => found.id.startsWith(`scenario-${role}`));
        expect(scenario?.decisions.length, role).toBeGreaterThanOrEqual(2);
        expect(scenario?.decisions.length, role).toBeLessThanOrEqual(3);
      }
    }
    // The best choice moves around, so it cannot be guessed by its place.
    const positions = lessons.flatMap((lesson) => scenariosOf(lesson.body)).flatMap((found) => found.decisions.map((decision) => decision.bestAt));
    expect(new Set(positions)).toEqual(new Set([0, 1, 2]));
    // The same scenarios, decisions and best choices' positions in both languages, so interaction ids and keys match.
    if (hasSpanish) {
      const shape = (set: Lesson[]) => set.flatMap((lesson) => scenariosOf(lesson.body)).map((found) => [found.id, found.decisions.map((decision) => decision.bestAt)]);
      expect(shape(spanishLessons)).toEqual(shape(lessons));
    }
  });

  it('has an assessment pool of at least 17 questions with the agreed settings and a mix of types', () => {
    const lesson = assessmentLessons[0];
    expect(lesson?.frontMatter.assessment).toEqual(ASSESSMENT);
    expect(pool.length).toBeGreaterThanOrEqual(MIN_POOL);
    expect(pool.length).toBeGreaterThanOrEqual(DRAWN);
    const kinds = pool.map((question) => {
      const correct = question.choices.filter((choice) => choice.correct).length;
      if (question.choices.map((choice) => choice.text).join('|') === 'True|False') return 'true-false';
      return correct > 1 ? 'multiple' : 'single';
    });
    for (const kind of ['true-false', 'single', 'multiple']) {
      expect(kinds.filter((found) => found === kind).length, kind).toBeGreaterThanOrEqual(3);
    }
    // The intro must state the same rules the front matter sets.
    const intro = (lesson?.body ?? '').split(':::question')[0] ?? '';
    expect(intro).toContain(`${DRAWN} questions`);
    expect(intro).toContain(`${ASSESSMENT.passingScore}%`);
    expect(intro).toContain(`${ASSESSMENT.attempts} tries`);
  });
});

describe('CEASE municipal course: sources', () => {
  it.each(lessons.map((lesson) => [lesson.file, lesson] as const))('%s lists its seed sources', (_file, lesson) => {
    const sources = lesson.frontMatter.sources;
    expect(Array.isArray(sources)).toBe(true);
    expect((sources as unknown[]).length).toBeGreaterThan(0);
    for (const source of sources as unknown[]) expect(SEEDS).toContain(source);
  });

  it('documents every module in SOURCES.md', () => {
    const notes = readFileSync(join(COURSE_DIR, 'SOURCES.md'), 'utf8');
    for (const file of files) expect(notes).toContain(file);
    for (const seed of SEEDS) expect(notes).toContain(seed);
    expect(notes).toMatch(/OUTSIDE SEEDS/);
  });

  it('never points at files outside the project', () => {
    const outside = ['/work/' + 'shared', '../' + 'shared'];
    for (const { file, text } of allProjectTexts) {
      for (const path of outside) expect(text.includes(path), `${file} mentions ${path}`).toBe(false);
    }
  });
});

describe('CEASE municipal course: placeholders and cities', () => {
  const used = new Set<string>([
    ...placeholdersIn(readFileSync(join(COURSE_DIR, 'course.yml'), 'utf8')),
    ...lessons.flatMap((lesson) => placeholdersIn(lesson.body)),
    ...(hasSpanish ? placeholdersIn(readFileSync(join(SPANISH_DIR, 'course.yml'), 'utf8')) : []),
    ...spanishLessons.flatMap((lesson) => placeholdersIn(lesson.body)),
  ]);

  it('uses the agreed city placeholders', () => {
    for (const name of ['city.name', 'city.slug', 'city.police_non_emergency', 'city.training_contact',
      'city.designation_threshold', 'city.designation_status', 'city.victim_services', 'city.child_reporting_duty',
      'city.departments.utilities']) {
      expect(used, name).toContain(name);
    }
    expect([...used].some((name) => name.startsWith('city.departments.'))).toBe(true);
  });

  it('marks the local victim-services and child-reporting values as drafts in every city file until the city confirms them', () => {
    for (const city of ['flagstaff.yml', 'phoenix.yml', 'TEMPLATE.yml']) {
      const text = readFileSync(join(COURSE_DIR, 'cities', city), 'utf8');
      for (const key of ['victim_services', 'child_reporting_duty']) {
        const values = [...text.matchAll(new RegExp(`^\\s*${key}: (.*)$`, 'gm'))].map((match) => match[1]);
        expect(values.length, `${city} ${key}`).toBeGreaterThan(0);
        for (const value of values) expect(value, `${city} ${key}`).toMatch(/^!todo /);
      }
    }
  });

  it('defines every placeholder as text in course.yml variables', () => {
    for (const name of used) expect(typeof lookup(course.variables, name), name).toBe('string');
  });

  it('has Flagstaff, Phoenix and a template', () => {
    expect(cityFiles).toEqual(expect.arrayContaining(['flagstaff.yml', 'phoenix.yml', 'TEMPLATE.yml']));
  });

  it.each(cityFiles)('cities/%s defines every placeholder the course uses, and nothing else', (file) => {
    // `locales` holds the same values in another language (checked in cease-municipal-package.test.ts).
    const { locales: _translations, ...city } = readYaml(join(CITIES_DIR, file)) as Record<string, unknown>;
    for (const name of used) {
      const value = lookup(city, name);
      expect(typeof value === 'string' && value.trim() !== '', `${file}: ${name}`).toBe(true);
    }
    expect(new Set(leafKeys(city))).toEqual(used);
    expect(lookup(city, 'city.slug')).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every city its own slug, so packages never overwrite each other', () => {
    const slugs = cityFiles.map((file) => lookup(readYaml(join(CITIES_DIR, file)), 'city.slug'));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain('municipal');
  });

  it('never hard-codes a designation threshold in the lessons', () => {
    for (const lesson of [...lessons, ...spanishLessons]) {
      expect(lesson.body, lesson.file).not.toMatch(/\b(?:75|90)\s?%/);
    }
  });
});

describe('CEASE municipal course: wording', () => {
  const named = ['Rucker', 'Musselman', 'Clifton', 'Gallego', 'Waring', 'Rivera', 'Gordon', 'Goldstein', 'Neeson', 'Farley', 'Ferguson'];
  const contested = [/79\s?%/, /\$\s?3[12]/, /average age/i, /edad promedio/i, /\b5\s?[-–]\s?10\s?%/, /\b994\b/, /\b121\b/];
  const dated = [/prostitut/i, /\bpimps?\b/i, /\bjohns\b/i, /turned out/i, /proxeneta/i];

  it.each(learnerTexts.map((entry) => [entry.file, entry.text] as const))(
    '%s names no individuals, states no contested figure and avoids dated terms', (_file, text) => {
      for (const name of named) expect(text).not.toContain(name);
      for (const pattern of [...contested, ...dated]) expect(text).not.toMatch(pattern);
    });

  it('has one "#" heading at most per module and short, phone-sized screens', () => {
    for (const lesson of [...lessons, ...spanishLessons]) {
      expect(lesson.body.match(/^#\s/gm)?.length ?? 0, lesson.file).toBeLessThanOrEqual(1);
      for (const screen of screensOf(lesson.body)) {
        if (lesson.frontMatter.assessment !== undefined) continue;
        const words = readableText(shownAtOnce(screen.text)).match(WORD)?.length ?? 0;
        expect(words, `${lesson.file}: ${screen.title}`).toBeLessThanOrEqual(MAX_SCREEN_WORDS);
      }
    }
  });

  it(`reads at grade ${GRADE_GUARD} or below in every module (aim: ${GRADE_AIM})`, () => {
    const rows = lessons.map((lesson) => ({
      module: lesson.file,
      ...readability(readableText(lesson.body)),
      proseGrade: readability(proseOnly(lesson.body)).grade,
    }));
    const total = readability(lessons.map((lesson) => readableText(lesson.body)).join(' '));
    console.log(`Flesch–Kincaid grade per module (aim ≤ ${GRADE_AIM}, guard ≤ ${GRADE_GUARD}):`);
    console.table([...rows, { module: 'whole course', ...total, proseGrade: readability(lessons.map((lesson) => proseOnly(lesson.body)).join(' ')).grade }]);
    for (const row of rows) expect(row.grade, row.module).toBeLessThanOrEqual(GRADE_GUARD);
  });
});

describe.runIf(hasSpanish)('CEASE municipal course: Spanish translation', () => {
  it('overrides only title, description, language and the default texts of the variables', () => {
    expect(Object.keys(spanishCourse).sort()).toEqual(['description', 'language', 'title', 'variables']);
    expect(spanishCourse.language).toBe('es');
    // Slugs are part of the course id: a translation must never change them.
    expect(lookup(spanishCourse, 'variables.city.slug')).toBeUndefined();
  });

  it('has the same lesson files as English', () => {
    expect(spanishFiles).toEqual(files);
  });

  it.each(files.map((file, index) => [file, index] as const))(
    '%s has the same question ids, in the same order, with the same answer key', (_file, index) => {
      const english = lessons[index];
      const spanish = spanishLessons[index];
      expect(spanish?.questions.map((question) => question.id)).toEqual(english?.questions.map((question) => question.id));
      expect(spanish?.frontMatter.assessment).toEqual(english?.frontMatter.assessment);
      expect(spanish?.frontMatter.sources).toEqual(english?.frontMatter.sources);
      english?.questions.forEach((question, q) => {
        const translated = spanish?.questions[q];
        expect(translated?.choices.map((choice) => choice.correct), question.id)
          .toEqual(question.choices.map((choice) => choice.correct));
        if (question.choices.map((choice) => choice.text).join('|') === 'True|False') {
          expect(translated?.choices.map((choice) => choice.text), question.id).toEqual(['Verdadero', 'Falso']);
        }
        expect(translated?.feedback.split(/\s+/).length ?? 0, question.id).toBeGreaterThanOrEqual(12);
      });
    });

  it('gives the hotline in Spanish with the exact numbers', () => {
    const spanish = spanishLessons.map((lesson) => lesson.body).join('\n');
    expect(spanish).toContain('Línea Nacional contra la Trata de Personas');
    // The official English name too, so a Spanish-speaking learner can find the service.
    expect(spanish).toContain('National Human Trafficking Hotline');
    for (const required of [HOTLINE_PHONE, HOTLINE_TEXT, CYBERTIPLINE_PHONE, CYBERTIPLINE_WEB, EMERGENCY]) {
      expect(spanish).toContain(required);
    }
    expect(spanish).toMatch(/mensaje de texto al 233733/);
  });

  it('avoids Spanish wording that changes the meaning of the English', () => {
    // "adulto mayor" reads as a senior citizen, not "an older adult"; "violación" next to
    // a curfew reads as rape in a course on sexual exploitation; "casi toda" overstates "most".
    const misleading = [/adultos? mayor(?:es)?\b/i, /violaci[oó]n(?:es)? del toque/i, /violar el toque/i, /\bcasi toda\b/i];
    for (const lesson of spanishLessons) {
      for (const pattern of misleading) expect(lesson.body, `${lesson.file}: ${pattern}`).not.toMatch(pattern);
    }
  });
});

describe('CEASE municipal course: corrections that must not come back', () => {
  const both = [...lessons, ...spanishLessons];
  const question = (set: Lesson[], id: string) => set.flatMap((lesson) => lesson.questions).find((item) => item.id === id);
  const key = (set: Lesson[], id: string) => question(set, id)?.choices.filter((choice) => choice.correct).map((choice) => choice.text);
  const finalIntro = (set: Lesson[]) => (set.find((lesson) => lesson.frontMatter.assessment !== undefined)?.body ?? '').split(':::question')[0] ?? '';

  it('says what the player does: feedback on the results page, not after each answer', () => {
    expect(finalIntro(lessons)).toContain('When you finish, the results page shows each question with your answer, the correct answer if you missed it, and why.');
    expect(finalIntro(lessons)).not.toMatch(/after each answer/i);
    if (!hasSpanish) return;
    expect(finalIntro(spanishLessons)).toContain('Al terminar, la página de resultados muestra cada pregunta con su respuesta, la respuesta correcta si se equivocó, y por qué.');
    expect(finalIntro(spanishLessons)).not.toMatch(/después de cada respuesta/i);
  });

  it('asks the hotline number and its text code with the exact numbers as keys, in both languages', () => {
    for (const set of hasSpanish ? [lessons, spanishLessons] : [lessons]) {
      expect(key(set, 'final-hotline-number')).toEqual([HOTLINE_PHONE]);
      expect(key(set, 'final-text-code')).toEqual([HOTLINE_TEXT]);
      // Front desk, an adult not in danger: the hotline first; 911 once someone is in danger.
      const frontDesk = set.flatMap((lesson) => scenariosOf(lesson.body)).find((found) => found.id === 'scenario-front-desk-adult');
      const english = set === lessons;
      expect(frontDesk?.decisions[1]?.best).toEqual([english
        ? 'If it is safe, quietly give her the hotline number, then report your concern to the hotline.'
        : 'Si es seguro, darle con discreción el número de la línea nacional, y luego reportar su preocupación a la línea nacional.']);
      expect(frontDesk?.decisions[1]?.text).toContain(HOTLINE_PHONE);
      expect(frontDesk?.decisions[2]?.best).toEqual([english ? 'Call 911.' : 'Llamar al 911.']);
    }
  });

  it('attributes the demand argument to its speaker and source, in the lesson and in the feedback', () => {
    for (const id of ['demand-drives', 'final-demand']) {
      expect(question(lessons, id)?.feedback, id).toMatch(/AATN's CEASE program director at the time/);
      expect(question(lessons, id)?.feedback, id).toMatch(/2023 news story/);
      if (hasSpanish) expect(question(spanishLessons, id)?.feedback, id).toMatch(/entonces directora del programa CEASE de AATN/);
    }
    // One person's remarks in one 2023 story, never the organisation speaking today.
    for (const lesson of both) expect(lesson.body, lesson.file).not.toMatch(/AATN's CEASE director\b|AATN says|directora de CEASE en AATN|AATN dice/);
  });

  it('keeps the seed\'s strength: "often" a romantic partner, "face" abuse, no "rude", no ranking of the challenges', () => {
    for (const lesson of both) {
      expect(lesson.body, lesson.file).not.toMatch(/most often,? a romantic|most often a romantic|con más frecuencia, una pareja|sobre todo de pareja/);
      expect(lesson.body, lesson.file).not.toMatch(/\brude\b|groser[oa]/);
      expect(lesson.body, lesson.file).not.toMatch(/main reasons|razones principales|show signs of (mental|abuse)/);
      expect(lesson.body, lesson.file).not.toMatch(/older (partner|"boyfriend")|social app|aplicación social|pareja mayor/);
    }
    expect(lessons.map((lesson) => lesson.body).join('\n')).not.toContain('helps the city get there');
  });

  it.runIf(hasSpanish)('keeps Spanish recruitment questions from answering themselves and the public-works route in school hours', () => {
    expect(question(spanishLessons, 'final-recruitment')?.choices.map((choice) => choice.text).join(' ')).not.toMatch(/captaci[oó]n/i);
    for (const lesson of spanishLessons) expect(lesson.body, lesson.file).not.toMatch(/madrugada|consuelo/);
  });
});

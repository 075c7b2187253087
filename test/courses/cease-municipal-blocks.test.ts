// How the CEASE course presents its lessons with content blocks. The facts are
// checked in cease-municipal.test.ts; these checks keep the presentation the same
// in both languages and keep the summaries from saying anything new.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const COURSE_DIR = fileURLToPath(new URL('../../courses/cease-municipal/', import.meta.url));
const LANGUAGES = [
  { name: 'English', dir: COURSE_DIR, summaryTitle: 'To remember' },
  { name: 'Spanish', dir: join(COURSE_DIR, 'locales', 'es'), summaryTitle: 'Para recordar' },
];
/** Modules 01–07 teach; 08 is the final check and has no summary. */
const CONTENT_MODULE = /^0[1-7]-[^/]+\.md$/;

function lessonBodies(dir: string): Map<string, string> {
  const files = readdirSync(dir).filter((name) => /^\d{2,}-[^/]+\.md$/.test(name)).sort();
  return new Map(files.map((file) => [file, readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')]));
}

/** Each block opener in order, with its id for questions and scenarios: `steps`, `question#hotline-number`. */
function blockSequence(body: string): string[] {
  return [...body.matchAll(/^:::(\w+)(?:\{#([^}\s]+))?/gm)].map((match) => (match[2] ? `${match[1]}#${match[2]}` : match[1] ?? ''));
}

/** The contents of every `:::name` block of a lesson (the course never nests them). */
function blocksNamed(body: string, name: string): { opener: string; content: string }[] {
  return [...body.matchAll(new RegExp(`^(:::${name}\\b[^\\n]*)\\n([\\s\\S]*?)^:::[ \\t]*$`, 'gm'))]
    .map((match) => ({ opener: match[1] ?? '', content: match[2] ?? '' }));
}

/** The last `##` screen of a lesson: its title and text. */
function lastScreen(body: string): { title: string; text: string } {
  const parts = body.split(/^##\s+(.*)$/m);
  return { title: parts.at(-2) ?? '', text: parts.at(-1) ?? '' };
}

/** Phone numbers, text codes, web addresses and city values: what a summary must never add. */
function contacts(text: string): string[] {
  return [...text.matchAll(/\d[\d-]*\d|1-800-THE-LOST|[a-z]+\.org|\{\{[^}]+\}\}/g)].map((match) => match[0]);
}

const courses = LANGUAGES.map((language) => ({ ...language, lessons: lessonBodies(language.dir) }));

describe('CEASE municipal course: content blocks', () => {
  it.each(courses.map((course) => [course.name, course] as const))(
    '%s: the reporting steps in module 05 are one :::steps block of six numbered steps', (_name, course) => {
      const steps = blocksNamed(course.lessons.get('05-how-to-report.md') ?? '', 'steps');
      expect(steps).toHaveLength(1);
      const items = (steps[0]?.content ?? '').split('\n').filter((line) => /^\d+\.\s/.test(line));
      expect(items.map((line) => line.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
      expect(items[0]).toContain('911');
      expect(steps[0]?.content).toContain('1-888-373-7888');
    });

  it.each(courses.map((course) => [course.name, course] as const))(
    '%s: every content module ends on a summary screen with one key-takeaways box', (_name, course) => {
      const contentModules = [...course.lessons.keys()].filter((file) => CONTENT_MODULE.test(file));
      expect(contentModules).toHaveLength(7);
      for (const file of contentModules) {
        const body = course.lessons.get(file) ?? '';
        expect(blocksNamed(body, 'takeaways'), file).toHaveLength(1);
        const screen = lastScreen(body);
        expect(screen.title, file).toBe(course.summaryTitle);
        expect(blocksNamed(screen.text, 'takeaways'), file).toHaveLength(1);
      }
    });

  it.each(courses.map((course) => [course.name, course] as const))(
    '%s: a takeaways box gives no number, address or city value that its module does not already give', (_name, course) => {
      for (const [file, body] of course.lessons) {
        for (const box of blocksNamed(body, 'takeaways')) {
          const rest = body.replace(box.content, '');
          for (const contact of contacts(box.content)) expect(rest, `${file}: ${contact}`).toContain(contact);
        }
      }
    });

  it('uses the same blocks, questions and scenarios in the same order in English and Spanish', () => {
    const [english, spanish] = courses;
    expect([...(spanish?.lessons.keys() ?? [])]).toEqual([...(english?.lessons.keys() ?? [])]);
    for (const [file, body] of english?.lessons ?? []) {
      expect(blockSequence(spanish?.lessons.get(file) ?? ''), file).toEqual(blockSequence(body));
    }
  });

  it.each(courses.map((course) => [course.name, course] as const))(
    '%s: every quotation says who said it', (_name, course) => {
      const quotes = [...course.lessons.values()].flatMap((body) => blocksNamed(body, 'quote'));
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(quote.opener).toMatch(/speaker="[^"]+"/);
    });
});

// Generated courses for the benchmark: many small modules, or a few lessons
// as large as cease reads (1 MB each).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** 3 text screens and a knowledge check (about 2.2 KB of Markdown). */
function moduleScreens(m) {
  const screens = [1, 2, 3]
    .map((s) => `## Screen ${s}\n\n${'A sentence of ordinary training text with **emphasis** and a [the city handbook](https://example.org/handbook). '.repeat(6)}\n\n- one\n- two\n- three\n`)
    .join('\n');
  // The right answer moves around, as the answer-position rule asks authors to do.
  const choices = ['Yes', 'No', 'Maybe'].map((text, i) => `- [${i === m % 3 ? 'x' : ' '}] ${text}`).join('\n');
  return `${screens}\n## Check ${m}\n\n:::question{#q${m}}\nQuestion ${m}?\n\n${choices}\n\n> Because it is.\n:::\n`;
}

export function generateCourse(scratch, modules) {
  const dir = join(scratch, `gen-${modules}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'course.yml'), `id: gen-${modules}\ntitle: Generated ${modules}\nversion: 1.0.0\n`);
  for (let m = 1; m <= modules; m++) {
    writeFileSync(join(dir, `${String(m).padStart(4, '0')}-module.md`), `# Module ${m}\n\n${moduleScreens(m)}`);
  }
  return dir;
}

/** `lessons` lessons of just under 1 MB each (the largest lesson cease reads), made of the same screens. */
export function generateLargeLessons(scratch, lessons) {
  const dir = join(scratch, `large-${lessons}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'course.yml'), `id: large-${lessons}\ntitle: Large lessons\nversion: 1.0.0\n`);
  for (let l = 1; l <= lessons; l++) {
    let text = `# Lesson ${l}\n\n`;
    for (let m = 1; ; m++) {
      const next = moduleScreens(l * 10000 + m);
      if (Buffer.byteLength(text + next) > 1000 * 1024) break;
      text += next;
    }
    writeFileSync(join(dir, `${l}-lesson.md`), text);
  }
  return dir;
}

import AdmZip from 'adm-zip';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LABEL_NAMES, stringsFor } from '../../src/model/ui-strings.js';
import { copyFixture, repoRoot, runCli, scratchDir, type Found } from '../helpers/cli.js';

const scratch = scratchDir('cease-authoring-');
afterAll(scratch.cleanup);
let cases = 0;

/** A fresh copy of the minimal course, changed by `mutate`. */
function course(mutate: (dir: string) => void): string {
  const dir = copyFixture('minimal', join(scratch.dir, `case-${++cases}`));
  mutate(dir);
  return dir;
}

const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}: ${String(from)}`);
  writeFileSync(join(dir, file), next);
};

async function run(command: 'validate' | 'build', dir: string, ...args: string[]) {
  const out = join(dir, '..', 'out');
  const extra = command === 'build' ? ['--out', out] : [];
  const result = await runCli([command, dir, ...extra, ...args, '--reporter', 'json'], join(dir, '..'));
  expect(result.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  const diagnostics = (JSON.parse(result.stdout) as { diagnostics: Found[] }).diagnostics;
  const written = existsSync(out) ? readdirSync(out) : [];
  return { code: result.code, diagnostics, written, out };
}

/** The one diagnostic of a rule, or a failure listing what was reported. */
function only(diagnostics: Found[], ruleId: string): Found {
  const found = diagnostics.filter((d) => d.ruleId === ruleId);
  expect(found, JSON.stringify(diagnostics, null, 1)).toHaveLength(1);
  return found[0] as Found;
}

function pageOf(zip: string): string {
  return new AdmZip(zip).readAsText('index.html');
}

describe('misspelt keys are errors that name the key meant', () => {
  it('a --vars file with contcat: instead of contact:', async () => {
    const dir = course((c) => writeFileSync(join(c, '..', 'city.yml'), 'site:\n  name: Northtown\n  slug: north\ncontcat: the city clerk\n'));
    const { code, diagnostics, written } = await run('build', dir, '--vars', 'city.yml');
    expect(code).toBe(1);
    expect(written).toEqual([]);
    const found = only(diagnostics, 'vars-unknown-key');
    expect(found).toMatchObject({ file: 'city.yml', line: 4, column: 1, severity: 'error' });
    expect(found.message).toContain('Did you mean contact?');
  });

  it('course.yml with durration:', async () => {
    const dir = course((c) => edit(c, 'course.yml', 'duration: 10', 'durration: 10'));
    const { code, diagnostics } = await run('validate', dir);
    expect(code).toBe(1);
    expect(only(diagnostics, 'course-schema')).toMatchObject({ line: 8, column: 1, hint: expect.stringContaining('Did you mean "duration"?') });
  });

  it('lesson front matter with titel:', async () => {
    const dir = course((c) => edit(c, '01-basics.md', 'title: The basics', 'titel: The basics'));
    const { code, diagnostics } = await run('validate', dir);
    expect(code).toBe(1);
    expect(only(diagnostics, 'front-matter-schema')).toMatchObject({ file: 'minimal/01-basics.md', line: 2, column: 1, hint: expect.stringContaining('Did you mean "title"?') });
  });

  it('rules: with image-altt: off', async () => {
    const dir = course((c) => writeFileSync(join(c, 'course.yml'), `${readFileSync(join(c, 'course.yml'), 'utf8')}rules:\n  image-altt: off\n`));
    const { code, diagnostics } = await run('validate', dir);
    expect(code).toBe(1);
    const found = only(diagnostics, 'rule-unknown');
    expect(found).toMatchObject({ line: 15, severity: 'error' });
    expect(found.message).toContain('Did you mean "image-alt"?');
  });
});

describe('blocks the parser cannot see the end of', () => {
  it(':::mythh is an error that suggests :::myth, not a label-less paragraph', async () => {
    const dir = course((c) => edit(c, '01-basics.md', ':::myth', ':::mythh'));
    const { code, diagnostics, written } = await run('build', dir);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    const found = only(diagnostics, 'directive-unknown');
    expect(found).toMatchObject({ line: 11, column: 1, severity: 'error' });
    expect(found.message).toContain('Did you mean ":::myth"?');
  });

  it('an unclosed ::: block is reported at its opening line', async () => {
    const dir = course((c) => edit(c, '01-basics.md', 'It can happen in any community.\n:::\n', 'It can happen in any community.\n'));
    const { code, diagnostics } = await run('validate', dir);
    expect(code).toBe(1);
    expect(only(diagnostics, 'directive-unclosed')).toMatchObject({ line: 15, column: 1, message: expect.stringContaining(':::fact') });
  });

  it('unclosed front matter is reported at line 1', async () => {
    const dir = course((c) => edit(c, '01-basics.md', 'sources: [notes.txt]\n---\n', 'sources: [notes.txt]\n\n'));
    const { code, diagnostics } = await run('validate', dir);
    expect(code).toBe(1);
    expect(only(diagnostics, 'front-matter-unclosed')).toMatchObject({ line: 1, column: 1 });
  });
});

describe('a video and its captions', () => {
  const withVideo = (captions: string | null) => course((c) => {
    mkdirSync(join(c, 'assets'), { recursive: true });
    cpSync(join(repoRoot, 'test/fixtures/blocks/assets/hotline-call.webm'), join(c, 'assets', 'call.webm'));
    if (captions !== null) writeFileSync(join(c, 'assets', 'call.vtt'), captions);
    appendFileSync(join(c, '01-basics.md'), '\n:::video[Calling the hotline]\n[Watch the call](assets/call.webm)\n:::\n');
  });

  it('without a .vtt beside it the build is refused at the link, naming the file to add, and nothing is written', async () => {
    const { code, diagnostics, written } = await run('build', withVideo(null));
    expect(code).toBe(1);
    expect(written).toEqual([]);
    expect(only(diagnostics, 'media-captions')).toMatchObject({ file: 'minimal/01-basics.md', column: 1, severity: 'error', message: 'Video "assets/call.webm" has no captions (assets/call.vtt is missing).' });
  });

  it('a cue that ends before it starts is an error at its line and column of the .vtt file', async () => {
    const { code, diagnostics } = await run('validate', withVideo('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello.\n\n00:00:03.000 --> 00:00:02.000\nBackwards.\n'));
    expect(code).toBe(1);
    expect(only(diagnostics, 'media-vtt')).toMatchObject({ file: 'minimal/assets/call.vtt', line: 6, column: 30, severity: 'error' });
  });

  it('with valid captions it builds, and the package carries the clip and its captions', async () => {
    const { code, out } = await run('build', withVideo('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello.\n'));
    expect(code).toBe(0);
    const zip = new AdmZip(join(out, 'fixture-testville-1.0.0-scorm12.zip'));
    expect(zip.getEntries().map((entry) => entry.entryName).filter((name) => name.startsWith('assets/call'))).toEqual(['assets/call.vtt', 'assets/call.webm']);
  });
});

describe('languages without built-in player labels', () => {
  const french = (c: string) => edit(c, 'course.yml', 'language: en', 'language: fr');

  it('language: fr alone is an error at the language line naming what is missing', async () => {
    const dir = course(french);
    const { code, diagnostics, written } = await run('build', dir);
    expect(code).toBe(1);
    expect(written).toEqual([]);
    const found = only(diagnostics, 'labels-missing');
    expect(found).toMatchObject({ line: 4, severity: 'error' });
    expect(found.message).toContain(`lacks ${LABEL_NAMES.length} of the ${LABEL_NAMES.length}`);
  });

  it('with every label in course.yml it builds, and the player and callouts use them', async () => {
    const labels = Object.fromEntries(LABEL_NAMES.map((name) => [name, `fr ${stringsFor('en')[name]}`]));
    const dir = course((c) => {
      french(c);
      writeFileSync(join(c, 'course.yml'), `${readFileSync(join(c, 'course.yml'), 'utf8')}labels:\n${Object.entries({ ...labels, next: 'Suivant', myth: 'Mythe' }).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join('\n')}\n`);
    });
    const { code, written, out } = await run('build', dir);
    expect(code).toBe(0);
    const page = pageOf(join(out, written[0] as string));
    expect(page).toContain('"next":"Suivant"');
    expect(page).toContain('\\u003cstrong>Mythe\\u003c/strong>');
  });

  it('labels in the main course.yml do not leak into a translation in another language', async () => {
    const dir = course((c) => {
      writeFileSync(join(c, 'course.yml'), `${readFileSync(join(c, 'course.yml'), 'utf8')}labels:\n  exit: Close the course\n`);
      mkdirSync(join(c, 'locales', 'es'), { recursive: true });
      writeFileSync(join(c, 'locales', 'es', 'course.yml'), 'language: es\ntitle: Curso de prueba\n');
      for (const lesson of ['01-basics.md', '02-final.md']) cpSync(join(c, lesson), join(c, 'locales', 'es', lesson));
    });
    const english = await run('build', dir);
    const spanish = await run('build', dir, '--locale', 'es');
    expect([english.code, spanish.code]).toEqual([0, 0]);
    expect(pageOf(join(english.out, english.written.find((name) => !name.includes('-es-')) as string))).toContain('"exit":"Close the course"');
    expect(pageOf(join(spanish.out, spanish.written.find((name) => name.includes('-es-')) as string))).toContain('"exit":"Salir"');
  });

  it('a label with a misspelt name is refused with the name meant', async () => {
    const dir = course((c) => writeFileSync(join(c, 'course.yml'), `${readFileSync(join(c, 'course.yml'), 'utf8')}labels:\n  nxt: Weiter\n`));
    const { code, diagnostics } = await run('validate', dir);
    expect(code).toBe(1);
    expect(only(diagnostics, 'course-schema').hint).toContain('Did you mean "next"?');
  });
});

describe('values marked !todo', () => {
  const draftCity = (c: string) => writeFileSync(join(c, '..', 'city.yml'), 'site:\n  name: Northtown\n  slug: north\ncontact: !todo "(to be confirmed by the city)"\n');

  it('validate warns, build refuses without --draft and writes nothing, build --draft writes the review copy', async () => {
    const dir = course(draftCity);
    const validate = await run('validate', dir, '--vars', 'city.yml');
    expect(validate.code).toBe(0);
    expect(only(validate.diagnostics, 'draft-value')).toMatchObject({ file: 'city.yml', line: 4, column: 16, severity: 'warning' });

    const build = await run('build', dir, '--vars', 'city.yml');
    expect(build.code).toBe(1);
    expect(build.written).toEqual([]);
    expect(only(build.diagnostics, 'draft-value')).toMatchObject({ severity: 'error', hint: expect.stringContaining('--draft') });

    const draft = await run('build', dir, '--vars', 'city.yml', '--draft');
    expect(draft.code).toBe(0);
    expect(pageOf(join(draft.out, draft.written[0] as string))).toContain('(to be confirmed by the city)');
  });

  it('validate --draft lists each draft as a note, so a course awaiting its city holds to zero warnings', async () => {
    const dir = course(draftCity);
    const validate = await run('validate', dir, '--vars', 'city.yml', '--draft', '--max-warnings', '0');
    expect(validate.code).toBe(0);
    expect(only(validate.diagnostics, 'draft-value')).toMatchObject({ file: 'city.yml', line: 4, severity: 'info' });
    expect((await run('validate', dir, '--vars', 'city.yml', '--max-warnings', '0')).code).toBe(1);
  });

  it('a draft default that the vars file replaces is not reported', async () => {
    const dir = course((c) => {
      edit(c, 'course.yml', 'contact: the training office', 'contact: !todo "ask HR"');
      writeFileSync(join(c, '..', 'city.yml'), 'contact: the city clerk\n');
    });
    expect((await run('build', dir, '--vars', 'city.yml')).code).toBe(0);
    expect(only((await run('build', dir)).diagnostics, 'draft-value').line).toBe(13);
  });
});

describe('lesson order', () => {
  it('1-, 2-, 9-, 10- are modules 1, 2, 9, 10, with a warning about the widths', async () => {
    const dir = course((c) => {
      renameSync(join(c, '01-basics.md'), join(c, '1-basics.md'));
      renameSync(join(c, '02-final.md'), join(c, '10-final.md'));
      writeFileSync(join(c, '2-second.md'), '# Second\n\nText.\n');
      writeFileSync(join(c, '9-ninth.md'), '# Ninth\n\nText.\n');
    });
    const { code, diagnostics, written, out } = await run('build', dir);
    expect(code).toBe(0);
    expect(only(diagnostics, 'lesson-number-width')).toMatchObject({ severity: 'warning', hint: expect.stringContaining('01-basics.md') });
    const titles = [...pageOf(join(out, written[0] as string)).matchAll(/"source":"([^"]+)"/g)].map((match) => match[1]);
    expect(titles).toEqual(['1-basics.md', '2-second.md', '9-ninth.md', '10-final.md']);
  });
});

describe('a module after the assessment', () => {
  it('builds with a warning at the assessment', async () => {
    const dir = course((c) => writeFileSync(join(c, '03-resources.md'), '# Resources\n\nMore reading.\n'));
    const { code, diagnostics } = await run('build', dir);
    expect(code).toBe(0);
    expect(only(diagnostics, 'module-after-assessment')).toMatchObject({ file: expect.stringMatching(/02-final\.md$/), line: 3, severity: 'warning' });
  });
});

describe('links to lesson files', () => {
  it('become links to the module in the player; the Markdown is not packaged', async () => {
    const dir = course((c) => edit(c, '02-final.md', 'Answer two questions.', 'Go back to [the basics](01-basics.md) first. Answer two questions.'));
    const { code, written, out } = await run('build', dir);
    expect(code).toBe(0);
    const zip = new AdmZip(join(out, written[0] as string));
    expect(zip.getEntries().map((entry) => entry.entryName).filter((name) => name.endsWith('.md'))).toEqual([]);
    expect(zip.readAsText('index.html')).toContain('href=\\"#cease-module-1\\"');
  });
});

describe('a question written with a plain list', () => {
  it('has no choices, and its blockquote still counts as feedback', async () => {
    const dir = course((c) => edit(c, '01-basics.md', '- [x] True\n- [ ] False', '- True\n- False'));
    const { code, diagnostics } = await run('validate', dir);
    expect(code).toBe(1);
    expect(only(diagnostics, 'question-choices').message).toContain('no [ ] boxes');
    expect(diagnostics.filter((d) => d.ruleId === 'question-feedback')).toEqual([]);
  });
});

describe('course.yml mistakes in the author\'s words', () => {
  const messages = async (text: string) => {
    const dir = course((c) => writeFileSync(join(c, 'course.yml'), text));
    const { code, diagnostics } = await run('validate', dir);
    expect(code).toBe(1);
    return diagnostics;
  };

  it('version: 1.0 asks for a semantic version in quotes', async () => {
    const [found] = await messages('id: demo\ntitle: Demo\nversion: 1.0\n');
    expect(found?.message).toContain('a semantic version such as 1.0.0, in quotes');
  });

  it('version:1.0.0 asks for a space after the colon, once', async () => {
    const found = await messages('id: demo\ntitle: Demo\nversion:1.0.0\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 3, message: expect.stringContaining('needs a space after the colon') });
  });

  it('a tab in the indentation is one error saying so', async () => {
    const found = await messages('id: demo\ntitle: Demo\nversion: 1.0.0\nvariables:\n\tcity: Northtown\n\tslug: north\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'yaml-syntax', line: 5, message: expect.stringContaining('tab') });
  });

  it('an empty course.yml names the required keys', async () => {
    const [found] = await messages('');
    expect(found?.message).toContain('id, title, version');
  });
});

describe('placeholders in front matter titles', () => {
  it('title: is filled, and an unknown name there is reported at the title', async () => {
    const dir = course((c) => edit(c, '01-basics.md', 'title: The basics', 'title: The basics in {{site.name}}'));
    const { code, written, out } = await run('build', dir);
    expect(code).toBe(0);
    expect(pageOf(join(out, written[0] as string))).toContain('"title":"The basics in Testville"');

    const wrong = course((c) => edit(c, '01-basics.md', 'title: The basics', 'title: The basics in {{site.nmae}}'));
    const result = await run('validate', wrong);
    expect(result.code).toBe(1);
    expect(only(result.diagnostics, 'placeholder-unknown')).toMatchObject({ line: 2, message: expect.stringContaining('{{site.nmae}}') });
  });
});

describe('placeholders cannot blow a lesson up past the file size limit', () => {
  it('300 × {{b}} with a 900 KB value is refused at the placeholder where the budget runs out', async () => {
    const dir = course((c) => {
      writeFileSync(join(c, '..', 'big.yml'), `b: "${'x'.repeat(900 * 1024)}"\n`);
      edit(c, 'course.yml', 'contact: the training office', 'contact: the training office\n  b: short');
      edit(c, '01-basics.md', '# The basics\n', `# The basics\n\n${Array.from({ length: 300 }, () => '{{b}}').join('\n\n')}\n`);
    });
    const started = Date.now();
    const { code, diagnostics, written } = await run('build', dir, '--vars', 'big.yml');
    expect(code).toBe(1);
    expect(written).toEqual([]);
    // The first 900 KB fits the 1 MB budget; the second placeholder (line 9) does not.
    expect(only(diagnostics, 'placeholder-too-large')).toMatchObject({ line: 9, column: 1, severity: 'error' });
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe('asset names a link cannot spell as written', () => {
  it('a raw # in a file name gets a hint to write %23', async () => {
    const dir = course((c) => {
      writeFileSync(join(c, 'assets', 'form#2.pdf'), '%PDF-1.4\n');
      edit(c, '02-final.md', 'Answer two questions.', 'Fill in [the form](assets/form#2.pdf). Answer two questions.');
    });
    const { code, diagnostics } = await run('validate', dir);
    expect(code).toBe(1);
    const found = only(diagnostics, 'link-target');
    expect(found.hint).toContain('%23');
    expect(found.hint).toContain('assets/form%232.pdf');
    expect(found.hint).not.toMatch(/^Add assets\/form/);
  });

  it('a path through names ending in dots and spaces is an error', async () => {
    const dir = course((c) => edit(c, '02-final.md', 'Answer two questions.', 'Read [this](<assets/.. /.. /evil.html>). Answer two questions.'));
    const { code, diagnostics } = await run('validate', dir);
    expect(code).toBe(1);
    expect(only(diagnostics, 'link-target')).toMatchObject({ severity: 'error', message: expect.stringContaining('ending in a dot or space') });
  });
});

describe('the sample course and a new course stay clean', () => {
  it('cease init output validates with no diagnostics at all', async () => {
    const dir = join(scratch.dir, 'init');
    expect((await runCli(['init', dir])).code).toBe(0);
    const { code, diagnostics } = await run('validate', dir);
    expect(code).toBe(0);
    expect(diagnostics).toEqual([]);
    rmSync(dir, { recursive: true });
  });
});

describe('variables a vars file may set', () => {
  it('a variable only the translation uses is known to the English build', async () => {
    const dir = course((c) => {
      // Without assets, so nothing else makes the build read the other language's lessons.
      edit(c, '01-basics.md', /!\[.*\n/, '');
      rmSync(join(c, 'assets'), { recursive: true });
      for (const lesson of ['01-basics.md', '02-final.md']) cpSync(join(c, lesson), join(c, 'locales', 'es', lesson));
      edit(c, 'locales/es/01-basics.md', 'Welcome to {{site.name}}.', 'Bienvenidos a {{site.name}}, {{site.greeting}}.');
      writeFileSync(join(c, '..', 'city.yml'), 'site:\n  greeting: vecinos\n');
    });
    const { code, diagnostics } = await run('validate', dir, '--vars', 'city.yml');
    expect(diagnostics.filter((d) => d.ruleId === 'vars-unknown-key')).toEqual([]);
    expect(code).toBe(0);
  });
});

import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compile.js';
import { scratchDir } from '../helpers/cli.js';

/*
 * Random Markdown and YAML must never make the compiler throw: every outcome
 * is a result with diagnostics, and every error names a file and a rule.
 * Seeds are random per run; fast-check prints the seed and the shrunk
 * counterexample when a property fails, so a failure can be replayed.
 * CEASE_FUZZ_SCALE=20 runs twenty times as many cases, for a longer hunt.
 */
const scale = Number(process.env['CEASE_FUZZ_SCALE'] ?? 1);

const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '*', '**', '_', '`', '~~', '[', ']', '](', ')', '![', '<', '>', '|', ':', '::', ':::', '{', '}', '#', '\\', '&amp;', '\n', '\r\n', '\r',
    '\u0000', '\u0007', '\u202e', '\ufeff', '\ud800', 'é', '🚨', '中文', '{{site.name}}', '{{missing}}', '{{ site }}',
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'https://example.org', '%2e%2e/',
  ),
);
const inline = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const url = fc.oneof(
  fc.constantFrom('assets/pic.svg', 'assets/missing.png', '../outside.png', '%2e%2e/%2e%2e/etc/passwd', 'file:///etc/passwd',
    '/etc/passwd', 'https://example.org/a.png', 'javascript:alert(1)', '#top', '', 'assets/pic.svg?x#y', 'assets\\pic.svg', 'course.yml'),
  inline,
);
const choice = fc.tuple(fc.boolean(), inline).map(([correct, text]) => `- [${correct ? 'x' : ' '}] ${text}`);
const question = fc
  .record({
    id: fc.oneof(fc.constantFrom('q1', 'q2', 'q1', ''), fc.string({ maxLength: 6 })),
    prompt: inline,
    choices: fc.array(choice, { maxLength: 5 }),
    feedback: fc.option(inline),
    close: fc.boolean(),
  })
  .map(({ id, prompt, choices, feedback, close }) =>
    [`:::question${id ? `{#${id}}` : ''}`, prompt, '', ...choices, '', feedback === null ? '' : `> ${feedback}`, close ? ':::' : ''].join('\n'));
const block: fc.Arbitrary<string> = fc.oneof(
  inline,
  fc.tuple(fc.integer({ min: 1, max: 7 }), inline).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.constantFrom('- ', '* ', '1. ', '- [ ] ', '- [x] ', '> '), inline), { maxLength: 6 })
    .map((items) => items.map(([indent, marker, text]) => `${' '.repeat(indent)}${marker}${text}`).join('\n')),
  question,
  fc.tuple(fc.constantFrom('note', 'tip', 'warning', 'myth', 'fact', 'unknown', 'question'), inline, fc.boolean())
    .map(([name, text, close]) => `:::${name}\n${text}\n${close ? ':::' : ''}`),
  fc.tuple(fc.constantFrom('```', '~~~', '````'), inline, fc.boolean()).map(([fence, code, close]) => `${fence}js\n${code}\n${close ? fence : ''}`),
  fc.tuple(inline, url).map(([alt, target]) => `![${alt}](${target})`),
  fc.tuple(inline, url).map(([text, target]) => `[${text}](${target})`),
  fc.tuple(inline, inline).map(([a, b]) => `| ${a} | ${b} |\n| --- | --- |\n| ${b} | ${a} |`),
  fc.constantFrom('<div onclick="x">', '</div>', '<!-- c -->', '---', '***', '[ref]: assets/pic.svg', '![x][ref]', '::leaf[x]{y=z}', ':text[x]'),
  fc.constantFrom('- '.repeat(60) + 'deep', '>'.repeat(60) + ' deep', '*'.repeat(150) + 'a', `${'|a'.repeat(250)}|\n${'|-'.repeat(250)}|`),
);
const markdown = fc.array(block, { maxLength: 12 }).map((blocks) => blocks.join('\n\n'));

const scalar = fc.oneof(
  inline.map((text) => JSON.stringify(text)),
  fc.string({ maxLength: 10 }),
  fc.constantFrom('1.0.0', 'hostile', '80', '-1', '1e400', '.nan', 'null', '~', 'true', 'yes', '!!binary aGk=', '!tag x', '*alias', '&a x', '[', '{', '"', "'", '|', '>', '@', '`'),
  fc.integer().map(String),
  fc.constantFrom(`${'['.repeat(1000)}${']'.repeat(1000)}`, '&x [a, a, a, a, a, a, a, a, a, a, a, a]'),
);
/** A "billion laughs" bomb: each level repeats the one before ten times. */
const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]';
const key = fc.oneof(
  fc.constantFrom('id', 'title', 'version', 'language', 'description', 'organization', 'passingScore', 'duration', 'statusPolicy',
    'variables', 'rules', 'assessment', 'draw', 'shuffle', 'attempts', 'sources', '__proto__', 'constructor', 'site', 'name', '<<'),
  fc.string({ maxLength: 6 }),
);
const yamlValue: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((pairs) => `{ ${pairs.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')} }`),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
  ),
})).value;
const yamlLines = fc.array(fc.tuple(key, yamlValue), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join('\n'));
const validBase = 'id: fuzz\ntitle: Fuzz\nversion: 1.0.0\nvariables:\n  site: { name: Testville }\n';
const courseYml = fc.oneof(
  yamlLines.map((lines) => `${validBase}${lines}\n`),
  yamlLines,
  yamlLines.map((lines) => `${validBase}${lines}\n${bomb}\n`),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
// Mostly none or valid, so that many random lessons get through the checks to rendering.
const frontMatter = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 6 },
  { arbitrary: fc.constantFrom('title: Fuzzed', 'assessment:\n  draw: 1', 'assessment: {}', 'sources: [a.txt]'), weight: 3 },
  { arbitrary: fc.oneof(yamlLines, fc.constantFrom('title: [x', bomb)), weight: 1 },
);
const lesson = fc.tuple(frontMatter, markdown).map(([yaml, body]) => (yaml === undefined ? body : `---\n${yaml}\n---\n${body}`));

describe('the compiler never throws on random input', () => {
  const scratch = scratchDir('cease-fuzz-');
  // A library warning would reach the user's terminal from the CLI: none may be emitted.
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.message);
  process.on('warning', onWarning);
  afterAll(() => {
    process.off('warning', onWarning);
    scratch.cleanup();
  });
  let count = 0;
  let packaged = 0;

  const compiles = async (yml: string, lessons: string[]) => {
    const dir = join(scratch.dir, String(count++));
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'course.yml'), yml);
    writeFileSync(join(dir, 'assets/pic.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    lessons.forEach((text, index) => writeFileSync(join(dir, `0${index + 1}-lesson.md`), text));
    const result = await compileCourse(dir, { cwd: dir });
    expect(Array.isArray(result.diagnostics)).toBe(true);
    for (const diagnostic of result.diagnostics) {
      expect(diagnostic.file, JSON.stringify(diagnostic)).toBeTruthy();
      expect(diagnostic.ruleId, JSON.stringify(diagnostic)).toMatch(/^[a-z0-9-]+$/);
    }
    if (result.course === null) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    else packaged++;
  };

  it('random Markdown lessons in a valid course', async () => {
    await fc.assert(fc.asyncProperty(fc.array(lesson, { minLength: 1, maxLength: 3 }), (lessons) => compiles(validBase, lessons)), { numRuns: 800 * scale });
    // Not only errors: a share of the random courses must get through to a compiled course.
    expect(packaged).toBeGreaterThan(40);
    expect(warnings).toEqual([]);
  });

  it('random course.yml and front matter', async () => {
    await fc.assert(fc.asyncProperty(courseYml, lesson, (yml, text) => compiles(yml, [text])), { numRuns: 600 * scale });
    expect(warnings).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/check/rules/index.js';
import { repoRoot } from '../helpers/cli.js';

describe('docs/rules.md', () => {
  const doc = readFileSync(join(repoRoot, 'docs/rules.md'), 'utf8');

  it.each(rules.map((rule) => [rule.id, rule]))('documents %s with its default severity', (id, rule) => {
    expect(doc).toMatch(new RegExp(`\\| \`${id}\` \\| ${rule.severity} \\|`));
  });

  it('documents every rule id any stage can report', () => {
    const sources = ['load/load-course.ts', 'load/lesson-order.ts', 'load/source-file.ts', 'load/yaml-file.ts', 'parse/parse-settings.ts', 'parse/parse-lesson.ts',
      'parse/placeholders.ts', 'parse/vars-keys.ts', 'parse/draft-values.ts', 'parse/labels.ts', 'parse/unclosed-blocks.ts', 'check/check-course.ts',
      'check/activity-iris.ts', 'check/resume-data-size.ts']
      .map((file) => readFileSync(join(repoRoot, 'src', file), 'utf8'))
      .join('\n');
    const ids = new Set([...sources.matchAll(/ruleId: '([a-z0-9-]+)'/g)].map((match) => match[1]));
    for (const id of ids) expect(doc, id).toContain(`\`${id}\``);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [readFileSync(join(dir, entry.name), 'utf8')] : []);
}

describe('docs/report.md', () => {
  const doc = readFileSync(join(repoRoot, 'docs/report.md'), 'utf8');

  it('documents every rule id cease report can give', () => {
    const code = sources(join(repoRoot, 'src/report')).join('\n');
    const ids = new Set([...code.matchAll(/(?:ruleId: |\(line, |file, )'([a-z0-9-]+)'/g)].map((match) => match[1]!));
    expect(ids.size).toBeGreaterThan(8);
    for (const id of ids) expect(doc, id).toContain(`\`${id}\``);
  });

  it('documents every field of --json', () => {
    const code = readFileSync(join(repoRoot, 'src/report/render/json.ts'), 'utf8');
    const fields = [...code.matchAll(/^ {4}(\w+):/gm)].map((match) => match[1]!);
    expect(fields.length).toBeGreaterThan(10);
    for (const field of fields) expect(doc, field).toContain(`"${field}"`);
  });
});

import { describe, expect, it } from 'vitest';
import { compileFiles } from '../helpers/course-files.js';

const courseYml = (name: string) =>
  `id: demo-{{city.slug}}\ntitle: Training for {{city.name}}\nversion: 1.0.0\nvariables:\n  city:\n    slug: town\n    name: ${JSON.stringify(name)}\n    phone: "555-0100"\n`;

describe('placeholders', () => {
  it('fill the course id, title and lesson text from variables', async () => {
    const { course, diagnostics } = await compileFiles({
      'course.yml': courseYml('Springfield'),
      '01-a.md': '# Welcome to {{city.name}}\n\nCall {{ city.phone }} or [email us](mailto:help@{{city.slug}}.example).\n',
    });
    expect(diagnostics).toEqual([]);
    expect(course?.id).toBe('demo-town');
    expect(course?.title).toBe('Training for Springfield');
    expect(course?.modules[0]?.title).toBe('Welcome to Springfield');
    expect(course?.modules[0]?.screens[0]?.blocks).toEqual([
      { kind: 'html', html: '<p>Call 555-0100 or <a href="mailto:help@town.example">email us</a>.</p>' },
    ]);
  });

  it('insert values as text, never as markup', async () => {
    const { course } = await compileFiles({
      'course.yml': courseYml('<img src=x onerror=alert(1)> *bold* [link](javascript:x)'),
      '01-a.md': '# A\n\nWelcome to {{city.name}}.\n',
    });
    const html = course?.modules[0]?.screens[0]?.blocks[0];
    expect(html).toEqual({
      kind: 'html',
      html: '<p>Welcome to &#x3C;img src=x onerror=alert(1)> *bold* [link](javascript:x).</p>',
    });
  });

  it('report an unknown name at its line and column', async () => {
    const { diagnostics, course } = await compileFiles({ '01-a.md': '# A\n\nHello {{city.name}} and {{ nobody }}.\n' });
    expect(course).toBeNull();
    expect(diagnostics.map((d) => [d.line, d.column, d.ruleId, d.message])).toEqual([
      [3, 7, 'placeholder-unknown', 'Unknown placeholder {{city.name}}.'],
      [3, 25, 'placeholder-unknown', 'Unknown placeholder {{nobody}}.'],
    ]);
  });

  it('leave code literal, so courses can document the syntax', async () => {
    const { course, diagnostics } = await compileFiles({ '01-a.md': '# A\n\nWrite `{{city.name}}` in a lesson.\n' });
    expect(diagnostics).toEqual([]);
    expect(course?.modules[0]?.screens[0]?.blocks[0]).toEqual({ kind: 'html', html: '<p>Write <code>{{city.name}}</code> in a lesson.</p>' });
  });
});

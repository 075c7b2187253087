import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '../project-files.js';

const cache = new Map<string, HandlebarsTemplateDelegate>();

/**
 * Renders a template from `templates/` with a finished view model. `strict`
 * makes a missing field an error instead of silently empty markup. The CLI
 * bundle runs the templates precompiled with the same options
 * (scripts/precompile.mjs): a helper or option added here goes there too.
 */
export function renderTemplate(name: string, view: object): string {
  let template = cache.get(name);
  if (!template) {
    template = Handlebars.compile(readFileSync(join(templatesDir, name), 'utf8'), { strict: true, noEscape: false });
    cache.set(name, template);
  }
  return template(view);
}

// Code generated at build time for the CLI bundle, so that `cease` neither
// compiles its JSON Schemas nor its Handlebars templates at every start (a
// fifth of a small build went to Ajv's and Handlebars' compilers). The
// sources keep compiling them at run time (tests run from the sources); the
// bundle swaps in the generated modules through an esbuild plugin.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * build/src/model/schema-validator.js as Ajv standalone code: the same
 * options as the run-time compile (see src/model/schema-validator.ts), every
 * schema exported by its name.
 */
export function schemaValidatorModule(schemasDir) {
  const { Ajv } = require('ajv');
  const standaloneCode = require('ajv/dist/standalone').default;
  const ajv = new Ajv({ allErrors: true, strict: true, validateSchema: false, verbose: true, code: { source: true, esm: true } });
  const exports = {};
  const names = [];
  for (const file of readdirSync(schemasDir).filter((name) => name.endsWith('.schema.json')).sort()) {
    const schema = JSON.parse(readFileSync(join(schemasDir, file), 'utf8'));
    ajv.addSchema(schema);
    // Schema names (compiled-course) are no identifiers: exported as ceaseSchema0, ceaseSchema1 …
    exports[`ceaseSchema${names.length}`] = schema.$id;
    names.push(file.replace(/\.schema\.json$/, ''));
  }
  const table = names.map((name, index) => `${JSON.stringify(name)}: ceaseSchema${index}`).join(', ');
  return `${standaloneCode(ajv, exports)}
const precompiled = { ${table} };
export function schemaValidator(name) {
  const validate = precompiled[name];
  if (!validate) throw new Error('schemas/' + name + '.schema.json is missing');
  return validate;
}
`;
}

/**
 * build/src/render/templates.js with every template of templates/
 * precompiled, run by the Handlebars runtime with the options of
 * src/render/templates.ts.
 */
export function templatesModule(templatesDir) {
  const Handlebars = require('handlebars');
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.hbs')) files.push(join(dir, entry.name));
    }
  };
  walk(templatesDir);
  const specs = files.map((file) => {
    const name = relative(templatesDir, file).split('\\').join('/');
    const spec = Handlebars.precompile(readFileSync(file, 'utf8'), { strict: true, noEscape: false });
    return `  ${JSON.stringify(name)}: Handlebars.template(${spec}),`;
  });
  return `import Handlebars from 'handlebars/runtime.js';
const templates = {
${specs.join('\n')}
};
export function renderTemplate(name, view) {
  const template = templates[name];
  if (!template) throw new Error('templates/' + name + ' is missing');
  return template(view);
}
`;
}

import { basename, dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isInside } from '../load/course-boundary.js';
import { projectRoot, schemasDir } from '../project-files.js';

/** The YAML files of the starter course an editor can check, with their schema. */
export const SCHEMA_FILES = [
  { file: 'course.yml', schema: 'course.schema.json' },
  { file: 'cities/example.yml', schema: 'vars.schema.json' },
] as const;

/**
 * How a file in `fromDir` names one of cease's schema files for an editor
 * (yaml-language-server resolves a relative `$schema` path against the YAML
 * file's folder, and takes absolute paths and file: URLs as they are).
 *
 * When this cease is installed in a project that also holds the course (a
 * `node_modules` folder above the course), the relative path through that
 * `node_modules` holds in every clone of the project once `npm install` has
 * run. Otherwise (a global install, npx, a checkout of cease) the schema's
 * file: URL: it works offline and for as long as that installation stays,
 * names the schemas of the very version that wrote the course, and, unlike a
 * plain path, survives spaces and Windows drive letters.
 */
export function schemaReference(schema: string, fromDir: string): string {
  const file = join(schemasDir, schema);
  const modules = dirname(projectRoot);
  if (basename(modules) === 'node_modules' && isInside(dirname(modules), fromDir)) {
    return relative(fromDir, file).split(sep).join('/');
  }
  return pathToFileURL(file).href;
}

/** `# yaml-language-server: $schema=…`: the modeline that editors using yaml-language-server read. */
export function schemaModeline(schema: string, fromDir: string): string {
  return `# yaml-language-server: $schema=${schemaReference(schema, fromDir)}\n`;
}

/**
 * `.vscode/settings.json` for a course folder opened in VS Code: vars files
 * under `cities/` get the vars schema even when written from scratch (a copy
 * of example.yml keeps its modeline anyway). course.yml is left to its
 * modeline: a glob for it would also catch `locales/<tag>/course.yml`, which
 * holds only the translated keys and would show false "missing id" errors.
 */
export function vscodeSettings(courseDir: string): string {
  const settings = {
    'yaml.schemas': { [schemaReference('vars.schema.json', courseDir)]: ['cities/*.yml', 'cities/*.yaml'] },
    // Values not confirmed yet are tagged !todo (docs/course-format.md); unknown tags would be flagged.
    'yaml.customTags': ['!todo scalar'],
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** `.vscode/extensions.json`: VS Code offers the YAML extension, which reads the schemas, on opening the folder. */
export const VSCODE_EXTENSIONS = `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { inZip, type PackageReference } from './inspect-report.js';
import { decodedPath } from './package-paths.js';
import type { ZipEntryInfo } from './read-zip.js';

/** Beyond this many of one kind, one summary line says how many more: a vendor zip can hold thousands. */
const MAX_PER_RULE = 20;

/** Docebo refuses packages holding server-side scripts; other LMSs strip or block them. */
const SERVER_SCRIPT = /\.(php\d?|phtml|asp|aspx|jsp|py|sh|cgi|pl)$/i;
/** Names that are not course content: macOS resource forks and Finder/Explorer caches. */
const OS_JUNK = /^(\.DS_Store|Thumbs\.db|desktop\.ini)$/i;
/** Several LMSs refuse these in file names (Latitude among them): spaces, & $ + % # < > and non-ASCII. */
const UNSAFE_NAME = /[\s&$+%#<>]|[^\x20-\x7e]/;

export interface FileCheckInput {
  zip: string;
  files: readonly ZipEntryInfo[];
  /** Entry path of the descriptor, and its diagnostic location; null when there is none. */
  descriptor: { path: string; file: string } | null;
  references: readonly PackageReference[];
  /** Whether the descriptor is meant to list every file (SCORM), so unlisted files are worth a warning. */
  listsFiles: boolean;
}

/** Referenced files that are missing, packaged files nobody references, and files LMSs dislike. */
export function checkFiles(input: FileCheckInput): Diagnostic[] {
  const { zip, files, descriptor } = input;
  const names = new Set(files.map((entry) => entry.name));
  const exists = (path: string) => names.has(path) || names.has(decodedPath(path) ?? '\0');
  const diagnostics: Diagnostic[] = [];

  const launches = new Set(input.references.filter((r) => r.role === 'launch').map((r) => r.path));
  const reported = new Set<string>();
  for (const reference of input.references) {
    if (exists(reference.path) || !descriptor) continue;
    if (reference.role === 'file' && launches.has(reference.path)) continue;
    const key = `${reference.role} ${reference.path}`;
    if (reported.has(key)) continue;
    reported.add(key);
    const sameLetters = files.find((entry) => entry.name.toLowerCase() === reference.path.toLowerCase());
    const launch = reference.role === 'launch';
    diagnostics.push({
      file: descriptor.file,
      line: reference.line,
      column: reference.column,
      severity: 'error',
      ruleId: launch ? 'launch-missing' : 'file-missing',
      message: `${launch ? 'The launch file' : 'The listed file'} ${reference.path} is not in the zip${launch ? ', so the course cannot start' : ''}.`,
      ...(sameLetters
        ? { hint: `The zip has ${sameLetters.name}: LMS servers treat file names as case-sensitive.` }
        : { hint: launch ? 'Ask the vendor for a complete export.' : 'Ask the vendor for a complete export, or to remove the entry from the manifest.' }),
    });
  }

  const referenced = new Set(input.references.flatMap((r) => [r.path, decodedPath(r.path) ?? r.path]));
  const unlisted: Diagnostic[] = [];
  const junk: Diagnostic[] = [];
  const scripts: Diagnostic[] = [];
  const unsafe: Diagnostic[] = [];
  let macFiles = 0;
  for (const entry of files) {
    const base = entry.name.slice(entry.name.lastIndexOf('/') + 1);
    const file = inZip(zip, entry.name);
    if (entry.name.split('/').includes('__MACOSX')) {
      macFiles++;
      continue;
    }
    if (OS_JUNK.test(base)) {
      junk.push({ file, severity: 'warning', ruleId: 'os-junk', message: `${base} is an operating-system cache file, not course content.`, hint: 'Harmless to learners, but a sign the zip was made by hand; zip the course without it.' });
      continue;
    }
    if (SERVER_SCRIPT.test(base) || base === '.htaccess') {
      scripts.push({ file, severity: 'warning', ruleId: 'server-script', message: `${entry.name} is a server-side script; LMSs such as Docebo refuse packages that contain one.`, hint: 'Course content runs in the browser; ask the vendor to remove it.' });
    }
    if (UNSAFE_NAME.test(entry.name)) {
      unsafe.push({ file, severity: 'warning', ruleId: 'unsafe-file-name', message: `"${entry.name}" has spaces, non-ASCII letters or one of & $ + % # < >; several LMSs fail to serve such names.` });
    }
    const control = /\.(xsd|dtd)$/i.test(base);
    if (input.listsFiles && entry.name !== descriptor?.path && !control && !referenced.has(entry.name)) {
      unlisted.push({ file, severity: 'warning', ruleId: 'file-unlisted', message: `${entry.name} is in the zip but not listed in the manifest.`, hint: 'Some LMSs copy only listed files on import, so the course may miss it.' });
    }
  }
  if (macFiles > 0) {
    junk.unshift({
      file: inZip(zip, '__MACOSX/'),
      severity: 'warning',
      ruleId: 'os-junk',
      message: `__MACOSX/ holds ${macFiles} macOS resource-fork ${macFiles === 1 ? 'file' : 'files'}, not course content.`,
      hint: "Made by the Mac's Compress command; zip the course with a tool that leaves it out.",
    });
  }
  const byRule = (ruleId: string) => capped(diagnostics.filter((d) => d.ruleId === ruleId), zip);
  return [...byRule('launch-missing'), ...byRule('file-missing'), ...capped(junk, zip), ...capped(scripts, zip), ...capped(unsafe, zip), ...capped(unlisted, zip)];
}

export function capped(diagnostics: Diagnostic[], zip: string): Diagnostic[] {
  if (diagnostics.length <= MAX_PER_RULE) return diagnostics;
  const first = diagnostics[0]!;
  const more = diagnostics.length - MAX_PER_RULE;
  return [
    ...diagnostics.slice(0, MAX_PER_RULE),
    { file: zip, severity: first.severity, ruleId: first.ruleId, message: `${more} more ${more === 1 ? 'file has' : 'files have'} the same problem (${first.ruleId}); only the first ${MAX_PER_RULE} are shown.` },
  ];
}

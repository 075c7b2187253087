import { relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { countOf, counts } from '../diagnostics/reporter.js';
import { formats } from '../package/formats.js';
import { renderTemplate } from '../render/templates.js';
import type { PreviewBuild } from './preview-build.js';
import { simulatedLms } from './simulated-lms.js';

/** What the inspector page needs to start: the format, how to simulate its LMS, the others on offer. */
export function lmsPage(build: PreviewBuild, courseDir: string): string {
  const lms = simulatedLms(build.format);
  const config = {
    format: build.format,
    standard: lms?.standard ?? null,
    apiClass: lms?.apiClass ?? null,
    simulator: lms?.simulator ?? null,
    lmsScript: lms?.bundle ? `/preview/lms/${build.format}.js` : null,
    courseUrl: `/course/${build.format}/index.html`,
    build: buildStatus(build),
  };
  return renderTemplate('preview/lms.html.hbs', {
    title: build.title ?? (relative(process.cwd(), courseDir) || courseDir),
    format: build.format,
    simulated: lms !== null,
    lrs: lms?.simulator === 'lrs',
    formats: [...formats.keys()].map((name) => ({
      name,
      selected: name === build.format,
      simulated: simulatedLms(name) !== null,
    })),
    lmsScript: config.lmsScript,
    simulatorScript: lms ? `/preview/${lms.simulator}-lms.js` : null,
    // Inside <script type="application/json"> only "</script" could end the block; escaping "<" rules it out.
    configJson: JSON.stringify(config).replace(/</g, '\\u003c'),
  });
}

/** Shown in the course frame instead of the course while it has errors, so the author never stares at a blank page. */
export function buildFailedPage(build: PreviewBuild): string {
  return renderTemplate('preview/build-failed.html.hbs', {
    errorCount: countOf(counts(build.diagnostics).errors, 'error'),
    diagnostics: build.diagnostics.map(diagnosticView),
  });
}

export function buildStatus(build: PreviewBuild) {
  return {
    number: build.number,
    format: build.format,
    ok: build.files !== null,
    title: build.title,
    files: build.files ? [...build.files.keys()].sort() : [],
    diagnostics: build.diagnostics.map(diagnosticView),
  };
}

function diagnosticView(d: Diagnostic) {
  return {
    where: [d.file, d.line, d.column].filter((part) => part !== undefined).join(':'),
    severity: d.severity,
    message: d.message,
    ruleId: d.ruleId,
    hint: d.hint ?? '',
  };
}

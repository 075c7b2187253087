import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtDir } from '../../project-files.js';
import type { PackageFormat } from '../format.js';
import { renderTemplate } from '../../render/templates.js';
import { PLAYER_PAGE } from '../player-files.js';
import { xmlText } from '../xml-text.js';

/** ADL's control files (adlcp_rootv1p2.xsd and friends), copied into build/ by the build. */
const XSD_DIR = join(builtDir, 'xsd', 'scorm12');

export const scorm12: PackageFormat = {
  name: 'scorm12',
  runtime: 'scorm12',
  resumeData: { characters: 4096, standard: 'SCORM 1.2', store: 'cmi.suspend_data (a CMIString4096, RTE 1.2 Appendix A)' },
  describe(course, contentFiles) {
    const manifest = renderTemplate('scorm12/imsmanifest.xml.hbs', {
      identifier: course.id,
      version: course.version,
      title: xmlText(course.title),
      // CAM 1.2 §2.3.5: masteryscore changes how LMSs judge status, so it is
      // written only for a course that really has a pass mark.
      masteryScore: course.assessment ? String(course.assessment.passingScore) : null,
      launch: PLAYER_PAGE,
      files: contentFiles.map((file) => file.path).sort(),
    });
    // The ADL test suite fails packages without the control XSDs at the root.
    const xsds = readdirSync(XSD_DIR)
      .filter((name) => name.endsWith('.xsd'))
      .sort()
      .map((name) => ({ path: name, contents: readFileSync(join(XSD_DIR, name)) }));
    return [{ path: 'imsmanifest.xml', contents: manifest }, ...xsds];
  },
};

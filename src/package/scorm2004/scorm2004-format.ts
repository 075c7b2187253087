import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtDir } from '../../project-files.js';
import { renderTemplate } from '../../render/templates.js';
import type { PackageFormat } from '../format.js';
import { PLAYER_PAGE } from '../player-files.js';
import { xmlText } from '../xml-text.js';

/** The 4th Edition control files (schemas and their DTDs), copied into build/ by the build. */
const XSD_DIR = join(builtDir, 'xsd', 'scorm2004');

export const scorm2004: PackageFormat = {
  name: 'scorm2004',
  runtime: 'scorm2004',
  resumeData: { characters: 64000, standard: 'SCORM 2004', store: 'cmi.suspend_data (the smallest maximum an LMS may set, RTE 4th Ed. 4.2)' },
  describe(course, contentFiles) {
    const manifest = renderTemplate('scorm2004/imsmanifest.xml.hbs', {
      identifier: course.id,
      version: course.version,
      title: xmlText(course.title),
      // CAM 4th Ed. §5.1.7: the pass mark becomes cmi.scaled_passing_score (−1..1).
      scaledPassingScore: course.assessment ? String(course.assessment.passingScore / 100) : null,
      launch: PLAYER_PAGE,
      files: contentFiles.map((file) => file.path).sort(),
    });
    const controls = readdirSync(XSD_DIR)
      .filter((name) => /\.(xsd|dtd)$/.test(name))
      .sort()
      .map((name) => ({ path: name, contents: readFileSync(join(XSD_DIR, name)) }));
    return [{ path: 'imsmanifest.xml', contents: manifest }, ...controls];
  },
};

import { join } from 'node:path';
import { builtDir } from '../project-files.js';

/**
 * The LMS side the preview simulates per format. SCORM: scorm-again's
 * browser build of the API class, and the window property a SCORM player
 * looks for (SCORM 1.2 RTE §3.3.6.1 `API`; SCORM 2004 RTE §3.1.2
 * `API_1484_11`). xAPI and cmi5: the preview's own LRS on the same origin,
 * launched with the Tin Can or cmi5 parameters.
 */
export interface SimulatedLms {
  /** The standard's data model and call names, known to the inspector page. */
  standard: 'scorm12' | 'scorm2004' | 'xapi' | 'cmi5';
  /** The inspector script that plays this LMS, in templates/preview/. */
  simulator: 'scorm' | 'lrs';
  /** scorm-again's classic-script bundle, which defines `window[apiClass]`; null for the LRS formats. */
  bundle: string | null;
  apiClass: string | null;
}

// scorm-again's dist/<name>.min.js bundles, copied to build/lms/ by the build:
// IIFEs assigning `this.Scorm12API`, and in a classic <script> `this` is the
// window. The ESM builds would need a bundler.
const lmsByFormat: Record<string, SimulatedLms> = {
  scorm12: { standard: 'scorm12', simulator: 'scorm', bundle: join(builtDir, 'lms', 'scorm12.js'), apiClass: 'Scorm12API' },
  scorm2004: { standard: 'scorm2004', simulator: 'scorm', bundle: join(builtDir, 'lms', 'scorm2004.js'), apiClass: 'Scorm2004API' },
  xapi: { standard: 'xapi', simulator: 'lrs', bundle: null, apiClass: null },
  cmi5: { standard: 'cmi5', simulator: 'lrs', bundle: null, apiClass: null },
};

export function simulatedLms(format: string): SimulatedLms | null {
  return lmsByFormat[format] ?? null;
}

import { createRequire } from 'node:module';

/**
 * The LMS side the preview simulates per format: scorm-again's browser build
 * of the API class, and the window property a SCORM player looks for
 * (SCORM 1.2 RTE §3.3.6.1 `API`; SCORM 2004 RTE §3.1.2 `API_1484_11`).
 * Formats without an entry here (xAPI, cmi5 need an LRS) are built and listed,
 * but not launched.
 */
export interface SimulatedLms {
  /** The standard's data model and call names, known to the inspector page. */
  standard: 'scorm12' | 'scorm2004';
  /** scorm-again's classic-script bundle; it defines `window[apiClass]`. */
  bundle: string;
  apiClass: string;
}

const require = createRequire(import.meta.url);

// The dist/<name>.js bundles are IIFEs assigning `this.Scorm12API`: in a
// classic <script>, `this` is the window. The ESM builds need a bundler.
const lmsByFormat: Record<string, SimulatedLms> = {
  scorm12: { standard: 'scorm12', bundle: require.resolve('scorm-again/scorm12'), apiClass: 'Scorm12API' },
  scorm2004: { standard: 'scorm2004', bundle: require.resolve('scorm-again/scorm2004'), apiClass: 'Scorm2004API' },
};

export function simulatedLms(format: string): SimulatedLms | null {
  return lmsByFormat[format] ?? null;
}

/**
 * Pieces the jsdom test LMSs (SCORM 1.2, SCORM 2004, the xAPI launcher) share:
 * how files are served, a window on another origin, waiting for the player,
 * and reading or seeding scorm-again's data model.
 */

export type Cmi = Record<string, unknown>;

export const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
};

/**
 * A window on another origin: reading any property throws SecurityError, as
 * a browser does; given `parent`, reading `parent` and `top` gives it, as a
 * browser allows.
 */
export function foreignWindow(parent?: Window | null): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (parent !== undefined && (property === 'parent' || property === 'top')) return parent;
        throw new DOMException(`Blocked a frame from accessing a cross-origin frame (${String(property)}).`, 'SecurityError');
      },
    },
  );
}

/**
 * Resolves when the page has loaded and the player has rendered a page
 * heading (or the page has no player at all). The cover is passed with its
 * button, as a learner does, so the page shown is the first (or resumed) one.
 */
export async function loaded(window: Window): Promise<void> {
  // A player whose LMS cannot be read waits up to ~2 s for it before running on its own.
  for (let tries = 0; tries < 800; tries++) {
    if (window.document?.readyState === 'complete' && window.document.querySelector('#cease-main h1')) return passCover(window);
    if (window.document?.readyState === 'complete' && !window.document.getElementById('cease-main')) return;
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => globalThis.setTimeout(resolve, 5));
  }
  throw new Error('the course page did not start');
}

/** Presses the cover's Start (or Continue) button, when the cover is shown. */
export function passCover(window: Window): void {
  window.document.querySelector<HTMLElement>('#cease-start')?.click();
}

/** A plain copy of scorm-again's data model. */
export function cmiOf(api: { cmi: unknown }): Cmi {
  return JSON.parse(JSON.stringify(api.cmi)) as Cmi;
}

/** The value of a dotted element such as `cmi.core.lesson_status`, or '' when unset. */
export function lookup(cmi: Cmi, element: string): string {
  let value: unknown = { cmi };
  for (const part of element.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return value === undefined || value === null ? '' : String(value);
}

/** Deep-merges `source` into `target` (launch data over a first-launch default). */
export function merge(target: Cmi, source: Cmi): Cmi {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] =
      value && typeof value === 'object' && existing && typeof existing === 'object' ? merge(existing as Cmi, value as Cmi) : value;
  }
  return target;
}

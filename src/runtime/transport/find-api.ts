/**
 * SCORM API discovery, as in ADL's sample `findAPI` for both editions: look for the
 * named object on this window and each parent up to the top, then on the
 * opener and its parents, then on the top window's opener (a course framed
 * inside a popup). The ADL 1.2 sample stops after 7 hops; LMSs nest frames
 * deeper than that (the 2004 sample allows 500), so we allow 500 for both.
 *
 * Every access to another window is guarded: a frame or opener on another
 * origin throws SecurityError on property access, and one foreign window in
 * the chain must not stop the search.
 */

const MAX_HOPS = 500;

export function findApi<T>(start: Window, name: string, isApi: (candidate: unknown) => candidate is T): T | null {
  const top = read(start, 'top');
  const origins = [start, read(start, 'opener'), top ? read(top, 'opener') : null];
  for (const origin of origins) {
    const found = searchUpwards(origin, name, isApi);
    if (found) return found;
  }
  return null;
}

function searchUpwards<T>(from: unknown, name: string, isApi: (candidate: unknown) => candidate is T): T | null {
  let win = from;
  for (let hops = 0; win && hops <= MAX_HOPS; hops++) {
    const candidate = read(win, name);
    if (isApi(candidate)) return candidate;
    const parent = read(win, 'parent');
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

function read(win: unknown, property: string): unknown {
  try {
    return (win as Record<string, unknown>)[property] ?? null;
  } catch {
    return null;
  }
}

/** Where an href written in a descriptor points. */
export type ResolvedHref =
  | { kind: 'inside'; path: string }
  /** http:, https:, … : content served from elsewhere. */
  | { kind: 'external'; url: string }
  /** Starts with `/`: the LMS would read it from the root of its own web server. */
  | { kind: 'rooted' }
  /** Climbs above the package root with `..`. */
  | { kind: 'outside' };

/** A URI scheme (RFC 3986 §3.1) of two letters or more, so `C:` stays a drive letter. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]+:/;

export function isExternal(href: string): boolean {
  return SCHEME.test(href);
}

/**
 * Resolves an href as the SCORM CAM describes xml:base: the values on
 * manifest, resources and resource apply in turn, each relative to the one
 * before (RFC 3986 §5.2 merge), then the href itself,
 * all relative to the folder holding the descriptor. Query and fragment are
 * dropped: they select within a file, not the file.
 */
export function resolveHref(dir: string, bases: readonly string[], href: string): ResolvedHref {
  let current = dir;
  for (const reference of [...bases, href.replace(/[?#].*$/, '')]) {
    if (reference === '') continue;
    if (isExternal(reference)) return { kind: 'external', url: reference };
    if (reference.startsWith('/')) return { kind: 'rooted' };
    current = current.slice(0, current.lastIndexOf('/') + 1) + reference;
  }
  const segments: string[] = [];
  const parts = current.split('/');
  for (const [index, segment] of parts.entries()) {
    if (segment === '.' || (segment === '' && index < parts.length - 1)) continue;
    if (segment === '..') {
      if (segments.length === 0) return { kind: 'outside' };
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  return { kind: 'inside', path: segments.join('/') };
}

/** The path with %XX escapes decoded, or null when it has none or they are malformed. */
export function decodedPath(path: string): string | null {
  if (!path.includes('%')) return null;
  try {
    const decoded = decodeURIComponent(path);
    return decoded === path ? null : decoded;
  } catch {
    return null;
  }
}

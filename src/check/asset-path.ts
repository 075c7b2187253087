import { posix } from 'node:path';

export type AssetRef =
  | { kind: 'local'; path: string }
  | { kind: 'remote' }
  | { kind: 'outside'; reason: string }
  | { kind: 'unsupported'; scheme: string };

/**
 * Classifies an image or link target. Local paths are relative to the course
 * folder; anything that could climb out of it is refused, because the package
 * must never carry a file from elsewhere on the author's machine.
 */
export function resolveAssetRef(url: string): AssetRef {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return { kind: 'remote' };
  if (scheme && !/^[A-Za-z]$/.test(scheme)) return { kind: 'unsupported', scheme };
  if (scheme || url.startsWith('/') || url.startsWith('\\')) return { kind: 'outside', reason: 'is an absolute path' };
  let path: string;
  try {
    path = decodeURIComponent(url.replace(/[?#].*$/, ''));
  } catch {
    path = url;
  }
  if (path.includes('\\')) return { kind: 'outside', reason: 'uses "\\" separators' };
  const normal = posix.normalize(path);
  if (normal === '..' || normal.startsWith('../')) return { kind: 'outside', reason: 'points outside the course folder' };
  // NFC, like the keys of the course's file list (see listCourseFiles).
  return { kind: 'local', path: normal.replace(/^\.\//, '').normalize('NFC') };
}

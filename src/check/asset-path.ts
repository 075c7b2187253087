import type { Definition, Image, Link, Root } from 'mdast';
import { posix } from 'node:path';
import { oncePerTree, walkTree } from '../model/walk-tree.js';

export type AssetRef =
  | { kind: 'local'; path: string }
  | { kind: 'remote' }
  | { kind: 'outside'; reason: string; hint?: string }
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
  // Windows drops dots and spaces at the end of a name, so an unzipped
  // "assets/.. /.. /x" becomes "../x": outside the package folder.
  if (path.split('/').some((part) => /[. ]$/.test(part) && part !== '.' && part !== '..')) {
    return {
      kind: 'outside',
      reason: 'has a folder or file name ending in a dot or space, which Windows drops (".. " becomes "..")',
      hint: 'Rename the folder or file so that no name ends in a dot or a space, and link the new name.',
    };
  }
  const normal = posix.normalize(path);
  if (normal === '..' || normal.startsWith('../')) return { kind: 'outside', reason: 'points outside the course folder' };
  // NFC, like the keys of the course's file list (see listCourseFiles).
  return { kind: 'local', path: normal.replace(/^\.\//, '').normalize('NFC') };
}

/**
 * What to do about a local target that names no file. A raw "#" or "?" ends
 * the path in a URL, so `assets/a#1.png` looks for `assets/a`.
 */
export function missingFileHint(url: string, path: string): string {
  const cut = /[?#]/.exec(url);
  if (cut) {
    const code = cut[0] === '#' ? '%23' : '%3F';
    return `In a link, "${cut[0]}" ends the file name (this one looks for ${path}). If the name contains "${cut[0]}", write it as ${code} (${url.slice(0, cut.index)}${code}${url.slice(cut.index + 1)}), or rename the file.`;
  }
  return `Add ${path} or fix the path (relative to the course folder).`;
}

/** An image, link or reference definition that may name a file, with its target classified. */
export interface FileReference {
  node: Image | Link | Definition;
  ref: AssetRef;
}

/**
 * Every image, link and reference definition of a tree (reference-style
 * `[text][ref]` takes its target from the definition), in document order;
 * in-page `#anchors` and empty targets name no file and are left out. The
 * targets are read once, from a tree whose placeholders are filled: the
 * render stage rewrites urls after using them, and nothing asks again.
 */
export const fileReferences = oncePerTree((tree: Root): readonly FileReference[] => {
  const found: FileReference[] = [];
  walkTree(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'link' && node.type !== 'definition') return;
    if (node.url === '' || node.url.startsWith('#')) return;
    found.push({ node, ref: resolveAssetRef(node.url) });
  });
  return found;
});

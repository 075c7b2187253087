import type { Definition, Image, Link, Root } from 'mdast';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';

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

/** An image, link or reference definition that may name a file, with its target classified. */
export interface FileReference {
  node: Image | Link | Definition;
  ref: AssetRef;
}

/**
 * Every image, link and reference definition of a tree (reference-style
 * `[text][ref]` takes its target from the definition), in document order;
 * in-page `#anchors` and empty targets name no file and are left out.
 */
export function fileReferences(tree: Root): FileReference[] {
  const found: FileReference[] = [];
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'link' && node.type !== 'definition') return;
    if (node.url === '' || node.url.startsWith('#')) return;
    found.push({ node, ref: resolveAssetRef(node.url) });
  });
  return found;
}

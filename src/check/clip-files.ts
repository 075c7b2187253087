import type { Link, Root } from 'mdast';
import type { CourseDraft, LessonDraft } from '../model/draft.js';
import type { ContainerDirective } from 'mdast-util-directive';
import { oncePerTree, walkTree } from '../model/walk-tree.js';
import { clipParts, hasMediaExtension, type MediaKind } from '../blocks/media-clip.js';
import { resolveAssetRef } from './asset-path.js';

/** A `:::video` or `:::audio` block, its link and, when the link names a file in the course folder, that file's path. */
export interface ClipFile {
  node: ContainerDirective;
  kind: MediaKind;
  link: Link;
  path: string | null;
}

/** Picture formats a `<video>` poster may be, in the order they are looked for. */
const POSTER_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp'];

/** Every media clip of a lesson (a block linking a file of its kind), in document order. */
export const clipFiles = oncePerTree((tree: Root): readonly ClipFile[] => {
  const found: ClipFile[] = [];
  walkTree(tree, (node) => {
    if (node.type !== 'containerDirective' || (node.name !== 'video' && node.name !== 'audio')) return;
    const { link } = clipParts(node);
    // A link to some other file is a block-structure error, not a clip.
    if (!link || !hasMediaExtension(node.name, link.url)) return;
    const ref = resolveAssetRef(link.url);
    found.push({ node, kind: node.name, link, path: ref.kind === 'local' ? ref.path : null });
  });
  return found;
});

/** Every clip of the course with its lesson, for the media rules. */
export function courseClips(draft: CourseDraft): { lesson: LessonDraft; clip: ClipFile }[] {
  return draft.lessons.flatMap((lesson) => clipFiles(lesson.tree).map((clip) => ({ lesson, clip })));
}

/**
 * The files beside a clip that go with it: `name.vtt` (captions) and
 * `name.jpg`, `.jpeg`, `.png` or `.webp` (the video's poster), for `name.mp4`.
 */
export function clipCompanions(path: string, files: ReadonlyMap<string, boolean>): { captions: string | null; poster: string | null } {
  const stem = path.replace(/\.[^./]*$/, '');
  const present = (candidate: string) => files.get(candidate) === true;
  return {
    captions: present(`${stem}.vtt`) ? `${stem}.vtt` : null,
    poster: POSTER_EXTENSIONS.map((extension) => stem + extension).find(present) ?? null,
  };
}

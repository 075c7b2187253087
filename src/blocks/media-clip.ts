import type { Element, ElementContent } from 'hast';
import type { Link, Paragraph, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { body, directiveLabel, element, text, type BlockProblem, type ContentBlock } from './content-block.js';

export type MediaKind = 'video' | 'audio';

/** Formats every current browser plays (HTML `<video>`/`<audio>`), by file extension. */
export const MEDIA_EXTENSIONS: Record<MediaKind, readonly string[]> = {
  video: ['.mp4', '.webm'],
  audio: ['.mp3', '.m4a', '.ogg', '.oga'],
};

/** Package paths of the files found beside a clip, set by render before the HTML is made (see render-course). */
export interface ClipCompanions {
  captions: string | null;
  poster: string | null;
}

/** A clip block's parts: the paragraph holding only a link to the clip, and the rest (the transcript). */
export function clipParts(node: ContainerDirective): { link: Link | null; transcript: RootContent[] } {
  const content = body(node);
  const index = content.findIndex((child) => child.type === 'paragraph' && linkOf(child) !== null);
  if (index < 0) return { link: null, transcript: content };
  return { link: linkOf(content[index] as Paragraph), transcript: content.filter((_, i) => i !== index) };
}

function linkOf(paragraph: Paragraph): Link | null {
  const parts = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return parts.length === 1 && parts[0]?.type === 'link' ? parts[0] : null;
}

export function hasMediaExtension(kind: MediaKind, url: string): boolean {
  const path = url.replace(/[?#].*$/, '').toLowerCase();
  return MEDIA_EXTENSIONS[kind].some((extension) => path.endsWith(extension));
}

/**
 * `:::video[Title]` / `:::audio[Title]` around a link to the clip in the
 * course folder and, optionally, its transcript. Never autoplays (WCAG 2.1
 * SC 1.4.2); the browser's own controls are keyboard and screen-reader
 * operable; captions and poster come from files beside the clip.
 */
function mediaClip(kind: MediaKind): ContentBlock {
  const example = kind === 'video' ? 'assets/hotline-call.mp4' : 'assets/hotline-call.mp3';
  return {
    name: kind,
    summary: `\`:::${kind}[Title]\` a ${kind} clip: a link to the ${MEDIA_EXTENSIONS[kind].join('/')} file, then its transcript`,
    check(node) {
      const problems: BlockProblem[] = [];
      if (!directiveLabel(node)) problems.push({ node, message: `A :::${kind} clip has no title.`, hint: `Write the title in brackets: :::${kind}[Calling the hotline]` });
      const { link } = clipParts(node);
      if (!link) {
        problems.push({ node, message: `A :::${kind} block has no link to its file on a line of its own.`, hint: `Put [Play the ${kind}](${example}) on its own line inside the block.` });
      } else if (!hasMediaExtension(kind, link.url)) {
        problems.push({ node: link, message: `"${link.url}" is not a ${kind} file the player can play.`, hint: `Use a ${MEDIA_EXTENSIONS[kind].join(', ')} file.` });
      }
      return problems;
    },
    render(node, state, labels) {
      const label = directiveLabel(node);
      const { link, transcript } = clipParts(node);
      const companions = (node.data as { clip?: ClipCompanions } | undefined)?.clip;
      const tracks: ElementContent[] = companions?.captions ? [element('track', null, [], { kind: 'captions', src: companions.captions, default: true })] : [];
      // The link stays inside for browsers that cannot play the file: it is then a download.
      const fallback = link ? state.all({ children: [{ type: 'paragraph', children: [link] }] }) : [];
      const player: Element = element(kind, null, [...tracks, ...fallback], {
        src: link?.url ?? '',
        controls: true,
        preload: 'metadata',
        ...(kind === 'video' && companions?.poster ? { poster: companions.poster } : {}),
      });
      const parts: ElementContent[] = [player, element('figcaption', null, label ? state.all(label) : [])];
      if (transcript.length > 0) {
        parts.push(element('details', 'block-media-transcript', [element('summary', null, [text(labels.transcript)]), ...state.all({ children: transcript })]));
      }
      return element('figure', 'block-media', parts);
    },
    allows: {
      tagNames: ['figure', 'figcaption', 'video', 'audio', 'track'],
      classes: { figure: ['block-media'], details: ['block-media-transcript'] },
      attributes: { video: ['src', 'controls', 'preload', 'poster'], audio: ['src', 'controls', 'preload'], track: ['kind', 'src', 'default'] },
    },
  };
}

export const videoClip = mediaClip('video');
export const audioClip = mediaClip('audio');

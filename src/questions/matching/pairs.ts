import type { ItemDraft } from '../../model/draft.js';

/** `Someone is in danger → 911`: an item and its answer, split at the first arrow (`→` or `->`). */
export function pairOf(item: ItemDraft): { item: string; answer: string } | null {
  const match = /^(.*?)\s*(?:→|->)\s*(.*)$/s.exec(item.text);
  if (!match) return null;
  return { item: (match[1] ?? '').trim(), answer: (match[2] ?? '').trim() };
}

import type { UiStrings } from '../../model/ui-strings.js';
import { h } from './dom.js';

/**
 * Turns each compiled `:::reveal` card (a front paragraph and a back) into
 * a disclosure: the front becomes a button whose aria-expanded says whether
 * the back is shown. The button keeps its place and name when turned, so
 * focus never jumps and the back is read next.
 */
export function turnableCards(root: Element, strings: UiStrings): void {
  for (const card of Array.from(root.querySelectorAll('.block-reveal'))) {
    const front = card.querySelector(':scope > .block-reveal-front');
    const back = card.querySelector<HTMLElement>(':scope > .block-reveal-back');
    if (!front || !back) continue;
    const turn = h('button', { type: 'button', class: 'block-reveal-front', 'aria-expanded': 'false' });
    turn.append(...Array.from(front.childNodes), h('span', { class: 'block-reveal-hint' }, strings.turnOver));
    turn.addEventListener('click', () => {
      const shown = turn.getAttribute('aria-expanded') !== 'true';
      turn.setAttribute('aria-expanded', String(shown));
      back.hidden = !shown;
    });
    back.hidden = true;
    front.replaceWith(turn);
  }
}

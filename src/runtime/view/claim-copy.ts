import type { UiStrings } from '../../model/ui-strings.js';
import { format } from '../../model/label-format.js';
import { button, h, pageHeading, setContent } from './dom.js';

/**
 * Asks whether progress kept in this browser, by a session that could not
 * tell who the learner was, is this learner's. On a shared computer it may be
 * a colleague's, so it is never sent to the platform without a yes.
 */
export function askToClaimCopy(strings: UiStrings, language: string, savedAt: number): Promise<boolean> {
  const main = document.getElementById('cease-main');
  if (!main) return Promise.resolve(false);
  // The page's controls get their labels when the player starts: until then they are hidden.
  const chrome = Array.from(document.querySelectorAll<HTMLElement>('#cease-skip, .progress, #cease-toc, footer'));
  for (const element of chrome) element.hidden = true;
  return new Promise((resolve) => {
    const answer = (claimed: boolean) => {
      for (const element of chrome) element.hidden = false;
      resolve(claimed);
    };
    const heading = pageHeading(strings.claimTitle);
    setContent(
      main,
      h(
        'div',
        { class: 'screen' },
        heading,
        h('p', null, format(strings.claimBody, { date: new Date(savedAt).toLocaleString(language) })),
        h('div', { class: 'nav-buttons' }, button(strings.claimYes, () => answer(true), 'button button-primary'), button(strings.claimNo, () => answer(false))),
      ),
    );
    heading.focus();
  });
}

import type { UiStrings } from '../../model/ui-strings.js';
import { format } from '../../model/ui-strings.js';
import { button, h, pageHeading, setContent } from './dom.js';

/**
 * Asks whether progress kept in this browser, by a session that could not
 * tell who the learner was, is this learner's. On a shared computer it may be
 * a colleague's, so it is never sent to the platform without a yes.
 */
export function askToClaimCopy(strings: UiStrings, language: string, savedAt: number): Promise<boolean> {
  const main = document.getElementById('cease-main');
  const footer = document.querySelector('footer');
  if (!main) return Promise.resolve(false);
  // The footer's buttons have no labels until the player starts.
  if (footer) footer.hidden = true;
  return new Promise((resolve) => {
    const answer = (claimed: boolean) => {
      if (footer) footer.hidden = false;
      resolve(claimed);
    };
    const when = new Date(savedAt).toLocaleString(language, { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' });
    const heading = pageHeading(strings.claimTitle);
    setContent(
      main,
      h(
        'div',
        { class: 'screen' },
        heading,
        h('p', null, format(strings.claimBody, { date: when })),
        h('div', { class: 'nav-buttons' }, button(strings.claimYes, () => answer(true), 'button button-primary'), button(strings.claimNo, () => answer(false))),
      ),
    );
    heading.focus();
  });
}

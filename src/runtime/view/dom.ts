type Child = Node | string | null | false | undefined;

/**
 * Builds an element. Strings become text nodes, never markup: only course
 * HTML from the compiler goes through `trustedHtml`.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** An element holding HTML the compiler already sanitised (course text, prompts, feedback). */
export function trustedHtml<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> | null,
  html: string,
): HTMLElementTagNameMap[K] {
  const element = h(tag, attributes);
  element.innerHTML = html;
  return element;
}

/** The page's h1: focus moves there on every page change (tabindex -1 makes it focusable, not tabbable). */
export function pageHeading(text: string): HTMLHeadingElement {
  return h('h1', { tabindex: '-1', class: 'page-title' }, text);
}

export function button(label: string, onClick: () => void, className = 'button'): HTMLButtonElement {
  const element = h('button', { type: 'button', class: className }, label);
  element.addEventListener('click', onClick);
  return element;
}

/**
 * Scrolls a message that just appeared under the control the learner used
 * into view. On a phone it would otherwise appear behind the sticky footer,
 * and nothing would seem to happen. Scroll padding (see Shell) keeps it above
 * the footer; the scroll is instant when the learner asks for reduced motion.
 */
export function revealBelow(element: Element): void {
  const reduce = typeof matchMedia !== 'function' || matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView?.({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}

/**
 * Runs `work` in the frame after the next one is painted, so that what is in
 * the page now is seen first (a task queued after a paint may run before
 * other work that waits for that paint). At once when no frame will come: a
 * hidden page, or one without animation frames.
 */
export function afterPaint(work: () => void): void {
  if (document.hidden || typeof requestAnimationFrame !== 'function') return work();
  requestAnimationFrame(() => requestAnimationFrame(work));
}

/** Element.replaceChildren, which browsers before 2020 lack. */
export function setContent(element: Element, ...children: Child[]): void {
  element.textContent = '';
  for (const child of children) if (child) element.append(child);
}

/** Checks a person would notice, run inside the course frame: axe-core's WCAG rules, reflow, focus. */
import type { Frame } from 'playwright-core';
import { repoRoot } from '../../helpers/cli.js';

const AXE = `${repoRoot}/node_modules/axe-core/axe.min.js`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** axe violations on the page as shown, as "where: rule (selectors)" lines; [] when clean. */
export async function axeViolations(frame: Frame, where: string): Promise<string[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ path: AXE });
  const violations = await frame.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, TAGS);
  return violations.map((line) => `${where}: ${line}`);
}

/** Content wider than the frame means sideways scrolling (WCAG 1.4.10 Reflow). */
export function pageWidth(frame: Frame): Promise<number> {
  return frame.evaluate(() => document.documentElement.scrollWidth);
}

/** What has focus, and whether it shows a ring and is not hidden under the sticky footer (WCAG 2.4.7, 2.4.11). */
export function focusState(frame: Frame): Promise<{ tag: string; id: string; text: string; ring: boolean; obscured: boolean }> {
  return frame.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
    const obscured = hit !== null && !element.contains(hit) && !(hit instanceof HTMLLabelElement && hit.htmlFor === element.id);
    return { tag: element.tagName, id: element.id, text: element.textContent ?? '', ring, obscured };
  });
}

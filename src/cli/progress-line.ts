import { basename } from 'node:path';
import type { BuildProgress } from '../build.js';

/** ECMA-48: carriage return, then "erase in line" (CSI 2 K), so the next text replaces the line. */
const REWRITE = '\r\x1b[2K';

export interface ProgressLine {
  show: (progress: BuildProgress) => void;
  /** Erases the line, so diagnostics and the summary table start on a clean line. */
  clear: () => void;
}

/**
 * One status line on a terminal, rewritten at each step of a build of many
 * variants and formats. `shown` turns a path into what the user typed. The
 * line is cut to the terminal's width: a wrapped line would not be erased.
 */
export function progressLine(
  write: (text: string) => void,
  shown: (path: string) => string,
  options: { label?: string; columns?: number } = {},
): ProgressLine {
  let visible = false;
  return {
    show({ phase, done, total, item }) {
      const step = phase === 'check' ? `checking ${done + 1}/${total}: ${shown(item)}` : `packaging ${done}/${total}: ${basename(item)}`;
      write(`${REWRITE}${fit(`${options.label ?? ''}${step}`, (options.columns || 80) - 1)}`);
      visible = true;
    },
    clear() {
      if (visible) write(REWRITE);
      visible = false;
    },
  };
}

/** The end of the text, which names the file, when the whole does not fit. */
function fit(text: string, width: number): string {
  return text.length <= width ? text : `…${text.slice(text.length - width + 1)}`;
}

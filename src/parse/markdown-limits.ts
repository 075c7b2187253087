/**
 * Shapes of Markdown that make the parser (micromark) slow down
 * quadratically or overflow its stack: thousands of nested lists or quotes
 * (`- - - - a`, `>>>>> a`), a delimiter run of thousands of `*` before text,
 * a table row of thousands of cells, a paragraph of thousands of brackets,
 * a lesson of thousands of block quotes or underlined headings. No course needs any of them, so a
 * lesson that has one is refused before parsing, with the line to fix,
 * instead of hanging the build for minutes.
 */
export interface MarkdownHazard {
  line: number;
  column: number;
  message: string;
}

/** Lists, quotes and `:::` blocks nested deeper than this are refused; real lessons use 3 or 4. */
export const MAX_NESTING = 50;
/** Longest run of `*` or `_` inside text; a longer one is a paste accident, not emphasis. */
export const MAX_DELIMITER_RUN = 100;
/** Table cells per row (GFM tables); a wider table cannot be read on any screen. */
export const MAX_TABLE_CELLS = 200;
/**
 * `[` or `]` in one paragraph (task-list boxes aside): each `]` looks back
 * over every open `[`, so 100,000 of each take minutes; a paragraph with
 * a hundred links has two hundred.
 */
export const MAX_BRACKETS = 1000;
/**
 * Block quotes and setext (underlined) headings per lesson: the parser's
 * work grows with the square of their number (16,000 quotes take 48 s,
 * 2,000 under a second). A question's feedback is one quote, so a lesson
 * holds up to 2,000 questions; a bigger pool goes into several lessons.
 */
export const MAX_QUOTES = 2000;
export const MAX_SETEXT_HEADINGS = 2000;

const CONTAINER_MARKER = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const FENCE = /^ *(`{3,}|~{3,})/;
const DIRECTIVE_OPEN = /^ *:{3,}[A-Za-z]/;
const DIRECTIVE_CLOSE = /^ *:{3,} *$/;
const THEMATIC_BREAK = /^ *([-*_])( *\1){2,} *$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const TASK_BOX = /\[[ xX]\]/g;
const LONG_RUN = new RegExp(`[*_]{${MAX_DELIMITER_RUN + 1},}`);

export function findMarkdownHazard(text: string): MarkdownHazard | null {
  const lines = text.split('\n');
  let fence: string | null = null;
  let directives = 0;
  let brackets = { open: 0, close: 0 };
  let quotes = 0;
  let setext = 0;
  let previous = { blank: true, quote: false };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const at = (column: number, message: string) => ({ line: index + 1, column, message });
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark?.startsWith(fence)) fence = null;
      continue;
    }
    const depth = nestingDepth(line);
    if (depth > MAX_NESTING) {
      return at(1, `Lists or quotes are nested ${depth} levels deep here; at most ${MAX_NESTING} levels can be read.`);
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (DIRECTIVE_OPEN.test(line) && ++directives > MAX_NESTING) {
      return at(1, `":::" blocks are nested more than ${MAX_NESTING} levels deep here.`);
    }
    if (DIRECTIVE_CLOSE.test(line)) directives = Math.max(0, directives - 1);
    if (!THEMATIC_BREAK.test(line)) {
      const run = LONG_RUN.exec(line);
      if (run) return at(run.index + 1, `A run of ${run[0].length} "${run[0][0]}" characters; at most ${MAX_DELIMITER_RUN} in a row can be read.`);
    }
    const blank = line.trim() === '';
    const quote = /^[ \t]*>/.test(withoutListMarkers(line));
    if (quote && !previous.quote && ++quotes > MAX_QUOTES) {
      return at(1, `This lesson has more than ${MAX_QUOTES} block quotes (each question's feedback is one); split it into several lessons.`);
    }
    if (!previous.blank && SETEXT_UNDERLINE.test(line) && ++setext > MAX_SETEXT_HEADINGS) {
      return at(1, `This lesson has more than ${MAX_SETEXT_HEADINGS} underlined ("===" or "---") headings; split it into several lessons.`);
    }
    previous = { blank, quote };
    if (blank) brackets = { open: 0, close: 0 };
    const text = line.replace(TASK_BOX, '');
    brackets.open += text.split('[').length - 1;
    brackets.close += text.split(']').length - 1;
    if (Math.max(brackets.open, brackets.close) > MAX_BRACKETS) {
      return at(1, `This paragraph has more than ${MAX_BRACKETS} "[" or "]"; at most ${MAX_BRACKETS} can be read.`);
    }
    const cells = line.split('|').length - 1;
    if (cells > MAX_TABLE_CELLS) return at(1, `This line has ${cells} "|" table cell separators; a table row may have at most ${MAX_TABLE_CELLS} cells.`);
  }
  return null;
}

function withoutListMarkers(line: string): string {
  return line.replace(/^(?:[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+)+/, '');
}

/**
 * Container depth a line opens: each `>` or list marker at its start is a
 * level, and so is every two columns of indentation (nested list items).
 */
function nestingDepth(line: string): number {
  let depth = 0;
  let rest = line;
  for (;;) {
    const indent = /^[ \t]*/.exec(rest)![0];
    depth += Math.floor(indent.replace(/\t/g, '    ').length / 2);
    rest = rest.slice(indent.length);
    const marker = CONTAINER_MARKER.exec(rest);
    if (!marker) return depth;
    depth++;
    rest = rest.slice(marker[0].length);
  }
}

/**
 * Where a lesson can be cut so that each part parses to exactly the nodes the
 * whole would: before a `#` heading at the start of a line, after a blank
 * line, outside front matter, code fences and `:::` blocks. micromark keeps a
 * lesson's whole event list (about 400 MB for 1 MB of Markdown) until the
 * tree is built; parsed part by part, a lesson needs the events of one part.
 *
 * A heading at column 1 after a blank line closes every list, quote and
 * HTML block of kinds 6 and 7 (CommonMark 0.31, 4.6 and 5), so only fences,
 * `:::` blocks, front matter and HTML blocks that run across blank lines
 * (kinds 1 to 5: `<script`, `<pre`, `<style`, `<textarea`, `<!--`, `<?`,
 * `<!X`, `<![CDATA[`) can hold one. A lesson with any of the latter, or with
 * a link or footnote definition (which applies to the whole lesson, 4.7), is
 * never cut. When in doubt, nothing is cut: a wrong guess only costs memory.
 */
export interface MarkdownSection {
  text: string;
  /** Lines and characters before the section in the lesson. */
  lineOffset: number;
  offset: number;
}

const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const DIRECTIVE_OPEN = /^(:{3,})[A-Za-z]/;
const DIRECTIVE_CLOSE = /^(:{3,})[ \t]*$/;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
/**
 * Definitions; HTML (the blocks of kinds 1 to 5 run across blank lines, and
 * inside any HTML block a fence is text); fences and `:::` lines that are
 * indented, which may belong to a list item that ends without closing them;
 * carriage returns (lessons are read with "\n" line ends, and the lines
 * here are matched as such).
 */
const WHOLE_LESSON_ONLY = /\]:|^ {0,3}<[A-Za-z/!?]|<!--|^[ \t]+(?:`{3}|~{3}|:{3})|\r/m;

/** The lesson in sections of at least `minLength` characters (the last may be shorter), cut only where it is safe. */
export function markdownSections(text: string, minLength: number): MarkdownSection[] {
  const whole = [{ text, lineOffset: 0, offset: 0 }];
  if (text.length <= minLength || WHOLE_LESSON_ONLY.test(text)) return whole;
  const sections: MarkdownSection[] = [];
  let start = { line: 0, offset: 0 };
  for (const cut of safeCuts(text)) {
    if (cut.offset - start.offset < minLength) continue;
    sections.push({ text: text.slice(start.offset, cut.offset), lineOffset: start.line, offset: start.offset });
    start = cut;
  }
  if (sections.length === 0) return whole;
  sections.push({ text: text.slice(start.offset), lineOffset: start.line, offset: start.offset });
  return sections;
}

/** Line index and character offset of every line a section may start at. */
function safeCuts(text: string): { line: number; offset: number }[] {
  const cuts: { line: number; offset: number }[] = [];
  const lines = text.split('\n');
  let frontMatter = false;
  let fence: { mark: string; length: number } | null = null;
  const directives: number[] = [];
  let previousBlank = false;
  let offset = 0;
  for (let line = 0; line < lines.length; offset += (lines[line] as string).length + 1, line++) {
    const source = lines[line] as string;
    const wasBlank = previousBlank;
    previousBlank = source.trim() === '';
    if (line === 0 && FRONT_MATTER_FENCE.test(source)) {
      frontMatter = true;
      continue;
    }
    if (frontMatter) {
      // Nothing after an unclosed front matter is cut: the loop never leaves it.
      frontMatter = !FRONT_MATTER_FENCE.test(source);
      continue;
    }
    const fenceMark = FENCE.exec(source);
    if (fence) {
      if (fenceMark && fenceMark[1]![0] === fence.mark && fenceMark[1]!.length >= fence.length && fenceMark[2]!.trim() === '') fence = null;
      continue;
    }
    // A backtick fence's info string has no backtick (4.5); that line is text.
    if (fenceMark && !(fenceMark[1]![0] === '`' && fenceMark[2]!.includes('`'))) {
      fence = { mark: fenceMark[1]![0]!, length: fenceMark[1]!.length };
      continue;
    }
    const open = DIRECTIVE_OPEN.exec(source);
    const close = DIRECTIVE_CLOSE.exec(source);
    if (open) directives.push(open[1]!.length);
    // A fence of fewer colons than the block's own does not close it.
    else if (close && directives.length > 0 && close[1]!.length >= directives[directives.length - 1]!) directives.pop();
    else if (wasBlank && directives.length === 0 && HEADING.test(source)) cuts.push({ line, offset });
  }
  return cuts;
}

import { describe, expect, it } from 'vitest';
import { compileFiles } from '../../helpers/course-files.js';

describe('block-structure', () => {
  it('refuses each content block that lacks what it needs, at the line of the block', async () => {
    const lesson = [
      '# Bad', '',
      ':::expand', 'No title.', ':::', '',
      ':::quote', 'Unattributed.', ':::', '',
      ':::steps', '- not numbered', ':::', '',
      ':::figure', 'No image.', ':::', '',
      ':::beside', '![A map](assets/map.svg)', ':::', '',
      ':::takeaways', ':::', '',
    ].join('\n');
    const { course, diagnostics } = await compileFiles({ '01-bad.md': lesson, 'assets/map.svg': '<svg/>' });
    expect(course).toBeNull();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`)).toEqual([
      '3:1 error block-structure An expandable section has no title.',
      '7:1 error block-structure A quote does not say who said it.',
      '11:1 error block-structure A :::steps block holds one numbered list (1. 2. 3.).',
      '15:1 error block-structure A :::figure has no image on a line of its own.',
      '19:1 error block-structure A :::beside block needs an image on a line of its own and text to go beside it.',
      '23:1 error block-structure A :::takeaways block is empty.',
    ]);
  });

  it('accepts every block written as docs/course-format.md shows, and still refuses an unknown one', async () => {
    const lesson = [
      '# Good', '',
      ':::expand[Why?]', 'Because.', ':::', '',
      ':::steps', '1. One', '2. Two', ':::', '',
      ':::quote{speaker="A. Person"}', 'Words.', ':::', '',
      ':::figure', '![A map](assets/map.svg)', '', 'The caption.', ':::', '',
      ':::beside', '![A map](assets/map.svg)', '', 'The text.', ':::', '',
      ':::takeaways', '- One point.', ':::', '',
      ':::reveal[Front]', 'Back.', ':::', '',
      ':::carousel', 'Not a block.', ':::', '',
    ].join('\n');
    const { diagnostics } = await compileFiles({ '01-good.md': lesson, 'assets/map.svg': '<svg/>' });
    expect(diagnostics.map((d) => `${d.line} ${d.ruleId} ${d.hint}`)).toEqual([
      '36 directive-unknown Use one of :::note, :::tip, :::warning, :::myth, :::fact, :::expand, :::steps, :::quote, :::takeaways, :::figure, :::beside, :::reveal, :::video, :::audio, :::question, :::scenario.',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { compileFiles } from '../helpers/course-files.js';

async function findings(lesson: string) {
  const { diagnostics } = await compileFiles({ '01-a.md': lesson });
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}

/** A lesson whose only content is a scenario made of the given lines. */
function lesson(...lines: string[]): string {
  return ['# A', '', '## Practice', '', ...lines].join('\n') + '\n';
}

const GOOD = [
  ':::scenario{#desk}',
  'You work the front desk.',
  '',
  '### A visitor',
  'A man asks for help.',
  '',
  '- Call the hotline. → Later',
  '  > **Best.** They know what to do.',
  '- Send him away. → End',
  '  > **Harmful.** He is left alone.',
  '',
  '### Later',
  'He comes back.',
  '',
  '- Listen, and share the hotline again. -> end',
  '  > **Best.** He knows where to turn.',
  '- Tell a coworker. -> End',
  '  > **Acceptable.** Fine, if someone reports it.',
  '- Ask for proof. -> End',
  '  > **Harmful.** Proof is not your job.',
  ':::',
];

describe('branching scenario validation', () => {
  it('accepts a well-formed scenario, with → or -> and any case of "End"', async () => {
    expect(await findings(lesson(...GOOD))).toEqual([]);
  });

  it('scenario-target: a choice that names no target, and one whose target is no heading, with a suggestion', async () => {
    const text = lesson(...GOOD.map((line) => line.replace('Call the hotline. → Later', 'Call the hotline. → Latter').replace('Send him away. → End', 'Send him away.')));
    expect(await findings(text)).toEqual([
      '11:1 scenario-target Choice "Call the hotline." leads to "Latter", which is no decision of this scenario. Did you mean "Later"?',
      '13:1 scenario-target Choice "Send him away." does not say where it leads.',
      // "Later" is now reached by no choice.
      '16:1 scenario-unreachable No learner can reach decision "Later": no choice they can make leads to it.',
    ]);
  });

  it('scenario-dead-end: a decision without choices; scenario-unreachable: a decision nothing leads to', async () => {
    const text = lesson(...GOOD.slice(0, -1), '', '### Orphan', 'Nobody comes here.', ':::');
    expect(await findings(text)).toEqual([
      '26:1 scenario-unreachable No learner can reach decision "Orphan": no choice they can make leads to it.',
      '26:1 scenario-dead-end Decision "Orphan" has no choices, so a learner who reaches it is stuck.',
    ]);
  });

  it('scenario-cycle: decisions that only lead to each other; a loop with a way out is fine', async () => {
    const trapped = lesson(
      ':::scenario{#loop}',
      '### One',
      '- Go on. → Two',
      '  > **Best.** On.',
      '- Stop. → End',
      '  > **Harmful.** Stopped.',
      '',
      '### Two',
      '- Back. → Three',
      '  > **Best.** Back.',
      '- Again. → Three',
      '  > **Harmful.** Again.',
      '',
      '### Three',
      '- Round. → Two',
      '  > **Best.** Round.',
      '- Round again. → Two',
      '  > **Acceptable.** Round.',
      ':::',
    );
    expect(await findings(trapped)).toEqual([
      '12:1 scenario-cycle Scenario "loop" goes round in a loop with no way out: "Two", "Three" lead only to each other.',
    ]);
    expect(await findings(trapped.replace('- Round again. → Two', '- Round again. → End'))).toEqual([]);
  });

  it('scenario-no-end: no choice ever leads to End (and no cycle finding on top)', async () => {
    const text = lesson(
      ':::scenario{#endless}',
      '### One',
      '- Stay. → One',
      '  > **Best.** Again.',
      '- Stay too. → One',
      '  > **Harmful.** Again.',
      ':::',
    );
    expect(await findings(text)).toEqual(['5:1 scenario-no-end Scenario "endless" never ends: no choice leads to "End".']);
  });

  it('scenario-feedback and scenario-rating: no blockquote, a rating with no text, an unknown rating, two bests', async () => {
    const text = lesson(...GOOD.map((line) => line
      .replace('  > **Best.** They know what to do.', '')
      .replace('  > **Harmful.** He is left alone.', '  > **Harmful.**')
      .replace('**Acceptable.**', '**Okay.**')));
    expect(await findings(text)).toEqual([
      '11:1 scenario-feedback Choice "Call the hotline." has no feedback, so the learner would see no consequence of choosing it.',
      '13:1 scenario-feedback Choice "Send him away." has no feedback, so the learner would see no consequence of choosing it.',
      '21:1 scenario-rating Choice "Tell a coworker." is rated "Okay.", which is not a rating.',
    ]);
    const twoBest = lesson(...GOOD.map((line) => line.replace('**Acceptable.**', '**Best.**')));
    expect(await findings(twoBest)).toEqual([
      '16:1 scenario-rating Decision "Later" has 2 choices rated best; it needs exactly one, which the LMS records as the correct response.',
    ]);
  });

  it('scenario-structure: no id, an id that clashes with a question, a one-choice decision, no decisions', async () => {
    expect(await findings(lesson(...GOOD.map((line) => line.replace('{#desk}', ''))))).toEqual([
      '5:1 scenario-structure This scenario needs an id of letters, digits, "-" and "_": its decisions are reported to the LMS as <id>-1, <id>-2, …',
    ]);
    const clash = lesson(':::question{#desk-2}', 'Q?', '', '- [x] Yes', '- [ ] No', '', '> Yes.', ':::', '', ...GOOD);
    expect((await findings(clash)).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual(['14:1 scenario-structure']);
    const single = lesson(...GOOD.map((line) => line.replace(/^- (Ask for proof|Tell a coworker)\. -> End$/, '').replace(/^  > \*\*(Harmful\.\*\* Proof|Acceptable\.\*\* Fine).*$/, '')));
    expect(await findings(single)).toEqual(['16:1 scenario-structure Decision "Later" has 1 choice; a decision needs 2 to 26.']);
    expect(await findings(lesson(':::scenario{#empty}', 'Just text.', ':::'))).toEqual([
      '5:1 scenario-structure Scenario "empty" has no decisions.',
    ]);
  });
});

describe('the example in docs/course-format.md', () => {
  it('validates as written and plays three decisions', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { repoRoot } = await import('../helpers/cli.js');
    const doc = readFileSync(join(repoRoot, 'docs/course-format.md'), 'utf8');
    const section = doc.slice(doc.indexOf('### Branching scenarios'));
    const example = /````md\n([\s\S]*?)\n````/.exec(section)?.[1] as string;
    const { diagnostics, course } = await compileFiles({ '01-a.md': `# A\n\n${example}\n` });
    expect(diagnostics).toEqual([]);
    const [scenario] = course?.scenarios ?? [];
    expect(scenario?.decisions.map((decision) => decision.id)).toEqual(['plow-driver-1', 'plow-driver-2', 'plow-driver-3']);
    expect(scenario?.decisions[0]?.choices.map((choice) => [choice.rating, choice.next])).toEqual([['harmful', 1], ['best', 1], ['harmful', -1]]);
    expect(scenario?.decisions[0]?.choices[1]?.feedbackHtml).toBe('<p>You stayed safe, and you have what a report needs.</p>');
    expect(scenario?.decisions[0]?.choices[1]?.html).toBe('Note the time, the place and the van, and keep driving.');
  });
});

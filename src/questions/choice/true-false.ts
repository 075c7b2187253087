/** Exactly two choices reading True/False (in any course language) make a true-false item, whose order is fixed by convention. */
const TRUE_FALSE = new Set(['true|false', 'verdadero|falso', 'vrai|faux', 'wahr|falsch']);

/** True when the choice texts, in order, are one True/False pair with one of them correct. */
export function isTrueFalse(choices: readonly { text: string; correct: boolean }[]): boolean {
  if (choices.length !== 2 || choices.filter((choice) => choice.correct).length !== 1) return false;
  return TRUE_FALSE.has(choices.map((choice) => choice.text.toLowerCase()).join('|'));
}

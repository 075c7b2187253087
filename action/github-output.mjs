// Step outputs for later steps: GitHub Actions reads `name=value` lines, or
// `name<<DELIMITER` … `DELIMITER` for values over several lines, from the
// file named by $GITHUB_OUTPUT.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-output-parameter
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';

export function setOutput(name, value) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    console.log(`${name}: ${value}`);
    return;
  }
  const delimiter = `cease_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** An input given as a list: entries separated by newlines, spaces or commas. */
export function listInput(value) {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

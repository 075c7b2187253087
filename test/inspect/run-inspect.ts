import { Command } from 'commander';
import { registerInspectCommand } from '../../src/inspect/index.js';

export interface InspectRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `cease inspect …` through a fresh commander program, the way
 * src/cli/main.ts wires it, capturing output and the exit code.
 */
export async function runInspect(args: readonly string[]): Promise<InspectRun> {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const program = new Command('cease').exitOverride().configureOutput({ writeOut: (t) => (stdout += t), writeErr: (t) => (stderr += t) });
  registerInspectCommand(program, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false }, (c) => (code = c));
  try {
    await program.parseAsync(['inspect', ...args], { from: 'user' });
  } catch (error) {
    // main.ts turns commander's usage errors into exit 2; so does this stand-in.
    if (error instanceof Error && 'exitCode' in error) code = (error as { exitCode: number }).exitCode === 0 ? 0 : 2;
    else throw error;
  }
  return { code, stdout, stderr };
}

/**
 * `cease preview` as a user runs it: the real bin/cease.js in a child process,
 * ready once it prints its "listening on" line.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';

export interface RunningCli {
  child: ChildProcess;
  /** Everything printed to stderr so far. */
  stderr(): string;
  /** Resolves once stderr matches `pattern`, with the match; rejects if the process ends first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends a signal and resolves with the exit code (null when killed by the signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function spawnCli(args: readonly string[], cwd: string = repoRoot): RunningCli {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/cease.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.resume();
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));

  return {
    child,
    stderr: () => stderr,
    waitFor(pattern, timeoutMs = 30_000) {
      return new Promise((found, failed) => {
        const check = () => {
          const match = stderr.match(pattern);
          if (!match) return;
          clearInterval(poll);
          clearTimeout(timer);
          found(match);
        };
        const poll = setInterval(check, 20);
        const timer: NodeJS.Timeout = setTimeout(() => {
          clearInterval(poll);
          failed(new Error(`no ${pattern} within ${timeoutMs} ms; stderr:\n${stderr}`));
        }, timeoutMs);
        void exited.then((code) => {
          check();
          clearInterval(poll);
          clearTimeout(timer);
          failed(new Error(`exited with ${code} before ${pattern}; stderr:\n${stderr}`));
        });
      });
    },
    async stop(signal = 'SIGINT') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Starts `cease preview <courseDir> --port 0 …` and returns its URL once it listens. */
export async function startPreviewCli(courseDir: string, extra: readonly string[] = []): Promise<RunningCli & { url: string }> {
  const cli = spawnCli(['preview', courseDir, '--port', '0', ...extra]);
  const match = await cli.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
  return { ...cli, url: match[1]! };
}

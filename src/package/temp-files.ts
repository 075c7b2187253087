import { rmSync } from 'node:fs';

const pending = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Ctrl+C (SIGINT) or a process manager's SIGTERM in the middle of writing a
 * package: remove the temporary files, then die of the same signal, as the
 * process would have without this handler (exit status 130 or 143).
 */
function removeAndDie(signal: NodeJS.Signals): void {
  // Another listener (build --watch) stops gracefully: the write then finishes and renames, or fails and removes its file.
  if (process.listenerCount(signal) > 1) return;
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
  for (const each of SIGNALS) process.off(each, removeAndDie);
  process.kill(process.pid, signal);
}

/** Removes `temp` if the process is interrupted before the returned release is called. */
export function removedOnSignal(temp: string): () => void {
  if (pending.size === 0) for (const signal of SIGNALS) process.on(signal, removeAndDie);
  pending.add(temp);
  return () => {
    pending.delete(temp);
    if (pending.size === 0) for (const signal of SIGNALS) process.off(signal, removeAndDie);
  };
}

/**
 * Resolves on the first SIGINT (Ctrl+C) or SIGTERM (a process manager, a
 * test), so long-running commands can close servers and watchers and exit 0
 * instead of being killed mid-write.
 */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

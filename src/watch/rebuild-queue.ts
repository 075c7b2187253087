/**
 * Runs a rebuild task for each change, never two at once: a change that
 * arrives during a rebuild schedules exactly one more run after it, so the
 * last saved state is always the one built and bursts do not pile up.
 */
export function rebuildQueue(task: () => Promise<void>, onError: (error: unknown) => void): { run(): Promise<void>; idle(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;

  const loop = async () => {
    do {
      again = false;
      try {
        await task();
      } catch (error) {
        onError(error);
      }
    } while (again);
    running = null;
  };

  return {
    run() {
      if (running) {
        again = true;
        return running;
      }
      running = loop();
      return running;
    },
    idle() {
      return running ?? Promise.resolve();
    },
  };
}

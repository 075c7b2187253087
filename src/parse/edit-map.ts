/**
 * micromark's EditMap (micromark-util-edit-map 1.0.0) with one change: a
 * consume rebuilds the events from its first edit on, not the whole list.
 * micromark's document tokenizer consumes an edit map each time a container
 * (list, block quote, `:::` block) closes, with edits near the end of the
 * events, so copying the whole list made a long lesson quadratic: a 1 MB
 * lesson spent a fifth of its parse copying events, and the copies were most
 * of its garbage. The CLI bundle uses this in place of the package (see
 * scripts/build.mjs); a test checks that both give the same events.
 */
type Change<T> = [at: number, remove: number, add: T[]];

export class EditMap<T = unknown> {
  /** Changes by index, so that `add` finds an earlier change at the same place at once. */
  private readonly index = new Map<number, Change<T>>();
  private readonly map: Change<T>[] = [];

  /** Removes `remove` events at `at` and inserts `add` there, after what an earlier change inserted there. */
  add(at: number, remove: number, add: T[]): void {
    this.change(at, remove, add, false);
  }

  /** The same, inserting before what an earlier change inserted there. */
  addBefore(at: number, remove: number, add: T[]): void {
    this.change(at, remove, add, true);
  }

  /** Applies every change to `events`, in place. */
  consume(events: T[]): void {
    this.map.sort((a, b) => a[0] - b[0]);
    const first = this.map[0];
    if (!first) return;
    const start = first[0];
    const rest = events.slice(start);
    events.length = start;
    this.map.forEach(([at, remove, add], position) => {
      for (const event of add) events.push(event);
      // Up to the next change (past the end only when a change is: as in micromark, the gap reads as undefined).
      const next = this.map[position + 1];
      const end = next ? next[0] - start : rest.length;
      for (let index = at + remove - start; index < end; index++) events.push(rest[index] as T);
    });
    this.map.length = 0;
    this.index.clear();
  }

  private change(at: number, remove: number, add: T[], before: boolean): void {
    if (remove === 0 && add.length === 0) return;
    const existing = this.index.get(at);
    if (existing) {
      existing[1] += remove;
      if (before) {
        add.push(...existing[2]);
        existing[2] = add;
      } else {
        existing[2].push(...add);
      }
      return;
    }
    const change: Change<T> = [at, remove, add];
    this.map.push(change);
    this.index.set(at, change);
  }
}

/**
 * At most this many files are read at once: enough to keep the disk busy,
 * well below the open-file limit (256 by default on macOS).
 */
const AT_ONCE = 32;

/** `work` for every item, `AT_ONCE` at a time, with the results in the items' order. */
export async function sideBySide<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index] as T);
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker));
  return results;
}

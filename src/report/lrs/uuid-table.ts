/**
 * A map from UUIDs (statement ids, registrations) to whole numbers, kept in
 * typed arrays: 20 bytes a key instead of about 100 for a string in a Map,
 * which is what lets a million statements be read in a few hundred MB.
 * xAPI ids and registrations are UUIDs (xAPI-Data §2.4.1, §2.4.6); anything
 * else goes to an ordinary Map.
 */
export class UuidTable {
  private words: Uint32Array;
  private values: Int32Array;
  private used: Uint8Array;
  private count = 0;
  private readonly others = new Map<string, number>();

  constructor(private capacity = 1 << 16) {
    this.words = new Uint32Array(capacity * 4);
    this.values = new Int32Array(capacity);
    this.used = new Uint8Array(capacity);
  }

  get size(): number {
    return this.count + this.others.size;
  }

  get(key: string): number | undefined {
    const parsed = parse(key);
    if (!parsed) return this.others.get(key);
    const slot = this.find(parsed);
    return this.used[slot] ? this.values[slot] : undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: number): void {
    if (this.add(key, value)) return;
    const parsed = parse(key);
    if (parsed) this.values[this.find(parsed)] = value;
    else this.others.set(key, value);
  }

  /** Adds the key with the value unless it is there already; true when it was added. One parse, for the hot path of deduplication. */
  add(key: string, value: number): boolean {
    const parsed = parse(key);
    if (!parsed) {
      if (this.others.has(key)) return false;
      this.others.set(key, value);
      return true;
    }
    if ((this.count + 1) * 2 > this.capacity) this.grow();
    const slot = this.find(parsed);
    if (this.used[slot]) return false;
    this.used[slot] = 1;
    this.words.set(parsed, slot * 4);
    this.values[slot] = value;
    this.count++;
    return true;
  }

  /** Linear probing from the key's hash to its slot or the first free one. */
  private find(key: Uint32Array): number {
    const mask = this.capacity - 1;
    let slot = (Math.imul(key[0]! ^ key[3]!, 0x9e3779b1) ^ key[1]! ^ Math.imul(key[2]!, 0x85ebca6b)) & mask;
    while (this.used[slot]) {
      const at = slot * 4;
      if (this.words[at] === key[0] && this.words[at + 1] === key[1] && this.words[at + 2] === key[2] && this.words[at + 3] === key[3]) return slot;
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private grow(): void {
    const { words, values, used, capacity } = this;
    this.capacity = capacity * 2;
    this.words = new Uint32Array(this.capacity * 4);
    this.values = new Int32Array(this.capacity);
    this.used = new Uint8Array(this.capacity);
    for (let slot = 0; slot < capacity; slot++) {
      if (!used[slot]) continue;
      const key = words.subarray(slot * 4, slot * 4 + 4);
      const target = this.find(key);
      this.used[target] = 1;
      this.words.set(key, target * 4);
      this.values[target] = values[slot]!;
    }
  }
}

const UUID = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})([0-9a-f]{8})$/i;
const scratch = new Uint32Array(4);

/** The 128 bits of a UUID as four words (in a shared buffer: copy before keeping), or null. */
function parse(key: string): Uint32Array | null {
  const match = UUID.exec(key);
  if (!match) return null;
  scratch[0] = parseInt(match[1]!, 16);
  scratch[1] = parseInt(match[2]! + match[3]!, 16);
  scratch[2] = parseInt(match[4]! + match[5]!, 16);
  scratch[3] = parseInt(match[6]!, 16);
  return scratch;
}

// The last few values used, by a number from 0 to `keys - 1` (a document's place in the corpus).
//
// Values sit in a fixed row of slots, found through a table of slot numbers, and the slot least
// recently used is given to the next value. A Map used the same way (delete, then set again) made
// young collections keep evicted values alive: in a loop that only read articles, each collection
// promoted 2.2 MB instead of 0.4 MB.
export class RecentlyUsed<T> {
  private readonly slotOf: Int32Array;
  private readonly values: (T | null)[];
  private readonly keyIn: Int32Array;
  private readonly usedAt: Float64Array;
  private uses = 0;

  constructor(
    keys: number,
    readonly capacity: number,
  ) {
    this.slotOf = new Int32Array(keys).fill(-1);
    this.values = new Array<T | null>(capacity).fill(null);
    this.keyIn = new Int32Array(capacity).fill(-1);
    this.usedAt = new Float64Array(capacity);
  }

  get(key: number): T | undefined {
    const slot = this.slotOf[key]!;
    if (slot < 0) return undefined;
    this.usedAt[slot] = ++this.uses;
    return this.values[slot]!;
  }

  set(key: number, value: T): void {
    let slot = this.slotOf[key]!;
    if (slot < 0) {
      slot = 0;
      for (let i = 1; i < this.capacity; i++) if (this.usedAt[i]! < this.usedAt[slot]!) slot = i;
      if (this.keyIn[slot]! >= 0) this.slotOf[this.keyIn[slot]!] = -1;
      this.keyIn[slot] = key;
      this.slotOf[key] = slot;
    }
    this.values[slot] = value;
    this.usedAt[slot] = ++this.uses;
  }
}

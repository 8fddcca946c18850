/**
 * Servers' overlays kept in memory under a budget of bytes: the least recently used leave first, and
 * come back from disk on their next question. The entry just stored is never the one evicted, so a
 * single overlay larger than the whole budget still answers (alone).
 */
export class OverlayCache<T> {
  // a Map iterates in insertion order: re-inserting on use keeps the least recently used first
  private readonly entries = new Map<string, { value: T; bytes: number }>();
  private total = 0;

  constructor(
    readonly budgetBytes: number,
    private readonly onEvict: (key: string, bytes: number) => void = () => undefined,
  ) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T, bytes: number): void {
    this.delete(key);
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    for (const [k, e] of this.entries) {
      if (this.total <= this.budgetBytes) break;
      if (k === key) continue;
      this.entries.delete(k);
      this.total -= e.bytes;
      this.onEvict(k, e.bytes);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  has(key: string): boolean { return this.entries.has(key); }

  /** Estimated bytes held. */
  get bytes(): number { return this.total; }

  get keys(): string[] { return [...this.entries.keys()]; }
}

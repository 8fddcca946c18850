export interface Limit { max: number; windowMs: number }

/** Sliding-window limits per key ("user:123", "channel:456"). */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  constructor(private readonly limits: Record<string, Limit>, private readonly now: () => number = Date.now) {}

  /** Records a hit for every scope and returns the first scope over its limit (then nothing is recorded), if any. */
  take(keys: Record<string, string>): { scope: string; retryInMs: number } | undefined {
    const t = this.now();
    for (const [scope, id] of Object.entries(keys)) {
      const limit = this.limits[scope];
      if (!limit) continue;
      const list = (this.hits.get(`${scope}:${id}`) ?? []).filter((x) => t - x < limit.windowMs);
      this.hits.set(`${scope}:${id}`, list);
      if (list.length >= limit.max) return { scope, retryInMs: limit.windowMs - (t - list[0]!) };
    }
    for (const [scope, id] of Object.entries(keys)) if (this.limits[scope]) this.hits.get(`${scope}:${id}`)!.push(t);
    return undefined;
  }
}

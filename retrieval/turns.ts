/**
 * Runs CPU-bound jobs one at a time with an event-loop turn between them. Fifty questions arriving
 * together then delay timers and gateway heartbeats by one answer's worth of work (~20 ms), not fifty.
 */
let tail: Promise<unknown> = Promise.resolve();

export function inTurn<T>(job: () => Promise<T>): Promise<T> {
  const run = tail.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(job);
  tail = run.catch(() => undefined);
  return run;
}

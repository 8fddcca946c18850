import type { BuildStage } from "../../index/build.js";

/** A stage of long work: reading a PDF's pages, then the stages of an index build. */
export type ProgressStage = BuildStage | "pages";

/** What each stage is called in a progress reply. */
const STAGES: Record<ProgressStage, string> = {
  pages: "reading pages", chunk: "reading documents", embed: "embedding passages", vectors: "building the vector index",
  lexical: "building the word index", facts: "reading figures in documents",
};

export interface ProgressReplies {
  /** An index build's (or an upload's) progress callback. */
  report: (stage: ProgressStage, done: number, total: number) => void;
  /** Stops reporting and waits for the last edit, so no progress line can land after the final reply. */
  finish: () => Promise<void>;
}

/**
 * Long work in Discord says how far it has got: the reply is edited with the stage and count, the first
 * time at once and then at most every `everyMs` (Discord rate-limits edits; people need no more).
 */
export function progressReplies(
  send: (text: string) => Promise<unknown>, what: string, everyMs = 2000, now: () => number = Date.now,
): ProgressReplies {
  let last = -Infinity;
  let stopped = false;
  let pending: Promise<unknown> = Promise.resolve();
  return {
    report(stage, done, total) {
      const t = now();
      if (stopped || t - last < everyMs) return;
      last = t;
      const text = `${what}: ${STAGES[stage]}, ${done} of ${total}…`;
      pending = pending.then(() => send(text)).catch(() => undefined);
    },
    async finish() {
      stopped = true;
      await pending;
    },
  };
}

import { describe, expect, it } from "vitest";
import { progressReplies } from "../bot/discord/progress.js";

describe("progress replies", () => {
  it("edits at once, then at most every two seconds, and never after the work is done", async () => {
    let clock = 0;
    const sent: string[] = [];
    const p = progressReplies(async (t) => { sent.push(t); }, "Re-indexing", 2000, () => clock);
    p.report("embed", 10, 400);
    clock = 1500;
    p.report("embed", 120, 400); // too soon after the first
    clock = 2100;
    p.report("embed", 200, 400);
    await p.finish();
    clock = 9000;
    p.report("embed", 400, 400); // after finish: the final reply is not overwritten
    expect(sent).toEqual(["Re-indexing: embedding passages, 10 of 400…", "Re-indexing: embedding passages, 200 of 400…"]);
  });
  it("waits for an edit in flight before it finishes", async () => {
    let release!: () => void;
    const sent: string[] = [];
    const p = progressReplies((t) => new Promise<void>((r) => { release = () => { sent.push(t); r(); }; }), "Adding");
    p.report("chunk", 1, 3);
    let finished = false;
    const done = p.finish().then(() => { finished = true; });
    await new Promise((r) => setTimeout(r, 10));
    expect(finished).toBe(false);
    release();
    await done;
    expect(sent).toEqual(["Adding: reading documents, 1 of 3…"]);
  });
});

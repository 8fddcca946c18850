import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// A remark the question quotes names no goods of its own, closed or left open, however long (the reader matches the
// quote in one pass and counts its words after: its speed is the bench's, not this test's). Made-up text.
describe("a quoted remark in a question", () => {
  it("gives no goods when closed", () => {
    expect(parseQuestion("who said 'prices of iron ore rose too fast' in fooport?").subjects).toEqual([]);
  });
  it("gives no goods when left open, even in a long question", () => {
    expect(parseQuestion(`who said '${"prices of iron ore rose ".repeat(2500)}?`).subjects).toEqual([]);
  });
});

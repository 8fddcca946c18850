import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Trade modes and kinds of firm given one to a line ("Bonded logistics: N yuan, up x percent, y percent") or clause by
// clause ("…, and state-owned enterprises traded N yuan"): each item's figures are of the place's trade, so that a
// ranking of the modes or firms finds every one of them. Made-up figures.
const Q1 = { published: "2031-04-20" };
const LINES = "Gansu's foreign trade totaled 90.5 billion yuan in the first quarter of 2031, up 2.2 percent.\n\n"
  + "## By trade mode\n\n"
  + "- General trade: 61.4 billion yuan, up 3.6 percent, 67.8 percent of the total\n"
  + "- Processing trade: 12.7 billion yuan, down 1.9 percent, 14.0 percent\n"
  + "- Bonded logistics: 10.3 billion yuan, up 7.4 percent, 11.4 percent\n"
  + "- Market procurement: 2.6 billion yuan, up 24.1 percent, 2.9 percent\n";

describe("a line per trade mode", () => {
  it("reads a mode whose name has no flow word as the place's trade", () => {
    const facts = factsOf(LINES, Q1);
    expect(one(facts, 10.3)).toMatchObject({ entity: "gansu", subject: "bonded logistics", metric: "trade", measure: "amount" });
    expect(one(facts, 24.1)).toMatchObject({ subject: "market procurement", metric: "trade", measure: "growth" });
  });
  it("reads a bare percentage after the change as the mode's share of the total, never a second change", () => {
    const facts = factsOf(LINES, Q1);
    expect(one(facts, 14)).toMatchObject({ subject: "processing trade", measure: "share", shareOf: "own" });
    expect(one(facts, 11.4)).toMatchObject({ subject: "bonded logistics", measure: "share", shareOf: "own" });
    expect(facts.some((f) => f.value === -14)).toBe(false);
  });
  it("leaves a line of goods as it was (no mode, no trade of its own)", () => {
    const facts = factsOf("Gansu's exports rose in 2031.\n\n- Apples exported: 1.2 billion yuan, up 5.5 percent\n", Q1);
    expect(one(facts, 1.2).metric).not.toBe("trade");
  });
});

describe("kinds of firm clause by clause", () => {
  it("names the firms of '…, and state-owned enterprises traded N' without the verb", () => {
    const facts = factsOf("Qinghai's foreign trade in 2031. Private enterprises traded 31.2 billion yuan, up 4.4 percent. "
      + "Foreign-invested enterprises traded 8.8 billion yuan, down 3.1 percent, and state-owned enterprises traded "
      + "5.6 billion yuan, up 1.7 percent.", Q1);
    expect(one(facts, 5.6)).toMatchObject({ entity: "qinghai", subject: "state-owned enterprises", metric: "trade" });
    expect(one(facts, 1.7)).toMatchObject({ subject: "state-owned enterprises", measure: "growth" });
  });
  it("takes the flow of an item's own verb ('…, and walnuts exported N')", () => {
    const facts = factsOf("Qinghai's exports in 2031. Wool exports rose 6.2 percent to 0.9 billion yuan, and walnuts "
      + "exported 0.4 billion yuan.", Q1);
    expect(one(facts, 0.4)).toMatchObject({ subject: "walnuts", metric: "exports" });
  });
});

import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A cause or a contrast a sentence opens with, of no figure of its own ("Despite the e-commerce boom, …", "Amid weak
// demand from Europe, …"), names no goods, mode or partner of the figures after it. Made-up figures.
const TEXT = [
  "Despite the e-commerce boom, Zigong's total foreign trade fell 3.2 percent to 14.35 billion yuan in 2031.",
  "Amid weak demand from the European Union, Zigong's exports rose 2.1 percent to 8.8 billion yuan in 2031.",
  "Driven by strong steel demand, Zigong's imports rose 2.2 percent to 5.5 billion yuan in 2031.",
  "Cross-border e-commerce in Zigong totalled 1.32 billion yuan in 2031, up 40.5 percent.",
].join("\n\n");

describe("a cause or contrast a sentence opens with", () => {
  const facts = factsOf(TEXT, { published: "2032-01-01" });
  it("leaves the whole trade after 'despite' without the mode it names", () => {
    const f = one(facts, 14.35);
    expect(f.metric).toBe("trade");
    expect(f.subject).toBeUndefined();
    expect(one(facts, -3.2).subject).toBeUndefined();
  });
  it("leaves the flow after 'amid' without the partner it names", () => {
    expect(one(facts, 8.8).partner).toBeUndefined();
  });
  it("leaves the flow after 'driven by' without the goods it names", () => {
    expect(one(facts, 5.5).subject).toBeUndefined();
  });
  it("keeps a mode the sentence itself is about", () => {
    expect(one(facts, 1.32).subject).toBe("cross-border e-commerce");
  });
});

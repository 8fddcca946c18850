import { describe, expect, it } from "vitest";
import { explainParts } from "../retrieval/explain/asks.js";

// Explanation asks narrowed to the shapes their rules were written for. Made-up questions.
const kinds = (q: string) => explainParts(q).map((p) => p.kind);

describe("a number asked", () => {
  it("is no 'difference between' two things that are not figures", () => {
    expect(kinds("What was the difference between the two support policies Norland issued?")).toEqual(["definition"]);
  });
  it("is no 'level' of a thing that is not a flow", () => {
    expect(kinds("What was the policy level of the new Norland free trade zone?")).toEqual(["definition"]);
  });
  it("is still the difference of two places' exports, or after two figures, and the trade level", () => {
    expect(kinds("What was the difference between Norland and Westmoor exports in 2031?")).toEqual([]);
    expect(kinds("did Norland's private firms or its SOEs trade more in 2031, and what was the difference?")).toEqual([]);
    expect(kinds("why did exports rise and what was the trade level in 2031?")).toEqual([]);
  });
});

describe("'how has X helped exporters'", () => {
  it("is what was done when a place or a government helped", () => {
    expect(kinds("how has ashford helped its carmakers export? (2032)")).toEqual(["action"]);
    expect(kinds("how has the city government helped local exporters?")).toEqual(["action"]);
  });
  it("is no action when a market force helped", () => {
    expect(kinds("How has the weaker yuan helped local exporters?")).not.toContain("action");
  });
});

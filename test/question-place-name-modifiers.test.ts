import { describe, expect, it } from "vitest";
import { flowModifiers } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// A region's name of several words before the flow ("the yangtze economic belt trade", "yangtze belt exports") names
// whose the flow is, no kind of it: its words narrow nothing a figure's sentence has to say. Goods before the flow still
// do. (The belt is a general reference name; the questions are made up.)
describe("words of a place's name before the flow", () => {
  it.each([
    "how much did the yangtze economic belt trade in h1 2031",
    "by how much did yangtze belt exports grow in 2031",
    "yangtze river economic belt imports in 2031?",
  ])("narrow nothing: %s", (q) => {
    const frame = parseQuestion(q);
    expect(frame.entities).toEqual(["region:yreb"]);
    expect(flowModifiers(frame)).toEqual([]);
  });
  it("goods between the name and the flow still narrow it", () => {
    expect(flowModifiers(parseQuestion("yangtze belt furniture exports in 2031"))).toEqual(["furniture"]);
  });
});

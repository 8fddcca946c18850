import { describe, expect, it } from "vitest";
import { baseOf } from "./helpers/figureBase.js";

// "- Tyres: exports of 11.26 billion yuan, down 9.4 percent": a bullet's label names the goods its figures are of when
// the flow is said after the colon (as with "- Tyres: 11.26 billion yuan" under a line naming the flow). Made-up text.
const factsOf = (bullets: string) => baseOf([["y", "Yantai exports in 2031", "2032-01-20",
  `Yantai's exports rose 5.1 percent to 80.2 billion yuan in 2031.\n\nMajor export categories in 2031:\n\n${bullets}`]])
  .facts.filter((f) => f.value !== 80.2 && f.value !== 5.1);

describe("a bullet's label with the flow after its colon", () => {
  it("gives the goods to the amount and the change", () => {
    const facts = factsOf("- Chemical products: exports of 15.74 billion yuan, up 4.3 percent\n"
      + "- Glass fibre: exports of 2.85 billion yuan, down 3.7 percent\n");
    expect(facts.map((f) => [f.subject, f.metric, f.measure, f.value])).toEqual([
      ["chemical products", "exports", "amount", 15.74], ["chemical products", "exports", "growth", 4.3],
      ["glass fibre", "exports", "amount", 2.85], ["glass fibre", "exports", "growth", -3.7],
    ]);
  });

  it("does so when a Markdown list was read as its items' lines, without their markers", () => {
    const facts = factsOf("Glass fibre: exports of 2.85 billion yuan, down 3.7 percent\n");
    expect(facts.map((f) => [f.subject, f.value])).toEqual([["glass fibre", 2.85], ["glass fibre", -3.7]]);
  });

  it("gives a place's label no goods", () => {
    const facts = factsOf("- Longkou: exports of 15.74 billion yuan, up 4.3 percent\n");
    expect(facts.map((f) => [f.subject, f.value])).toEqual([[undefined, 15.74], [undefined, 4.3]]);
  });
});

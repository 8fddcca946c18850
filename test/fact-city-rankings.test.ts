import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// The figures a ranking of a province's cities rests on: the leader's own figure when the sentence names the field it
// leads ("topped the provincial list with N"), and a city table whose unit only a note in the text gives ("All figures
// in this digest are in units of 100 million yuan"). Made-up figures.
const Y = { published: "2032-01-20" };

describe("the field a place leads", () => {
  it.each([
    "Qinghai's trade rose in 2031. Xining topped the provincial list with 23.74 billion yuan, up 35.8 percent.",
    "Qinghai's trade rose in 2031. Xining led the province's cities with 23.74 billion yuan, up 35.8 percent.",
    "Qinghai's trade rose in 2031. Xining came first on the provincial ranking, with 23.74 billion yuan.",
  ])("owns nothing of the leader's figure: %s", (text) => {
    expect(one(factsOf(text, Y), 23.74)).toMatchObject({ entity: "city:xining", metric: "trade", measure: "amount" });
  });
  it("leaves 'the province's' the province's elsewhere", () => {
    const facts = factsOf("Qinghai's trade rose in 2031. Xining led the way. The province's exports reached 6.2 billion yuan.", Y);
    expect(one(facts, 6.2).entity).toBe("qinghai");
  });
});

describe("a unit the text gives its tables in words", () => {
  it("reads a city table's bare figures in the unit of 'all figures in this digest are in units of …'", () => {
    const facts = factsOf("Qinghai's imports and exports reached 51.2 (100 million yuan) in 2031, up 5.3 percent. All "
      + "figures in this digest are in units of 100 million yuan (yi yuan).\n\n"
      + "| City | Imports and exports | YoY change (%) |\n|---|---|---|\n| Xining | 41.5 | 5.7 |\n| Haidong | 2.8 | 8.3 |\n", Y);
    expect(one(facts, 4.15)).toMatchObject({ entity: "city:xining", measure: "amount", unit: "billion yuan" });
    expect(one(facts, 0.28)).toMatchObject({ entity: "city:haidong", measure: "amount" });
  });
});

describe("a section's heading", () => {
  it("ends the goods a remark before it named: the cities ranked under it are the text's trade", () => {
    const facts = factsOf("Qinghai's imports and exports totalled 38.9 billion yuan in the first three quarters of 2031."
      + "\n\n\"Growth eased because of the shortage of chips,\" said an official.\n\n## Cities\n\n"
      + "Xining topped the provincial list with 23.74 billion yuan. Haidong came second with 2.31 billion yuan.\n", Y);
    expect(one(facts, 23.74)).toMatchObject({ entity: "city:xining", metric: "trade" });
    expect(one(facts, 2.31)).toMatchObject({ entity: "city:haidong", metric: "trade" });
  });
});
